import type { ErrorCode } from '@foyer/shared';
import { graphql, HttpResponse } from 'msw';
import {
  AccessRequestsPage_ApproveDocument,
  AccessRequestsPage_DeclineDocument,
  AccessRequestsPage_OrganizationDocument,
  AccessRequestsPage_RequestsDocument,
  AccessRequestsPage_ViewerDocument,
  HomePage_AccessRequestCountDocument,
  type AccessRequestsPage_RequestsQuery,
} from '../gql/graphql';
import type { installFakePortalApi } from './fake-portal-api';
import { server } from './msw-server';

type PortalApi = ReturnType<typeof installFakePortalApi>;
export type FakeAccessRequest =
  AccessRequestsPage_RequestsQuery['accessRequests']['edges'][number]['node'];

export const CHLOE_REQUEST: FakeAccessRequest = {
  __typename: 'AccessRequest',
  id: 'access-request-chloe',
  displayName: 'Chloé Dubois',
  email: 'chloe.dubois@northwind.example',
  message: 'I joined the Lyon warehouse team and need the shipping documents.',
  createdAt: '2030-03-02T08:15:00.000Z',
  status: 'PENDING',
};

export const DAVID_REQUEST: FakeAccessRequest = {
  __typename: 'AccessRequest',
  id: 'access-request-david',
  displayName: 'David Okafor',
  email: 'david.okafor@northwind.example',
  message: null,
  createdAt: '2030-03-01T16:40:00.000Z',
  status: 'PENDING',
};

export interface FakeAccessRequestOptions {
  pending?: FakeAccessRequest[];
  /** Answer approve and decline with this refusal instead of doing them. */
  refuseWith?: { code: ErrorCode; message: string; hint: string } | null;
}

/**
 * The organization's pending access requests, kept in memory: approving or declining one takes
 * it off the pending list, as the server does.
 */
export function installFakeAccessRequestApi(
  api: PortalApi,
  { pending = [CHLOE_REQUEST, DAVID_REQUEST], refuseWith = null }: FakeAccessRequestOptions = {},
) {
  const state = {
    pending: [...pending],
    listRequests: [] as string[],
    approved: [] as string[],
    declined: [] as { id: string; reason?: string | null }[],
  };
  const refusal = refuseWith
    ? { __typename: 'UserError' as const, field: null, ...refuseWith }
    : null;
  const take = (requested: string | number) => {
    const id = String(requested);
    const request = state.pending.find((candidate) => candidate.id === id);
    state.pending = state.pending.filter((candidate) => candidate.id !== id);
    return request;
  };

  server.use(
    graphql.query(AccessRequestsPage_ViewerDocument, () => {
      const viewer = api.session?.viewer;
      return HttpResponse.json({
        data: {
          viewer: viewer
            ? {
                __typename: 'Professional',
                id: viewer.id,
                organization: {
                  __typename: 'Organization',
                  id: viewer.organization.id,
                  name: viewer.organization.name,
                  viewerCanManageProfessionals: viewer.roles.includes('ADMINISTRATOR'),
                },
              }
            : null,
        },
      });
    }),
    // The viewer's own organization, or a customer their partner serves; else NOT_FOUND.
    graphql.query(AccessRequestsPage_OrganizationDocument, ({ variables }) => {
      const viewer = api.session?.viewer;
      const isAdministrator = Boolean(viewer?.roles.includes('ADMINISTRATOR'));
      const served = api.session?.customers?.find((customer) => customer.id === variables.id);
      const organization =
        viewer?.organization.id === variables.id
          ? { id: viewer.organization.id, name: viewer.organization.name }
          : served;
      if (!organization) {
        return HttpResponse.json({
          data: null,
          errors: [
            {
              message: 'Organization was not found.',
              path: ['organization'],
              extensions: { code: 'NOT_FOUND' },
            },
          ],
        });
      }
      return HttpResponse.json({
        data: {
          organization: {
            __typename: 'Organization',
            id: organization.id,
            name: organization.name,
            viewerCanManageProfessionals: isAdministrator,
          },
        },
      });
    }),
    // The home page's count of people waiting.
    graphql.query(HomePage_AccessRequestCountDocument, () =>
      HttpResponse.json({
        data: {
          accessRequests: {
            __typename: 'AccessRequestConnection',
            totalCount: state.pending.length,
          },
        },
      }),
    ),
    graphql.query(AccessRequestsPage_RequestsDocument, ({ variables }) => {
      state.listRequests.push(String(variables.organizationId));
      return HttpResponse.json({
        data: {
          accessRequests: {
            __typename: 'AccessRequestConnection',
            totalCount: state.pending.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: state.pending.map((node) => ({
              __typename: 'AccessRequestEdge',
              cursor: `cursor-${node.id}`,
              node,
            })),
          },
        },
      });
    }),
    graphql.mutation(AccessRequestsPage_ApproveDocument, ({ variables }) => {
      if (refusal) {
        return HttpResponse.json({
          data: {
            approveAccessRequest: {
              __typename: 'ApproveAccessRequestPayload',
              accessRequest: null,
              professional: null,
              error: refusal,
            },
          },
        });
      }
      const request = take(variables.id);
      if (!request) throw new Error(`No pending access request ${variables.id}`);
      state.approved.push(request.id);
      return HttpResponse.json({
        data: {
          approveAccessRequest: {
            __typename: 'ApproveAccessRequestPayload',
            accessRequest: {
              __typename: 'AccessRequest',
              id: request.id,
              status: 'APPROVED',
              decidedAt: '2030-03-03T10:00:00.000Z',
            },
            professional: {
              __typename: 'Professional',
              id: `professional-from-${request.id}`,
              displayName: request.displayName,
              email: request.email,
            },
            error: null,
          },
        },
      });
    }),
    graphql.mutation(AccessRequestsPage_DeclineDocument, ({ variables }) => {
      if (refusal) {
        return HttpResponse.json({
          data: {
            declineAccessRequest: {
              __typename: 'DeclineAccessRequestPayload',
              accessRequest: null,
              error: refusal,
            },
          },
        });
      }
      const request = take(variables.id);
      if (!request) throw new Error(`No pending access request ${variables.id}`);
      state.declined.push({ id: request.id, reason: variables.reason });
      return HttpResponse.json({
        data: {
          declineAccessRequest: {
            __typename: 'DeclineAccessRequestPayload',
            accessRequest: {
              __typename: 'AccessRequest',
              id: request.id,
              status: 'DECLINED',
              decidedAt: '2030-03-03T10:00:00.000Z',
              declineReason: variables.reason ?? null,
            },
            error: null,
          },
        },
      });
    }),
  );

  return state;
}
