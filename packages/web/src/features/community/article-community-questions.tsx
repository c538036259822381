import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { questionPath } from '../../app/paths';
import { graphql } from '../../gql';
import './community.css';

const ArticleQuestionsQuery = graphql(`
  query ArticleCommunityQuestions_questions($articleId: ID!) {
    article(id: $articleId) {
      id
      communityQuestions(first: 5) {
        id
        slug
        title
        answerCount
        hasAcceptedAnswer
      }
    }
  }
`);

/** "Discussed in the community": questions linked to the article that the reader may open. */
export function ArticleCommunityQuestions({ articleId }: { articleId: string }) {
  const { data } = useQuery(ArticleQuestionsQuery, { variables: { articleId } });
  const questions = data?.article.communityQuestions ?? [];
  if (questions.length === 0) return null;
  return (
    <section
      className="article-community-questions"
      aria-labelledby="article-community-questions-heading"
    >
      <h2 id="article-community-questions-heading">Discussed in the community</h2>
      <ul>
        {questions.map((question) => (
          <li key={question.id}>
            <Link to={questionPath(question.slug)}>{question.title}</Link>{' '}
            <span className="muted">
              {question.answerCount === 1 ? '1 answer' : `${question.answerCount} answers`}
              {question.hasAcceptedAnswer ? ', one accepted' : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
