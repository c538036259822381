import type { AuditAction } from '@foyer/shared';
import { AUDIT_ACTION_LABELS } from '@foyer/shared';
import { graphql, HttpResponse, type DefaultBodyType, type GraphQLResponseBody } from 'msw';
import {
  AuditLogPage_ActorDocument,
  AuditLogPage_EventsDocument,
  AuditLogPage_OrganizationDocument,
  PersonPicker_ProfessionalsDocument,
  type AuditLogPage_EventsQuery,
  type AuditLogPage_EventsQueryVariables,
} from '../../gql/graphql';
import type { installFakePortalApi } from '../../test/fake-portal-api';
import { server } from '../../test/msw-server';

type PortalApi = ReturnType<typeof installFakePortalApi>;
export type FakeAuditEvent = AuditLogPage_EventsQuery['auditEvents']['edges'][number]['node'];

export const NORTHWIND_ID = 'organization-northwind';

export interface FakePerson {
  id: string;
  displayName: string;
  email: string;
}

export const PEOPLE: FakePerson[] = [
  { id: 'professional-ana', displayName: 'Ana Moreau', email: 'ana.moreau@northwind.example' },
  {
    id: 'professional-bruno',
    displayName: 'Bruno Lemaire',
    email: 'bruno.lemaire@northwind.example',
  },
  {
    id: 'professional-chloe',
    displayName: 'Chloé Dubois',
    email: 'chloe.dubois@northwind.example',
  },
];

const party = (person: FakePerson) => ({
  __typename: 'AuditParty' as const,
  id: person.id,
  label: `${person.displayName} <${person.email}>`,
});

/** An event of `action` by `actor` on `target`, `minutesAgo` before a fixed instant. */
export function auditEvent(
  id: string,
  action: AuditAction,
  {
    actor = PEOPLE[0],
    target = null,
    minutesAgo = 0,
    details = [],
  }: {
    actor?: FakePerson | null;
    target?: FakePerson | null;
    minutesAgo?: number;
    details?: { name: string; value: string | null; previousValue?: string | null }[];
  } = {},
): FakeAuditEvent {
  return {
    __typename: 'AuditEvent',
    id,
    occurredAt: new Date(Date.UTC(2030, 2, 3, 12, 0) - minutesAgo * 60_000).toISOString(),
    action,
    actionLabel: AUDIT_ACTION_LABELS[action],
    actor: actor ? party(actor) : null,
    target: target ? party(target) : null,
    details: details.map((detail) => ({
      __typename: 'AuditDetail',
      name: detail.name,
      value: detail.value,
      previousValue: detail.previousValue ?? null,
    })),
  };
}

export const DEFAULT_EVENTS: FakeAuditEvent[] = [
  auditEvent('event-3', 'ROLE_HANDED_OVER', {
    target: PEOPLE[1],
    minutesAgo: 5,
    details: [
      { name: 'role', value: 'BILLING_CONTACT' },
      {
        name: 'holder',
        previousValue: 'Ana Moreau <ana.moreau@northwind.example>',
        value: 'Bruno Lemaire <bruno.lemaire@northwind.example>',
      },
    ],
  }),
  auditEvent('event-2', 'PROFESSIONAL_UPDATED', {
    actor: PEOPLE[1],
    target: PEOPLE[1],
    minutesAgo: 60,
    details: [{ name: 'jobTitle', previousValue: null, value: 'Warehouse lead' }],
  }),
  auditEvent('event-1', 'PROFESSIONAL_CREATED', {
    target: PEOPLE[2],
    minutesAgo: 120,
    details: [
      { name: 'roles', value: 'ADMINISTRATOR, SHIPPING_CONTACT' },
      { name: 'status', value: 'INVITED' },
    ],
  }),
  auditEvent('event-0', 'SIGN_IN_FAILED', {
    actor: null,
    minutesAgo: 600,
    details: [{ name: 'reason', value: 'wrong password' }],
  }),
];

export interface FakeAuditOptions {
  events?: FakeAuditEvent[];
  /** Answer auditEvents with this thrown error code instead (FORBIDDEN, NOT_FOUND). */
  refuseWith?: 'FORBIDDEN' | 'NOT_FOUND' | null;
}

/**
 * One organization's audit log in memory, newest first, filtered and paged like the server's;
 * every request's variables are recorded, because the filters are only as good as what is sent.
 */
export function installFakeAuditApi(
  api: PortalApi,
  { events = DEFAULT_EVENTS, refuseWith = null }: FakeAuditOptions = {},
) {
  const state = {
    requests: [] as AuditLogPage_EventsQueryVariables[],
    searches: [] as (string | null)[],
  };
  const knows = (organizationId: string) =>
    organizationId === NORTHWIND_ID || organizationId === api.session?.viewer.organization.id;
  const notFound = <Result extends DefaultBodyType>(path: string) =>
    thrownError<Result>(path, 'NOT_FOUND', 'Organization was not found.');

  server.use(
    graphql.query(AuditLogPage_OrganizationDocument, ({ variables }) => {
      const organizationId = String(variables.organizationId);
      if (!knows(organizationId)) return notFound('organization');
      return HttpResponse.json({
        data: {
          organization: {
            __typename: 'Organization',
            id: organizationId,
            name: 'Northwind Traders',
          },
        },
      });
    }),
    graphql.query(AuditLogPage_EventsDocument, ({ variables }) => {
      state.requests.push(variables);
      if (refuseWith === 'NOT_FOUND') return notFound('auditEvents');
      if (refuseWith === 'FORBIDDEN') {
        return thrownError(
          'auditEvents',
          'FORBIDDEN',
          'Only the organization’s administrators may read its audit log.',
        );
      }
      const matching = events.filter(
        (event) =>
          (!variables.action || event.action === variables.action) &&
          (!variables.actor || event.actor?.id === variables.actor),
      );
      const start = variables.after
        ? matching.findIndex((event) => event.id === variables.after) + 1
        : 0;
      const nodes = matching.slice(start, start + variables.first);
      return HttpResponse.json({
        data: {
          auditEvents: {
            __typename: 'AuditEventConnection',
            totalCount: matching.length,
            pageInfo: {
              __typename: 'PageInfo',
              hasNextPage: start + variables.first < matching.length,
              endCursor: nodes.length > 0 ? nodes[nodes.length - 1].id : null,
            },
            edges: nodes.map((node) => ({ __typename: 'AuditEventEdge', cursor: node.id, node })),
          },
        },
      });
    }),
    graphql.query(PersonPicker_ProfessionalsDocument, ({ variables }) => {
      state.searches.push(variables.search ?? null);
      const search = variables.search?.toLowerCase() ?? '';
      const found = PEOPLE.filter(
        (person) =>
          person.displayName.toLowerCase().includes(search) ||
          person.email.toLowerCase().includes(search),
      );
      return HttpResponse.json({
        data: {
          professionals: {
            __typename: 'ProfessionalConnection',
            totalCount: found.length,
            edges: found.map((person) => ({
              __typename: 'ProfessionalEdge',
              node: { __typename: 'Professional', ...person },
            })),
          },
        },
      });
    }),
    graphql.query(AuditLogPage_ActorDocument, ({ variables }) => {
      const person = PEOPLE.find((candidate) => candidate.id === String(variables.id));
      return HttpResponse.json({
        data: { node: person ? { __typename: 'Professional', ...person } : null },
      });
    }),
  );

  return state;
}

function thrownError<Result extends DefaultBodyType>(
  path: string,
  code: 'FORBIDDEN' | 'NOT_FOUND',
  message: string,
): HttpResponse<GraphQLResponseBody<Result>> {
  return HttpResponse.json({
    data: null,
    errors: [{ message, path: [path], extensions: { code } }],
  });
}
