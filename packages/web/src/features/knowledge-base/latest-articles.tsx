import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { articlePath, KNOWLEDGE_BASE_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import { DateTime } from '../../ui/date-time';

const LatestArticlesQuery = graphql(`
  query LatestArticles_articles($first: Int!) {
    articles(first: $first) {
      totalCount
      edges {
        node {
          id
          slug
          title
          updatedAt
        }
      }
    }
  }
`);

export const LATEST_ARTICLE_COUNT = 3;

/** The home page's knowledge-base card: the few most recently updated articles, and the way in. */
export function LatestArticles() {
  const { data, loading, error } = useQuery(LatestArticlesQuery, {
    variables: { first: LATEST_ARTICLE_COUNT },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.articles;

  if (!connection) {
    return (
      <div className="home-content__empty">
        <p className="home-content__empty-title">
          {loading
            ? 'Loading articles…'
            : error
              ? 'Articles could not be loaded'
              : 'No articles yet'}
        </p>
        {error && !loading ? (
          <p className="home-content__empty-hint">
            <Link to={KNOWLEDGE_BASE_PATH}>Open the knowledge base</Link> to try again.
          </p>
        ) : null}
      </div>
    );
  }

  if (connection.edges.length === 0) {
    return (
      <div className="home-content__empty">
        <p className="home-content__empty-title">No articles yet</p>
        <p className="home-content__empty-hint">Articles appear here as they are published.</p>
      </div>
    );
  }

  return (
    <div className="home-latest">
      <ul className="home-latest__list" aria-label="Latest articles">
        {connection.edges.map(({ node }) => (
          <li key={node.id} className="home-latest__item">
            <Link to={articlePath(node.slug)} className="home-latest__link">
              {node.title}
            </Link>
            <span className="home-latest__date">
              Updated <DateTime value={node.updatedAt} dateOnly />
            </span>
          </li>
        ))}
      </ul>
      <Link to={KNOWLEDGE_BASE_PATH} className="home-latest__all">
        {connection.totalCount > 1
          ? `See all ${connection.totalCount} articles`
          : 'Open the knowledge base'}
      </Link>
    </div>
  );
}
