import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { findGraphQLError } from '../../app/graphql-errors';
import { HOME_PATH, professionalPath } from '../../app/paths';
import { graphql } from '../../gql';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { LoadFailed } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { Pager } from '../../ui/pager';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/table';
import { useCursorPages } from '../organizations/use-cursor-pages';
import { CourseProgressBar } from './course-progress-bar';
import './training.css';

const OrganizationTrainingQuery = graphql(`
  query OrganizationTrainingPage_progress($organizationId: ID!, $first: Int!, $after: String) {
    organization(id: $organizationId) {
      id
      name
    }
    trainingProgress(organizationId: $organizationId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          professional {
            id
            displayName
            email
          }
          courseId
          courseTitle
          progress {
            completedLessons
            totalLessons
            percent
            completedAt
            lastActivityAt
          }
        }
      }
    }
  }
`);

export const TRAINING_PROGRESS_PAGE_SIZE = 50;

/** What an organization's professionals have done in training: one row per person and course started. */
export function OrganizationTrainingPage() {
  const { organizationId = '' } = useParams();
  const pages = useCursorPages(organizationId);
  const { data, previousData, loading, error, refetch } = useQuery(OrganizationTrainingQuery, {
    variables: { organizationId, first: TRAINING_PROGRESS_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const answer = data ?? previousData;
  const organization = answer?.organization;
  const connection = answer?.trainingProgress;

  let content;
  if (findGraphQLError(error, 'FORBIDDEN')) {
    content = (
      <div className="notice" role="alert">
        <p className="notice__message">
          Only {organization?.name ?? 'the organization'}’s administrators can see its training
          progress.
        </p>
        <p className="notice__hint">Your own progress is on each course’s page.</p>
      </div>
    );
  } else if (findGraphQLError(error, 'NOT_FOUND')) {
    content = (
      <div className="notice" role="alert">
        <p className="notice__message">
          There is no organization at this address, or it is not one you can see.
        </p>
        <p className="notice__hint">
          Check the link, or start again from your <Link to={HOME_PATH}>home page</Link>.
        </p>
      </div>
    );
  } else if (!connection) {
    content = loading ? (
      <LoadingState label="Loading training progress…" />
    ) : (
      <LoadFailed what="Training progress" onRetry={refetch} />
    );
  } else if (connection.edges.length === 0) {
    content = (
      <EmptyState
        title="No training started yet"
        message={`When ${organization?.name ?? 'your colleagues'}’s professionals start a course, their progress appears here.`}
      />
    );
  } else {
    content = (
      <>
        <Table
          aria-label={`Training progress of ${organization?.name ?? 'the organization'}`}
          isBusy={loading}
        >
          <TableHeader>
            <Column isRowHeader>Professional</Column>
            <Column>Course</Column>
            <Column>Progress</Column>
            <Column>Last activity</Column>
          </TableHeader>
          <TableBody items={connection.edges.map((edge) => ({ id: edge.cursor, ...edge.node }))}>
            {(entry) => (
              <Row id={entry.id}>
                <Cell textValue={entry.professional.displayName}>
                  <Link to={professionalPath(organizationId, entry.professional.id)}>
                    {entry.professional.displayName}
                  </Link>
                </Cell>
                <Cell>{entry.courseTitle}</Cell>
                <Cell
                  textValue={`${entry.progress.completedLessons} of ${entry.progress.totalLessons}`}
                >
                  <CourseProgressBar {...entry.progress} started />
                  {entry.progress.completedAt ? (
                    <span className="muted training-table__completed">
                      on <DateTime value={entry.progress.completedAt} dateOnly />
                    </span>
                  ) : null}
                </Cell>
                <Cell>
                  {entry.progress.lastActivityAt ? (
                    <DateTime value={entry.progress.lastActivityAt} compact />
                  ) : (
                    '—'
                  )}
                </Cell>
              </Row>
            )}
          </TableBody>
        </Table>
        <Pager
          label="Pages of training progress"
          pageIndex={pages.pageIndex}
          pageSize={TRAINING_PROGRESS_PAGE_SIZE}
          shown={connection.edges.length}
          totalCount={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          isBusy={loading}
          onPrevious={pages.previous}
          onNext={() => pages.next(connection.pageInfo.endCursor)}
        />
      </>
    );
  }

  return (
    <div className="organization-training-page">
      <title>{`Training progress${organization ? ` · ${organization.name}` : ''} · Foyer`}</title>
      <h1>Training progress</h1>
      <p className="muted">
        {organization ? `${organization.name}: ` : ''}each professional’s courses, with the lessons
        they have completed. A course counts as completed when every lesson it has now is done.
      </p>
      {content}
    </div>
  );
}
