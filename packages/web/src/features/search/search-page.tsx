import { useQuery } from '@apollo/client/react';
import { CONTENT_KIND_LABELS, CONTENT_KINDS, type ContentKind } from '@foyer/shared';
import { useId, useState, type KeyboardEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { contentPath, searchPath, type SearchLocation } from '../../app/paths';
import { graphql } from '../../gql';
import type { SearchPage_ResultsQuery } from '../../gql/graphql';
import { buttonClassName } from '../../ui/button';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState, LoadFailed } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { Pager } from '../../ui/pager';
import { useCursorPages } from '../organizations/use-cursor-pages';
import { ServerHtml } from './server-html';
import './search.css';

// Hits carry no `id` here: the same article found by two searches has two sets of highlights, and
// each answer keeps its own instead of sharing one cached hit.
const SearchPageResultsQuery = graphql(`
  query SearchPage_results(
    $query: String!
    $kinds: [ContentKind!]
    $product: String
    $version: String
    $category: String
    $first: Int!
    $after: String
  ) {
    search(
      query: $query
      kinds: $kinds
      product: $product
      version: $version
      category: $category
      first: $first
      after: $after
    ) {
      totalCount
      totalCountIsLowerBound
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        kinds {
          value
          count
        }
        products {
          value
          count
        }
        categories {
          value
          count
        }
      }
      edges {
        cursor
        node {
          kind
          slug
          title
          titleHtml
          snippetHtml
          product
          version
          category
          updatedAt
        }
      }
    }
  }
`);

export const SEARCH_PAGE_SIZE = 10;

type Results = SearchPage_ResultsQuery['search'];
type Hit = Results['edges'][number]['node'];
type FacetValue = Results['facets']['products'][number];

/** What the address asks for; the kind only when it names one. */
interface SearchRequest {
  q: string;
  kind: ContentKind | null;
  product: string | null;
  version: string | null;
  category: string | null;
}

function readRequest(params: URLSearchParams): SearchRequest {
  const kind = params.get('kind')?.toUpperCase() ?? '';
  const text = (name: string) => params.get(name)?.trim() || null;
  return {
    q: params.get('q')?.trim() ?? '',
    kind: (CONTENT_KINDS as readonly string[]).includes(kind) ? (kind as ContentKind) : null,
    product: text('product'),
    version: text('version'),
    category: text('category'),
  };
}

/** The address of this search with some filters changed; `null` removes one. */
function withFilters(request: SearchRequest, changes: Partial<SearchLocation>): string {
  return searchPath({ ...request, ...changes });
}

/** The results page: ranked, highlighted hits, narrowed by kind, product, version and category. */
export function SearchPage() {
  const [params] = useSearchParams();
  const request = readRequest(params);

  return (
    <div className="search-page">
      <title>{request.q ? `${request.q} · Search · Foyer` : 'Search · Foyer'}</title>
      <header className="search-page__header">
        <h1>{request.q ? `Results for “${request.q}”` : 'Search'}</h1>
        <p className="muted search-page__hint">
          Every word must match. Use quotes for an exact phrase, e.g.{' '}
          <code>"reset the password"</code>.
        </p>
      </header>
      {request.q ? (
        // Keyed by the query: a new search starts at its first page with nothing of the last one.
        <SearchResults key={request.q} request={request} />
      ) : (
        <EmptyState
          title="What are you looking for?"
          message="Type a few words in the search box at the top of the page, then press Enter. Suggestions appear as you type."
        />
      )}
    </div>
  );
}

function SearchResults({ request }: { request: SearchRequest }) {
  const filterKey = [request.kind, request.product, request.version, request.category].join('|');
  const pages = useCursorPages(filterKey);
  const { data, previousData, loading, error, refetch } = useQuery(SearchPageResultsQuery, {
    variables: {
      query: request.q,
      kinds: request.kind ? [request.kind] : null,
      product: request.product,
      version: request.version,
      category: request.category,
      first: SEARCH_PAGE_SIZE,
      after: pages.after,
    },
  });
  const results = (data ?? previousData)?.search;
  const filtered = Boolean(request.kind || request.product || request.version || request.category);

  if (!results) {
    if (error) {
      return (
        <ErrorState
          title="The search did not work"
          message="Foyer did not answer as expected. Check your connection, then try again."
          onRetry={() => void refetch().catch(() => undefined)}
        />
      );
    }
    return <LoadingState label="Searching…" />;
  }

  const hits = results.edges.map((edge) => edge.node);
  const total = totalText(results.totalCount, results.totalCountIsLowerBound);

  let list;
  if (error && !data) {
    list = <LoadFailed what="These results" onRetry={refetch} />;
  } else if (hits.length === 0 && !loading) {
    list = filtered ? (
      <EmptyState
        title="Nothing matches with these filters"
        message="Remove a filter to see what else matches."
        action={
          <Link className={buttonClassName()} to={searchPath({ q: request.q })}>
            Clear filters
          </Link>
        }
      />
    ) : (
      <EmptyState
        title={`No results for “${request.q}”`}
        message="Check the spelling, try fewer or other words, or put quotes only around words that belong together."
      />
    );
  } else {
    list = (
      <>
        <ol className="search-results" aria-label="Results" aria-busy={loading || undefined}>
          {hits.map((hit, index) => (
            <SearchResult key={hit.slug ?? `${hit.kind}-${index}`} hit={hit} />
          ))}
        </ol>
        <Pager
          label="Pages of results"
          pageIndex={pages.pageIndex}
          pageSize={SEARCH_PAGE_SIZE}
          shown={hits.length}
          totalCount={results.totalCount}
          totalLabel={
            results.totalCountIsLowerBound
              ? `more than ${formatCount(results.totalCount)}`
              : undefined
          }
          hasNextPage={results.pageInfo.hasNextPage}
          isBusy={loading}
          onPrevious={pages.previous}
          onNext={() => pages.next(results.pageInfo.endCursor)}
        />
      </>
    );
  }

  return (
    <div className="search-page__layout">
      <SearchFilters request={request} facets={results.facets} />
      <section className="search-page__results" aria-labelledby="search-results-heading">
        <h2 id="search-results-heading" className="visually-hidden">
          Results
        </h2>
        <p className="search-page__count" role="status">
          {loading ? 'Searching…' : total}
        </p>
        {results.totalCountIsLowerBound && !loading ? (
          <p className="muted search-page__narrow">
            Only the {formatCount(results.totalCount)} most recent matches are ranked: add words or
            a filter to narrow the search.
          </p>
        ) : null}
        {list}
      </section>
    </div>
  );
}

function SearchResult({ hit }: { hit: Hit }) {
  const details = [hit.product, hit.version ? `Version ${hit.version}` : null, hit.category].filter(
    Boolean,
  );
  return (
    <li className="search-result">
      <p className="search-result__kind">{CONTENT_KIND_LABELS[hit.kind]}</p>
      <h3 className="search-result__title">
        {hit.slug ? (
          <Link to={contentPath(hit.kind, hit.slug)}>
            <ServerHtml html={hit.titleHtml} />
          </Link>
        ) : (
          <ServerHtml html={hit.titleHtml} />
        )}
      </h3>
      <ServerHtml as="p" className="search-result__snippet" html={hit.snippetHtml} />
      <p className="search-result__meta">
        {details.map((detail) => (
          <span key={detail} className="search-result__detail">
            {detail}
          </span>
        ))}
        <span className="search-result__detail">
          Updated <DateTime value={hit.updatedAt} dateOnly />
        </span>
      </p>
    </li>
  );
}

interface SearchFiltersProps {
  request: SearchRequest;
  facets: Results['facets'];
}

/** Facets as links: each one is a search of its own, so it can be shared, bookmarked and undone with Back. */
function SearchFilters({ request, facets }: SearchFiltersProps) {
  const filtered = Boolean(request.kind || request.product || request.version || request.category);
  return (
    <aside className="search-filters" aria-labelledby="search-filters-heading">
      <div className="search-filters__header">
        <h2 id="search-filters-heading" className="search-filters__title">
          Refine
        </h2>
        {filtered ? (
          <Link className="search-filters__clear" to={searchPath({ q: request.q })}>
            Clear filters
          </Link>
        ) : null}
      </div>
      <Facet
        title="Type"
        allLabel="All types"
        values={facets.kinds}
        selected={request.kind}
        label={(value) => CONTENT_KIND_LABELS[value as ContentKind] ?? value}
        hrefFor={(value) => withFilters(request, { kind: value })}
      />
      <Facet
        title="Product"
        allLabel="All products"
        values={facets.products}
        selected={request.product}
        hrefFor={(value) => withFilters(request, { product: value })}
      />
      <Facet
        title="Category"
        allLabel="All categories"
        values={facets.categories}
        selected={request.category}
        hrefFor={(value) => withFilters(request, { category: value })}
      />
      <VersionFilter key={request.version ?? ''} request={request} />
    </aside>
  );
}

interface FacetProps {
  title: string;
  allLabel: string;
  values: readonly FacetValue[];
  selected: string | null;
  label?: (value: string) => string;
  hrefFor: (value: string | null) => string;
}

function Facet({
  title,
  allLabel,
  values,
  selected,
  label = (value) => value,
  hrefFor,
}: FacetProps) {
  const headingId = useId();
  // The value filtered by stays offered even when nothing matches it, so it can be seen and changed.
  const shown =
    selected && !values.some((facet) => facet.value === selected)
      ? [{ __typename: 'SearchFacetValue' as const, value: selected, count: 0 }, ...values]
      : values;
  if (shown.length === 0) return null;
  return (
    <section className="facet" aria-labelledby={headingId}>
      <h3 id={headingId} className="facet__title">
        {title}
      </h3>
      <ul className="facet__list">
        <li>
          <Link
            className="facet__link"
            to={hrefFor(null)}
            aria-current={selected ? undefined : 'true'}
          >
            <span className="facet__label">{allLabel}</span>
          </Link>
        </li>
        {shown.map((facet) => (
          <li key={facet.value}>
            <Link
              className="facet__link"
              to={hrefFor(facet.value)}
              aria-current={facet.value === selected ? 'true' : undefined}
            >
              <span className="facet__label">{label(facet.value)}</span>
              <span className="facet__count">
                {formatCount(facet.count)}
                <span className="visually-hidden"> {facet.count === 1 ? 'result' : 'results'}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Versions are not counted by the search, so the reader types the one they run. */
function VersionFilter({ request }: { request: SearchRequest }) {
  const navigate = useNavigate();
  const inputId = useId();
  const [version, setVersion] = useState(request.version ?? '');

  function apply() {
    navigate(withFilters(request, { version: version.trim() || null }));
  }

  // Not a <form>: the search changes by navigating, which React runs as a transition, and a form
  // submitted in a transition is tracked as a form action, which this is not.
  return (
    <div className="facet facet--version">
      <label htmlFor={inputId} className="facet__title">
        Version
      </label>
      <div className="facet__version-row">
        <input
          id={inputId}
          className="facet__version-input"
          value={version}
          onChange={(event) => setVersion(event.target.value)}
          onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
            if (event.key === 'Enter' && !event.nativeEvent.isComposing) apply();
          }}
          placeholder="e.g. 7.2"
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="button" className={buttonClassName('secondary', 'small')} onClick={apply}>
          Apply<span className="visually-hidden"> version</span>
        </button>
      </div>
      {request.version ? (
        <Link className="facet__version-clear" to={withFilters(request, { version: null })}>
          Any version
        </Link>
      ) : null}
    </div>
  );
}

function formatCount(count: number): string {
  return new Intl.NumberFormat('en').format(count);
}

function totalText(count: number, isLowerBound: boolean): string {
  if (isLowerBound) return `More than ${formatCount(count)} results`;
  if (count === 1) return '1 result';
  return `${formatCount(count)} results`;
}
