import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { graphql } from '../../gql';
import type { AccessRequestsPage_RequestsQuery } from '../../gql/graphql';
import { DateTime } from '../../ui/date-time';
import { LoadFailed } from '../../ui/error-state';
import { FormField, type FieldProblem } from '../../ui/form-field';
import { FormProblem } from '../../ui/form-problem';
import { LoadingState } from '../../ui/loading-state';

const AccessRequestsViewerQuery = graphql(`
  query AccessRequestsPage_viewer {
    viewer {
      id
      organization {
        id
        name
        viewerCanManageProfessionals
      }
    }
  }
`);

const AccessRequestsOrganizationQuery = graphql(`
  query AccessRequestsPage_organization($id: ID!) {
    organization(id: $id) {
      id
      name
      viewerCanManageProfessionals
    }
  }
`);

const AccessRequestsQuery = graphql(`
  query AccessRequestsPage_requests($organizationId: ID!, $after: String) {
    accessRequests(organizationId: $organizationId, status: PENDING, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          displayName
          email
          message
          createdAt
          status
        }
      }
    }
  }
`);

const ApproveMutation = graphql(`
  mutation AccessRequestsPage_approve($id: ID!) {
    approveAccessRequest(id: $id) {
      accessRequest {
        id
        status
        decidedAt
      }
      professional {
        id
        displayName
        email
      }
      error {
        code
        message
        hint
        field
      }
    }
  }
`);

const DeclineMutation = graphql(`
  mutation AccessRequestsPage_decline($id: ID!, $reason: String) {
    declineAccessRequest(id: $id, reason: $reason) {
      accessRequest {
        id
        status
        decidedAt
        declineReason
      }
      error {
        code
        message
        hint
        field
      }
    }
  }
`);

type AccessRequest = AccessRequestsPage_RequestsQuery['accessRequests']['edges'][number]['node'];

const NOT_ANSWERING: FieldProblem = {
  message: 'Foyer is not answering right now.',
  hint: 'Check your connection and try again in a moment. Nothing was changed.',
};

/**
 * Pending access requests, for those who may add people to the organization: the one in the
 * address (a customer its partner serves), else the viewer's own, where the e-mail telling
 * administrators about a new request leads.
 */
export function AccessRequestsPage() {
  const { organizationId } = useParams();
  const own = useQuery(AccessRequestsViewerQuery, { skip: Boolean(organizationId) });
  const named = useQuery(AccessRequestsOrganizationQuery, {
    variables: { id: organizationId ?? '' },
    skip: !organizationId,
  });
  const { data, loading, error, refetch } = organizationId ? named : own;

  if (loading && !data) return <LoadingState label="Loading access requests…" />;

  if (error) {
    return <LoadFailed what="Access requests" onRetry={refetch} />;
  }

  // The layout only shows this page to a signed-in person and redirects once a session ends.
  const organization = organizationId ? named.data?.organization : own.data?.viewer?.organization;
  if (!organization) return <LoadingState label="Checking your session…" />;

  return (
    <div className="access-requests-page">
      <title>Access requests · Foyer</title>
      <h1>Access requests</h1>
      {organization.viewerCanManageProfessionals ? (
        <AccessRequestList organizationId={organization.id} organizationName={organization.name} />
      ) : (
        <div className="notice">
          <p className="notice__message">
            Only {organization.name}&rsquo;s administrators can review access requests.
          </p>
          <p className="notice__hint">
            If someone is waiting for access, ask one of your administrators to look at it.
          </p>
        </div>
      )}
    </div>
  );
}

interface AccessRequestListProps {
  organizationId: string;
  organizationName: string;
}

function AccessRequestList({ organizationId, organizationName }: AccessRequestListProps) {
  const variables = { organizationId };
  const { data, loading, error, refetch, fetchMore } = useQuery(AccessRequestsQuery, { variables });
  const [outcome, setOutcome] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreProblem, setMoreProblem] = useState<string | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const listHeadingId = useId();

  if (loading && !data) return <LoadingState label="Loading access requests…" />;

  if (error && !data) {
    return <LoadFailed what="Access requests" onRetry={refetch} />;
  }

  const connection = data?.accessRequests;
  const requests = connection?.edges.map((edge) => edge.node) ?? [];

  function handleDecided(message: string) {
    setOutcome(message);
    // The request's card, and the button that had focus, are gone: focus moves to the message
    // saying what happened, so keyboard and screen-reader users are not dropped to the page top.
    requestAnimationFrame(() => outcomeRef.current?.focus());
  }

  async function loadMore() {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    setMoreProblem(null);
    try {
      await fetchMore({
        variables: { ...variables, after },
        updateQuery: (previous, { fetchMoreResult }) => {
          if (!previous) return fetchMoreResult;
          const known = new Set(previous.accessRequests.edges.map((edge) => edge.node.id));
          return {
            ...fetchMoreResult,
            accessRequests: {
              ...fetchMoreResult.accessRequests,
              edges: [
                ...previous.accessRequests.edges,
                ...fetchMoreResult.accessRequests.edges.filter((edge) => !known.has(edge.node.id)),
              ],
            },
          };
        },
      });
    } catch {
      setMoreProblem('More requests could not be loaded. Please try again.');
    } finally {
      setLoadingMore(false);
    }
  }

  const totalCount = connection?.totalCount ?? 0;

  return (
    <section className="access-requests" aria-labelledby={listHeadingId}>
      <div className="access-requests__header">
        <h2 id={listHeadingId}>Waiting for a decision</h2>
        <p className="muted">
          {totalCount === 1
            ? `1 person is asking to join ${organizationName}.`
            : `${totalCount} people are asking to join ${organizationName}.`}{' '}
          Approving adds them and e-mails them an invitation.
        </p>
      </div>
      <div
        ref={outcomeRef}
        className="access-requests__outcome"
        role="status"
        aria-live="polite"
        tabIndex={-1}
      >
        {outcome ? <p className="notice notice--success">{outcome}</p> : null}
      </div>
      {requests.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">No pending access requests</p>
          <p className="muted">
            When someone asks to join {organizationName}, their request appears here and you get an
            e-mail.
          </p>
        </div>
      ) : (
        <ul className="access-requests__list" aria-labelledby={listHeadingId}>
          {requests.map((request) => (
            <li key={request.id}>
              <AccessRequestCard
                request={request}
                organizationId={organizationId}
                onDecided={handleDecided}
              />
            </li>
          ))}
        </ul>
      )}
      {connection?.pageInfo.hasNextPage ? (
        <div className="access-requests__more">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void loadMore()}
            disabled={loadingMore}
          >
            {loadingMore ? 'Loading…' : 'Show more requests'}
          </button>
          <p className="access-requests__more-problem" aria-live="polite">
            {moreProblem}
          </p>
        </div>
      ) : null}
    </section>
  );
}

interface AccessRequestCardProps {
  request: AccessRequest;
  organizationId: string;
  onDecided: (message: string) => void;
}

function AccessRequestCard({ request, organizationId, onDecided }: AccessRequestCardProps) {
  const [approve, { loading: approving }] = useMutation(ApproveMutation);
  const [decline, { loading: declining }] = useMutation(DeclineMutation);
  const [declineOpen, setDeclineOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [reasonProblem, setReasonProblem] = useState<FieldProblem | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const declineButtonRef = useRef<HTMLButtonElement>(null);
  const nameId = useId();
  const busy = approving || declining;

  useEffect(() => {
    if (declineOpen) reasonRef.current?.focus();
  }, [declineOpen]);

  /** Takes the decided request out of the pending list in the cache, which re-renders the list. */
  function removeFromList(cache: ApolloCache) {
    cache.updateQuery({ query: AccessRequestsQuery, variables: { organizationId } }, (current) => {
      if (!current) return current;
      const edges = current.accessRequests.edges.filter((edge) => edge.node.id !== request.id);
      if (edges.length === current.accessRequests.edges.length) return current;
      return {
        ...current,
        accessRequests: {
          ...current.accessRequests,
          edges,
          totalCount: Math.max(0, current.accessRequests.totalCount - 1),
        },
      };
    });
  }

  async function handleApprove() {
    setProblem(null);
    try {
      const { data } = await approve({
        variables: { id: request.id },
        update: (cache, { data: result }) => {
          if (!result?.approveAccessRequest.accessRequest) return;
          removeFromList(cache);
          // They are now one of the organization's professionals: every list of them is stale.
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'professionals' });
        },
      });
      const payload = data?.approveAccessRequest;
      if (!payload?.accessRequest) {
        setProblem({
          message:
            payload?.error?.message ?? 'The request could not be approved. Please try again.',
          hint: payload?.error?.hint,
        });
        return;
      }
      const email = payload.professional?.email ?? request.email;
      onDecided(`Approved: ${request.displayName} has been invited by e-mail at ${email}.`);
    } catch {
      setProblem(NOT_ANSWERING);
    }
  }

  async function handleDecline(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setReasonProblem(null);
    try {
      const { data } = await decline({
        variables: { id: request.id, reason: reason.trim() || null },
        update: (cache, { data: result }) => {
          if (result?.declineAccessRequest.accessRequest) removeFromList(cache);
        },
      });
      const payload = data?.declineAccessRequest;
      if (!payload?.accessRequest) {
        const error = payload?.error;
        const found = {
          message: error?.message ?? 'The request could not be declined. Please try again.',
          hint: error?.hint,
        };
        if (error?.field === 'reason') {
          setReasonProblem(found);
          reasonRef.current?.focus();
        } else {
          setProblem(found);
        }
        return;
      }
      onDecided(`Declined: ${request.displayName} has been told by e-mail.`);
    } catch {
      setProblem(NOT_ANSWERING);
    }
  }

  function cancelDecline() {
    setDeclineOpen(false);
    setReason('');
    setReasonProblem(null);
    requestAnimationFrame(() => declineButtonRef.current?.focus());
  }

  return (
    <article className="card access-request" aria-labelledby={nameId}>
      <div className="access-request__header">
        <h3 id={nameId} className="access-request__name">
          {request.displayName}
        </h3>
        <p className="access-request__date muted">
          Asked on <DateTime value={request.createdAt} />
        </p>
      </div>
      <p className="access-request__email">
        <a href={`mailto:${request.email}`}>{request.email}</a>
      </p>
      {request.message ? (
        <blockquote className="access-request__message">{request.message}</blockquote>
      ) : (
        <p className="access-request__message access-request__message--empty muted">No message.</p>
      )}
      <FormProblem problem={problem} />
      {declineOpen ? (
        <form
          className="form access-request__decline"
          onSubmit={(event) => void handleDecline(event)}
        >
          <FormField
            label="Reason"
            labelNote="optional"
            description={`E-mailed to ${request.displayName} as written.`}
            problem={reasonProblem}
          >
            {(control) => (
              <textarea
                {...control}
                ref={reasonRef}
                name="reason"
                rows={3}
                value={reason}
                onChange={(event) => {
                  setReason(event.target.value);
                  setReasonProblem(null);
                }}
              />
            )}
          </FormField>
          <div className="access-request__actions">
            <button type="submit" className="button button--danger" disabled={busy}>
              {declining ? 'Declining…' : 'Decline request'}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={cancelDecline}
              disabled={busy}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="access-request__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void handleApprove()}
            disabled={busy}
          >
            {approving ? 'Approving…' : 'Approve'}
            <span className="visually-hidden"> {request.displayName}</span>
          </button>
          <button
            ref={declineButtonRef}
            type="button"
            className="button button--secondary"
            onClick={() => setDeclineOpen(true)}
            disabled={busy}
          >
            Decline
            <span className="visually-hidden"> {request.displayName}</span>
          </button>
        </div>
      )}
    </article>
  );
}
