import { useQuery } from '@apollo/client/react';
import { UPDATE_KINDS, type UpdateKind } from '@foyer/shared';
import { Link } from 'react-router';
import { NEW_UPDATE_PATH, updatePath, updatesPath } from '../../app/paths';
import { graphql } from '../../gql';
import type { UpdatesPage_UpdatesQuery } from '../../gql/graphql';
import { Button, buttonClassName } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { SelectField, type SelectOption } from '../../ui/select-field';
import { formatDay } from '../../ui/format';
import { filterOptions, useAddressFilters } from '../content/address-filters';
import { countText, PagedList } from '../content/paged-list';
import { useCursorPages } from '../organizations/use-cursor-pages';
import { appliesToText, kindLabel, productLabel } from './update-labels';
import '../knowledge-base/knowledge-base.css';
import './updates.css';

const UpdatesPageQuery = graphql(`
  query UpdatesPage_updates($product: String, $kind: UpdateKind, $first: Int!, $after: String) {
    updates(product: $product, kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          slug
          kind
          title
          summary
          product
          version
          appliesToVersions
          releasedOn
          publishedAt
          viewerCanDownload
        }
      }
    }
  }
`);

// Every product of the updates the reader may open, however many updates there are.
const UpdatesFilterOptionsQuery = graphql(`
  query UpdatesPage_filterOptions {
    updateProducts
    viewerCanManageUpdates
  }
`);

export const UPDATES_PAGE_SIZE = 20;

type ListedUpdate = UpdatesPage_UpdatesQuery['updates']['edges'][number]['node'];

const KIND_OPTIONS: SelectOption[] = [
  { value: '', label: 'Updates and hotfixes' },
  { value: 'update', label: 'Updates only' },
  { value: 'hotfix', label: 'Hotfixes only' },
];

/** Software updates and hotfixes, newest release first, by product and kind. */
export function UpdatesPage() {
  const filters = useAddressFilters();
  const product = filters.get('product');
  const kindParam = filters.get('kind').toUpperCase();
  const kind = (UPDATE_KINDS as readonly string[]).includes(kindParam)
    ? (kindParam as UpdateKind)
    : null;
  const filtered = Boolean(product || kind);
  const pages = useCursorPages(`${product}|${kind ?? ''}`);
  const { data: optionsData } = useQuery(UpdatesFilterOptionsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const { data, previousData, loading, error, refetch } = useQuery(UpdatesPageQuery, {
    variables: { product: product || null, kind, first: UPDATES_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.updates;
  const canManage = optionsData?.viewerCanManageUpdates ?? false;
  const productOptions = filterOptions(
    'All products',
    optionsData?.updateProducts ?? [],
    product,
    productLabel,
  );

  return (
    <div className="updates-page">
      <title>Updates · Foyer</title>
      <header className="page-header">
        <div>
          <h1>Updates and hotfixes</h1>
          <p className="muted page-header__subtitle">
            New versions and fixes for your products, newest release first. Hotfixes come with an
            active service plan.
          </p>
        </div>
        {canManage ? (
          <Link className={buttonClassName('primary')} to={NEW_UPDATE_PATH}>
            New update
          </Link>
        ) : null}
      </header>

      <div className="toolbar updates-filters" role="search" aria-label="Filter updates">
        <SelectField
          label="Product"
          name="product"
          value={product}
          options={productOptions}
          onChange={(value) => filters.set('product', value)}
        />
        <SelectField
          label="Kind"
          name="kind"
          value={kind?.toLowerCase() ?? ''}
          options={KIND_OPTIONS}
          onChange={(value) => filters.set('kind', value)}
        />
        {filtered ? (
          <div className="updates-filters__clear">
            <Button onPress={filters.clear}>Clear filters</Button>
          </div>
        ) : null}
      </div>

      {connection ? (
        <p className="updates-page__count" role="status">
          {loading
            ? 'Loading updates…'
            : countText(connection.totalCount, filtered, ['update', 'updates'])}
        </p>
      ) : null}
      <PagedList
        connection={connection}
        loading={loading}
        error={error}
        onRetry={refetch}
        what="updates"
        pagerLabel="Pages of updates"
        pages={pages}
        pageSize={UPDATES_PAGE_SIZE}
        empty={
          filtered ? (
            <EmptyState
              title="No updates match these filters"
              message="Choose another product or kind, or see every update again."
              action={
                <Link className={buttonClassName()} to={updatesPath()}>
                  Clear filters
                </Link>
              }
            />
          ) : (
            <EmptyState
              title="No updates yet"
              message="Updates and hotfixes for your organization’s products appear here as they are released."
            />
          )
        }
      >
        {(updates) => (
          <ul
            className="update-list"
            aria-label="Updates, newest release first"
            aria-busy={loading || undefined}
          >
            {updates.map((update) => (
              <UpdateListItem key={update.id} update={update} />
            ))}
          </ul>
        )}
      </PagedList>
    </div>
  );
}

function UpdateListItem({ update }: { update: ListedUpdate }) {
  const appliesTo = appliesToText(update.appliesToVersions);
  return (
    <li className="update-list__item">
      <h2 className="update-list__title">
        <Link to={updatePath(update.slug)}>{update.title}</Link>
        <span className={`kind-badge kind-badge--${update.kind.toLowerCase()}`}>
          {kindLabel(update.kind)}
        </span>
        {update.publishedAt ? null : <span className="draft-badge">Draft</span>}
      </h2>
      {update.summary ? <p className="update-list__summary">{update.summary}</p> : null}
      <p className="update-list__meta">
        <span className="update-list__detail">
          {productLabel(update.product)} {update.version}
        </span>
        <span className="update-list__detail">Released {formatDay(update.releasedOn)}</span>
        {appliesTo ? <span className="update-list__detail">{appliesTo}</span> : null}
      </p>
    </li>
  );
}
