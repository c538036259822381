import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { updatePath, UPDATES_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import { formatDay } from '../../ui/format';
import { kindLabel, productLabel } from './update-labels';

const LatestUpdatesQuery = graphql(`
  query LatestUpdates_updates($first: Int!) {
    latestUpdates(first: $first) {
      id
      slug
      title
      kind
      product
      version
      releasedOn
    }
  }
`);

export const LATEST_UPDATE_COUNT = 3;

/** The home page's updates card: the newest releases for the products the reader's organization holds. */
export function LatestUpdates() {
  const { data, loading, error } = useQuery(LatestUpdatesQuery, {
    variables: { first: LATEST_UPDATE_COUNT },
    fetchPolicy: 'cache-and-network',
  });
  const updates = data?.latestUpdates;

  if (!updates || updates.length === 0) {
    return (
      <div className="home-content__empty">
        <p className="home-content__empty-title">
          {loading && !updates
            ? 'Loading updates…'
            : error && !updates
              ? 'Updates could not be loaded'
              : 'No updates for your products yet'}
        </p>
        <p className="home-content__empty-hint">
          <Link to={UPDATES_PATH}>See every update and hotfix</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="home-latest">
      <ul className="home-latest__list" aria-label="Latest updates for your products">
        {updates.map((update) => (
          <li key={update.id} className="home-latest__item">
            <Link to={updatePath(update.slug)} className="home-latest__link">
              {update.title}
            </Link>
            <span className="home-latest__date">
              {kindLabel(update.kind)} · {productLabel(update.product)} {update.version} · released{' '}
              {formatDay(update.releasedOn)}
            </span>
          </li>
        ))}
      </ul>
      <Link to={UPDATES_PATH} className="home-latest__all">
        All updates and hotfixes
      </Link>
    </div>
  );
}
