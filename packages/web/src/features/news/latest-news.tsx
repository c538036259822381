import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { announcementPath, NEWS_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import { DateTime } from '../../ui/date-time';
import { useNewsUnseenCount } from './news-nav';
import './news.css';

const LatestNewsQuery = graphql(`
  query LatestNews_announcements($first: Int!) {
    announcements(first: $first) {
      totalCount
      edges {
        node {
          id
          slug
          title
          pinned
          isNew
          publishedAt
        }
      }
    }
  }
`);

export const LATEST_NEWS_COUNT = 3;

/** The home page's news card: pinned and newest announcements, with what is new since the reader last looked. */
export function LatestNews() {
  const { data, loading, error } = useQuery(LatestNewsQuery, {
    variables: { first: LATEST_NEWS_COUNT },
    fetchPolicy: 'cache-and-network',
  });
  // The same count as the navigation's, from the same cached query.
  const unseen = useNewsUnseenCount();
  const connection = data?.announcements;

  if (!connection || connection.edges.length === 0) {
    return (
      <div className="home-content__empty">
        <p className="home-content__empty-title">
          {loading && !connection
            ? 'Loading news…'
            : error && !connection
              ? 'News could not be loaded'
              : 'No news yet'}
        </p>
        <p className="home-content__empty-hint">Announcements will appear here.</p>
      </div>
    );
  }

  return (
    <div className="home-latest">
      {unseen > 0 ? (
        <p className="home-latest__note">
          {unseen === 1 ? '1 new announcement' : `${unseen} new announcements`} since you last
          looked
        </p>
      ) : null}
      <ul className="home-latest__list" aria-label="Latest news">
        {connection.edges.map(({ node }) => (
          <li key={node.id} className="home-latest__item">
            <Link to={announcementPath(node.slug)} className="home-latest__link">
              {node.title}
            </Link>
            <span className="home-latest__date">
              {node.pinned ? 'Pinned · ' : ''}
              {node.isNew ? 'New · ' : ''}
              {node.publishedAt ? <DateTime value={node.publishedAt} dateOnly /> : 'Draft'}
            </span>
          </li>
        ))}
      </ul>
      <Link to={NEWS_PATH} className="home-latest__all">
        {connection.totalCount > 1
          ? `See all ${connection.totalCount} announcements`
          : 'Open the news'}
      </Link>
    </div>
  );
}
