import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ASK_QUESTION_PATH, questionPath } from '../../app/paths';
import { graphql } from '../../gql';
import type {
  CommunityPage_QuestionsQuery,
  QuestionFilter,
  QuestionOrder,
} from '../../gql/graphql';
import { buttonClassName } from '../../ui/button';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { SelectField, type SelectOption } from '../../ui/select-field';
import { useAddressFilters } from '../content/address-filters';
import { PagedList } from '../content/paged-list';
import { useCursorPages } from '../organizations/use-cursor-pages';
import './community.css';

const QuestionsQuery = graphql(`
  query CommunityPage_questions(
    $filter: QuestionFilter
    $orderBy: QuestionOrder
    $first: Int!
    $after: String
  ) {
    questions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          slug
          title
          product
          createdAt
          score
          answerCount
          hasAcceptedAnswer
          hidden
          locked
          author {
            name
            organizationName
          }
        }
      }
    }
  }
`);

export const COMMUNITY_PAGE_SIZE = 20;

const FILTERS: SelectOption<QuestionFilter>[] = [
  { value: 'ALL', label: 'All questions' },
  { value: 'UNANSWERED', label: 'Unanswered' },
  { value: 'MINE', label: 'Asked by me' },
];
const ORDERS: SelectOption<QuestionOrder>[] = [
  { value: 'NEWEST', label: 'Newest first' },
  { value: 'TOP', label: 'Highest score first' },
];

type ListedQuestion = CommunityPage_QuestionsQuery['questions']['edges'][number]['node'];

/** Questions and answers among the professionals of every customer and partner. */
export function CommunityPage() {
  const filters = useAddressFilters();
  const filter = FILTERS.find((f) => f.value === filters.get('filter'))?.value ?? 'ALL';
  const orderBy = ORDERS.find((o) => o.value === filters.get('sort'))?.value ?? 'NEWEST';
  const pages = useCursorPages(`${filter}|${orderBy}`);
  const { data, previousData, loading, error, refetch } = useQuery(QuestionsQuery, {
    variables: { filter, orderBy, first: COMMUNITY_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.questions;

  return (
    <div className="community-page">
      <title>Community · Foyer</title>
      <header className="page-header">
        <div>
          <h1>Community</h1>
          <p className="muted page-header__subtitle">
            Questions and answers among the professionals of every customer and partner. Vote for
            what helped; the asker marks the answer that solved it.
          </p>
        </div>
        <Link className={buttonClassName('primary')} to={ASK_QUESTION_PATH}>
          Ask a question
        </Link>
      </header>
      <div className="toolbar community-filters" role="search" aria-label="Filter questions">
        <SelectField
          label="Show"
          name="filter"
          value={filter}
          options={FILTERS}
          onChange={(value) => filters.set('filter', value, 'ALL')}
        />
        <SelectField
          label="Sort"
          name="sort"
          value={orderBy}
          options={ORDERS}
          onChange={(value) => filters.set('sort', value, 'NEWEST')}
        />
      </div>
      {connection ? (
        <p className="community-page__count" role="status">
          {loading
            ? 'Loading questions…'
            : connection.totalCount === 1
              ? '1 question'
              : `${connection.totalCount} questions`}
        </p>
      ) : null}
      <PagedList
        connection={connection}
        loading={loading}
        error={error}
        onRetry={refetch}
        what="questions"
        pagerLabel="Pages of questions"
        pages={pages}
        pageSize={COMMUNITY_PAGE_SIZE}
        empty={
          <EmptyState
            title="No questions here yet"
            message="Ask the first one: professionals of every customer and partner can answer."
          />
        }
      >
        {(questions) => (
          <ul className="question-list" aria-label="Questions" aria-busy={loading || undefined}>
            {questions.map((question) => (
              <QuestionListItem key={question.id} question={question} />
            ))}
          </ul>
        )}
      </PagedList>
    </div>
  );
}

function QuestionListItem({ question }: { question: ListedQuestion }) {
  return (
    <li className={`question-list__item${question.hidden ? ' community-post--hidden' : ''}`}>
      <dl className="question-list__stats">
        <div>
          <dt>Score</dt>
          <dd>{question.score}</dd>
        </div>
        <div
          className={question.hasAcceptedAnswer ? 'question-list__answers--accepted' : undefined}
        >
          <dt>{question.answerCount === 1 ? 'Answer' : 'Answers'}</dt>
          <dd>
            {question.hasAcceptedAnswer ? <span aria-hidden="true">✓ </span> : null}
            {question.answerCount}
          </dd>
        </div>
      </dl>
      <div className="question-list__main">
        <h2 className="question-list__title">
          <Link to={questionPath(question.slug)}>{question.title}</Link>
        </h2>
        <p className="question-list__meta">
          {question.hasAcceptedAnswer ? <span className="chip">Accepted answer</span> : null}
          {question.locked ? <span className="chip">Locked</span> : null}
          {question.hidden ? <span className="chip">Hidden</span> : null}
          {question.product ? <span>{question.product}</span> : null}
          <span>
            {question.author.name}
            {question.author.organizationName ? ` (${question.author.organizationName})` : ''}
          </span>
          <DateTime value={question.createdAt} dateOnly />
        </p>
      </div>
    </li>
  );
}
