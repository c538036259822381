import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { updatePath } from '../../app/paths';
import { graphql } from '../../gql';
import { formatDay } from '../../ui/format';
import { kindLabel } from './update-labels';
import './updates.css';

const FixedInQuery = graphql(`
  query FixedIn_article($articleId: ID!) {
    article(id: $articleId) {
      id
      fixedIn {
        id
        slug
        kind
        title
        releasedOn
      }
    }
  }
`);

/**
 * On an article: the updates and hotfixes that fix the problem it describes, as far as the
 * reader may open them. Shows nothing when there are none (or they could not be loaded).
 */
export function FixedIn({ articleId }: { articleId: string }) {
  const { data } = useQuery(FixedInQuery, { variables: { articleId } });
  const updates = data?.article.fixedIn ?? [];
  if (updates.length === 0) return null;
  return (
    <section className="fixed-in" aria-labelledby="fixed-in-heading">
      <h2 id="fixed-in-heading">Fixed in</h2>
      <ul className="fixed-in__list">
        {updates.map((update) => (
          <li key={update.id}>
            <Link to={updatePath(update.slug)}>{update.title}</Link>{' '}
            <span className="muted">
              {kindLabel(update.kind)}, released {formatDay(update.releasedOn)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
