import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { COMMUNITY_PATH, questionPath } from '../../app/paths';
import { graphql } from '../../gql';
import { DateTime } from '../../ui/date-time';

const LatestQuestionsQuery = graphql(`
  query LatestQuestions_questions($first: Int!) {
    questions(first: $first) {
      totalCount
      edges {
        node {
          id
          slug
          title
          createdAt
          answerCount
          hasAcceptedAnswer
          hidden
        }
      }
    }
  }
`);

export const LATEST_QUESTION_COUNT = 3;

/** The home page's community card: the newest questions, and the way in. */
export function LatestQuestions() {
  const { data, loading, error } = useQuery(LatestQuestionsQuery, {
    variables: { first: LATEST_QUESTION_COUNT },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.questions;

  if (!connection || connection.edges.length === 0) {
    return (
      <div className="home-content__empty">
        <p className="home-content__empty-title">
          {!connection && loading
            ? 'Loading questions…'
            : !connection && error
              ? 'Questions could not be loaded'
              : 'No questions yet'}
        </p>
        <p className="home-content__empty-hint">
          <Link to={COMMUNITY_PATH}>Ask the community</Link>: professionals of every customer and
          partner can answer.
        </p>
      </div>
    );
  }

  return (
    <div className="home-latest">
      <ul className="home-latest__list" aria-label="Latest questions">
        {connection.edges.map(({ node }) => (
          <li key={node.id} className="home-latest__item">
            <Link to={questionPath(node.slug)} className="home-latest__link">
              {node.title}
            </Link>
            <span className="home-latest__date">
              {/* Only vendor staff are shown hidden questions: say so, as the community page does. */}
              {node.hidden ? 'Hidden · ' : ''}
              {node.hasAcceptedAnswer
                ? 'Answered'
                : node.answerCount === 1
                  ? '1 answer'
                  : `${node.answerCount} answers`}{' '}
              · Asked <DateTime value={node.createdAt} dateOnly />
            </span>
          </li>
        ))}
      </ul>
      <Link to={COMMUNITY_PATH} className="home-latest__all">
        {connection.totalCount > 1
          ? `See all ${connection.totalCount} questions`
          : 'Open the community'}
      </Link>
    </div>
  );
}
