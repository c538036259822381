import { useQuery } from '@apollo/client/react';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, type AuditAction } from '@foyer/shared';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { HOME_PATH } from '../../app/paths';
import { findGraphQLError } from '../../app/graphql-errors';
import { graphql } from '../../gql';
import { DateTime } from '../../ui/date-time';
import { LoadFailed } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { Pager } from '../../ui/pager';
import { SelectField } from '../../ui/select-field';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/table';
import { useCursorPages } from '../organizations/use-cursor-pages';
import { AuditDetails, AuditParty } from './audit-details';
import './audit-log-page.css';
import { PersonPicker, type PickedPerson } from './person-picker';

const AuditLogOrganizationQuery = graphql(`
  query AuditLogPage_organization($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      name
    }
  }
`);

const AuditLogEventsQuery = graphql(`
  query AuditLogPage_events(
    $organizationId: ID!
    $first: Int!
    $after: String
    $action: AuditAction
    $actor: ID
  ) {
    auditEvents(
      organizationId: $organizationId
      first: $first
      after: $after
      action: $action
      actor: $actor
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          occurredAt
          action
          actionLabel
          actor {
            id
            label
          }
          target {
            id
            label
          }
          details {
            name
            previousValue
            value
          }
        }
      }
    }
  }
`);

export const AUDIT_PAGE_SIZE = 25;

const AuditLogActorQuery = graphql(`
  query AuditLogPage_actor($id: ID!) {
    node(id: $id) {
      id
      ... on Professional {
        displayName
        email
      }
    }
  }
`);

/** Every action by its label, alphabetically, after "All actions". */
const ACTION_OPTIONS: { value: AuditAction | ''; label: string }[] = [
  { value: '', label: 'All actions' },
  ...[...AUDIT_ACTIONS]
    .sort((a, b) => AUDIT_ACTION_LABELS[a].localeCompare(AUDIT_ACTION_LABELS[b]))
    .map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] })),
];

/** An organization's audit log, newest first, filterable by action and by who acted. */
export function AuditLogPage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AuditLogOrganizationQuery, {
    variables: { organizationId },
  });

  if (loading && !data) return <LoadingState label="Loading the audit log…" />;

  if (error || !data) {
    if (findGraphQLError(error, 'NOT_FOUND')) return <OrganizationNotFound />;
    return <LoadFailed what="The audit log" onRetry={refetch} />;
  }

  return (
    <div className="audit-log-page">
      <title>{`Audit log · ${data.organization.name} · Foyer`}</title>
      <h1>Audit log</h1>
      <p className="muted audit-log-page__intro">
        {data.organization.name}: who did what to whom, and when. Newest first.
      </p>
      {/* Keyed by organization: one organization's filters and pages mean nothing for another. */}
      <AuditEvents
        key={data.organization.id}
        organizationId={data.organization.id}
        organizationName={data.organization.name}
      />
    </div>
  );
}

function OrganizationNotFound() {
  return (
    <div className="audit-log-page">
      <title>Organization not found · Foyer</title>
      <h1>Audit log</h1>
      <div className="notice" role="alert">
        <p className="notice__message">
          There is no organization at this address, or it is not one you can see.
        </p>
        <p className="notice__hint">
          Check the link, or start again from your <Link to={HOME_PATH}>home page</Link>.
        </p>
      </div>
    </div>
  );
}

interface AuditEventsProps {
  organizationId: string;
  organizationName: string;
}

function AuditEvents({ organizationId, organizationName }: AuditEventsProps) {
  // The filters live in the address, so a filtered log can be shared or reloaded.
  const [params, setParams] = useSearchParams();
  const action = readAction(params.get('action'));
  const actorId = params.get('actor') ?? '';
  const actor = useActor(actorId);
  const filterKey = `${action}|${actorId}`;
  const pages = useCursorPages(filterKey);
  const variables = {
    organizationId,
    first: AUDIT_PAGE_SIZE,
    after: pages.after,
    action: action || null,
    actor: actorId || null,
  };
  const { data, previousData, loading, error, refetch } = useQuery(AuditLogEventsQuery, {
    variables,
    // A log is read for what just happened: a page seen earlier is shown at once and refreshed.
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.auditEvents;
  const filtered = Boolean(action || actorId);

  function setFilters(changes: { action?: string; actor?: string }) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, key === 'action' ? value.toLowerCase() : value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  }

  function changeActor(person: PickedPerson | null) {
    actor.remember(person);
    setFilters({ actor: person?.id ?? '' });
  }

  function clearFilters() {
    actor.remember(null);
    setFilters({ action: '', actor: '' });
  }

  if (error && !data) {
    if (findGraphQLError(error, 'FORBIDDEN')) {
      return (
        <div className="notice" role="alert">
          <p className="notice__message">
            Only {organizationName}’s administrators can read its audit log.
          </p>
          <p className="notice__hint">Ask one of them if you need to know who changed something.</p>
        </div>
      );
    }
    if (findGraphQLError(error, 'NOT_FOUND')) return <OrganizationNotFound />;
  }

  // The filters wait for a first answer: someone who may not read the log never sees them.
  if (!connection) {
    if (error) {
      return <LoadFailed what="The audit log" onRetry={refetch} />;
    }
    return <LoadingState label="Loading the audit log…" />;
  }

  const events = connection.edges.map((edge) => edge.node);

  let list;
  if (error && !data) {
    list = <LoadFailed what="These events" onRetry={refetch} />;
  } else if (events.length === 0 && !loading) {
    list = filtered ? (
      <EmptyState
        title="No events match these filters"
        message="Choose another action or person, or see everything again."
        action={<Button onPress={clearFilters}>Clear filters</Button>}
      />
    ) : (
      <EmptyState
        title="Nothing recorded yet"
        message={`Invitations, role changes, edits and removals in ${organizationName} will appear here.`}
      />
    );
  } else {
    list = (
      <>
        <Table aria-label={`Audit events of ${organizationName}, newest first`} isBusy={loading}>
          <TableHeader>
            <Column>When</Column>
            <Column isRowHeader>Action</Column>
            <Column>By</Column>
            <Column>To</Column>
            <Column>Details</Column>
          </TableHeader>
          <TableBody items={events}>
            {(event) => (
              <Row id={event.id}>
                <Cell>
                  <span className="audit-table__when">
                    <DateTime value={event.occurredAt} compact />
                  </span>
                </Cell>
                <Cell textValue={event.actionLabel}>
                  <span className="audit-table__action">{event.actionLabel}</span>
                </Cell>
                <Cell textValue={event.actor?.label ?? 'Foyer'}>
                  {event.actor ? (
                    <AuditParty label={event.actor.label} />
                  ) : (
                    <span className="muted">Foyer</span>
                  )}
                </Cell>
                <Cell textValue={event.target?.label ?? 'Nobody'}>
                  {event.target ? (
                    <AuditParty label={event.target.label} />
                  ) : (
                    <span className="muted">—</span>
                  )}
                </Cell>
                <Cell>
                  <AuditDetails details={event.details} />
                </Cell>
              </Row>
            )}
          </TableBody>
        </Table>
        <Pager
          label="Pages of audit events"
          pageIndex={pages.pageIndex}
          pageSize={AUDIT_PAGE_SIZE}
          shown={events.length}
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
    <>
      <div className="toolbar audit-filters" role="search" aria-label="Filter the audit log">
        <SelectField
          label="Action"
          name="action"
          value={action}
          options={ACTION_OPTIONS}
          onChange={(next) => setFilters({ action: next })}
        />
        <PersonPicker
          organizationId={organizationId}
          label="Person"
          description="Only what this person did."
          value={actor.person}
          onChange={changeActor}
        />
        {filtered ? (
          <div className="audit-filters__clear">
            <Button onPress={clearFilters}>Clear filters</Button>
          </div>
        ) : null}
      </div>

      <p className="audit-log-page__count" role="status">
        {loading ? 'Loading events…' : countText(connection.totalCount, filtered)}
      </p>

      {list}
    </>
  );
}

function readAction(value: string | null): AuditAction | '' {
  const upper = value?.toUpperCase() ?? '';
  return (AUDIT_ACTIONS as readonly string[]).includes(upper) ? (upper as AuditAction) : '';
}

/**
 * The person the log is filtered by. Picked in this page, they are known already; arriving with
 * `?actor=` in the address, their name is looked up once, so the picker can show it.
 */
function useActor(actorId: string) {
  const [remembered, remember] = useState<PickedPerson | null>(null);
  const known = remembered && remembered.id === actorId ? remembered : null;
  const { data } = useQuery(AuditLogActorQuery, {
    variables: { id: actorId },
    skip: !actorId || Boolean(known),
  });
  const node = data?.node;
  const looked =
    node && node.__typename === 'Professional' && node.id === actorId
      ? { id: node.id, displayName: node.displayName, email: node.email }
      : null;
  return { person: known ?? looked, remember };
}

function countText(count: number, filtered: boolean): string {
  const events = count === 1 ? '1 event' : `${count} events`;
  if (!filtered) return `${events} recorded.`;
  return `${events} ${count === 1 ? 'matches' : 'match'} the filters.`;
}
