import {
  displayName,
  isMandatoryContactRole,
  normalizeEmail,
  whyCannotChangeStatus,
  whyCannotDeleteProfessional,
  whyCannotRevokeAdministrator,
  whyCannotTransferRole,
  type InvitationStatus,
  type ProfessionalStatus,
  type Role,
  type RuleViolation,
} from '@foyer/shared';
import { graphql, HttpResponse } from 'msw';
import {
  AccountsPage_OrganizationDocument,
  AccountsPage_ProfessionalsDocument,
  AddProfessionalDialog_CreateDocument,
  DetailsPanel_UpdateDocument,
  HandOverDialog_CandidatesDocument,
  HandOverDialog_TransferRoleDocument,
  InvitationPanel_ResendDocument,
  InvitationPanel_RevokeDocument,
  ProfessionalPage_ProfessionalDocument,
  RemovalPanel_DeleteDocument,
  RemovalPanel_SetStatusDocument,
  RolesPanel_MakeAdministratorDocument,
  RolesPanel_RevokeAdministratorDocument,
  type AccountsPage_ProfessionalsQueryVariables,
  type ErrorCode,
} from '../gql/graphql';
import { ANA } from './fake-portal-api';
import { server } from './msw-server';

/** One professional of the fake organization, as the server stores them. */
export interface FakeMember {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  jobTitle: string | null;
  preferredLanguage: string;
  status: ProfessionalStatus;
  roles: Role[];
  lastSignInAt: string | null;
  createdAt: string;
  invitation: { status: InvitationStatus; sentAt: string; expiresAt: string } | null;
}

export const NORTHWIND = { id: ANA.viewer.organization.id, name: ANA.viewer.organization.name };

const SENT_AT = '2030-03-01T09:00:00.000Z';
const EXPIRES_AT = '2030-03-15T09:00:00.000Z';

function member(
  id: string,
  firstName: string,
  lastName: string,
  extra: Partial<FakeMember> = {},
): FakeMember {
  return {
    id,
    firstName,
    lastName,
    email: `${firstName.toLowerCase()}.${lastName.toLowerCase()}@northwind.example`,
    phone: null,
    jobTitle: null,
    preferredLanguage: 'en',
    status: 'ACTIVE',
    roles: [],
    lastSignInAt: '2030-02-20T08:15:00.000Z',
    createdAt: '2029-11-02T10:00:00.000Z',
    invitation: {
      status: 'ACCEPTED',
      sentAt: '2029-11-02T10:00:00.000Z',
      expiresAt: '2029-11-16T10:00:00.000Z',
    },
    ...extra,
  };
}

/**
 * Northwind Traders: Ana (the signed-in administrator), a second administrator, a holder for
 * each contact role (Frank holds Billing), someone invited and someone disabled.
 */
export function northwindMembers(): FakeMember[] {
  return [
    member(ANA.viewer.id, 'Ana', 'Moreau', {
      email: ANA.viewer.email,
      roles: ['ADMINISTRATOR'],
      jobTitle: 'Operations lead',
      lastSignInAt: '2030-03-02T07:30:00.000Z',
    }),
    member('professional-farid', 'Farid', 'Haddad', { roles: ['ADMINISTRATOR'] }),
    member('professional-chloe', 'Chloé', 'Dubois', {
      email: 'chloe.dubois@northwind.example',
      roles: ['CUSTOMER_CARE_CONTACT'],
    }),
    member('professional-david', 'David', 'Okafor', { roles: ['SHIPPING_CONTACT'] }),
    member('professional-bruno', 'Bruno', 'Lemaire', {
      status: 'INVITED',
      lastSignInAt: null,
      invitation: { status: 'PENDING', sentAt: SENT_AT, expiresAt: EXPIRES_AT },
    }),
    member('professional-eva', 'Eva', 'Lindqvist', { status: 'DISABLED' }),
    member('professional-frank', 'Frank', 'Weber', {
      roles: ['BILLING_CONTACT'],
      jobTitle: 'Accountant',
      phone: '+44 20 7946 0000',
    }),
  ];
}

/** `count` more people with nothing special about them, so the list has pages. */
export function extraMembers(count: number): FakeMember[] {
  return Array.from({ length: count }, (_, index) => {
    const n = String(index + 1).padStart(2, '0');
    return member(`professional-extra-${n}`, 'Member', `Zz${n}`, {
      email: `member.${n}@northwind.example`,
    });
  });
}

export interface FakeAccountsOptions {
  members?: FakeMember[];
  /** False: the viewer may look at the people but not change them. */
  viewerCanManage?: boolean;
}

type ErrorFields = {
  __typename: 'UserError';
  code: ErrorCode;
  message: string;
  hint: string | null;
  field: string | null;
  role: Role | null;
  reasons: {
    __typename: 'UserErrorReason';
    code: ErrorCode;
    message: string;
    hint: string | null;
    role: Role | null;
  }[];
};

/**
 * The professionals API of one organization, stateful and ruled by the same shared functions the
 * server runs, so a test can change the state behind the page's back and see the server refuse.
 */
export function installFakeAccountsApi({
  members = northwindMembers(),
  viewerCanManage = true,
}: FakeAccountsOptions = {}) {
  const state = {
    members,
    professionalsRequests: [] as AccountsPage_ProfessionalsQueryVariables[],
    candidateSearches: [] as (string | null | undefined)[],
    created: [] as Record<string, unknown>[],
    updates: [] as Record<string, unknown>[],
    transfers: [] as { role: Role; toProfessionalId: string }[],
    deleted: [] as string[],
    resent: [] as string[],
    revokedInvitations: [] as string[],
    revokedAdministrators: [] as string[],
  };
  const find = (id: string | number) => state.members.find((m) => m.id === String(id));
  let nextId = 1;

  const professional = (m: FakeMember) => ({
    __typename: 'Professional' as const,
    id: m.id,
    firstName: m.firstName,
    lastName: m.lastName,
    displayName: displayName(m),
    email: m.email,
    phone: m.phone,
    jobTitle: m.jobTitle,
    preferredLanguage: m.preferredLanguage,
    status: m.status,
    roles: [...m.roles],
    lastSignInAt: m.lastSignInAt,
    createdAt: m.createdAt,
    updatedAt: '2030-03-03T10:00:00.000Z',
    invitation:
      viewerCanManage && m.invitation
        ? { __typename: 'ProfessionalInvitation' as const, ...m.invitation }
        : null,
  });

  const refusal = (violations: readonly RuleViolation[]): ErrorFields => {
    const [first] = violations;
    return {
      __typename: 'UserError',
      // The schema's codes are the shared ones; the generated type is what the page reads.
      code: first.code as ErrorCode,
      message: first.message,
      hint: first.hint,
      field: null,
      role: first.role ?? null,
      reasons: violations.map((v) => ({
        __typename: 'UserErrorReason',
        code: v.code as ErrorCode,
        message: v.message,
        hint: v.hint,
        role: v.role ?? null,
      })),
    };
  };
  const plainError = (
    code: ErrorCode,
    message: string,
    hint: string | null,
    field: string | null = null,
  ): ErrorFields => ({
    __typename: 'UserError',
    code,
    message,
    hint,
    field,
    role: null,
    reasons: [],
  });
  const forbidden = () =>
    plainError(
      'FORBIDDEN',
      'You are not allowed to do that.',
      'Ask an administrator of the organization to do it.',
    );

  server.use(
    graphql.query(AccountsPage_OrganizationDocument, ({ variables }) => {
      if (variables.organizationId !== NORTHWIND.id) {
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
            id: NORTHWIND.id,
            name: NORTHWIND.name,
            kind: 'CUSTOMER',
            viewerCanViewProfessionals: true,
            viewerCanManageProfessionals: viewerCanManage,
          },
          viewer: {
            __typename: 'Professional',
            id: ANA.viewer.id,
            organization: { __typename: 'Organization', id: NORTHWIND.id },
          },
        },
      });
    }),

    graphql.query(AccountsPage_ProfessionalsDocument, ({ variables }) => {
      state.professionalsRequests.push(variables);
      const matching = filterAndSort(state.members, variables);
      const start = variables.after ? Number(variables.after.replace('cursor-', '')) + 1 : 0;
      const page = matching.slice(start, start + variables.first);
      return HttpResponse.json({
        data: {
          professionals: {
            __typename: 'ProfessionalConnection',
            totalCount: matching.length,
            pageInfo: {
              __typename: 'PageInfo',
              hasNextPage: start + variables.first < matching.length,
              endCursor: page.length > 0 ? `cursor-${start + page.length - 1}` : null,
            },
            edges: page.map((m, index) => ({
              __typename: 'ProfessionalEdge',
              cursor: `cursor-${start + index}`,
              node: {
                __typename: 'Professional',
                id: m.id,
                displayName: displayName(m),
                email: m.email,
                roles: [...m.roles],
                status: m.status,
                lastSignInAt: m.lastSignInAt,
              },
            })),
          },
        },
      });
    }),

    graphql.mutation(AddProfessionalDialog_CreateDocument, ({ variables }) => {
      const { input } = variables;
      state.created.push({ ...input });
      const taken = state.members.some(
        (m) => normalizeEmail(m.email) === normalizeEmail(input.email),
      );
      if (taken) {
        return HttpResponse.json({
          data: {
            createProfessional: {
              __typename: 'CreateProfessionalPayload',
              professional: null,
              error: plainError(
                'EMAIL_TAKEN',
                `${input.email} already belongs to a professional of ${NORTHWIND.name}.`,
                'Use another address, or open their page instead.',
                'email',
              ),
            },
          },
        });
      }
      const added = member(`professional-new-${nextId++}`, input.firstName, input.lastName, {
        email: input.email,
        phone: input.phone ?? null,
        jobTitle: input.jobTitle ?? null,
        preferredLanguage: input.preferredLanguage ?? 'en',
        status: 'INVITED',
        roles: [...(input.roles ?? [])],
        lastSignInAt: null,
        invitation: input.sendInvitation
          ? { status: 'PENDING', sentAt: SENT_AT, expiresAt: EXPIRES_AT }
          : null,
      });
      state.members.push(added);
      const p = professional(added);
      return HttpResponse.json({
        data: {
          createProfessional: {
            __typename: 'CreateProfessionalPayload',
            professional: {
              __typename: 'Professional',
              id: p.id,
              displayName: p.displayName,
              email: p.email,
              roles: p.roles,
              status: p.status,
            },
            error: null,
          },
        },
      });
    }),

    graphql.query(ProfessionalPage_ProfessionalDocument, ({ variables }) => {
      const m = find(variables.id);
      if (!m) return HttpResponse.json({ data: { node: null } });
      const administrators = state.members.filter((a) => a.roles.includes('ADMINISTRATOR'));
      return HttpResponse.json({
        data: {
          node: {
            ...professional(m),
            viewerCanUpdate: viewerCanManage || m.id === ANA.viewer.id,
            viewerCanDelete: viewerCanManage,
            viewerCanTransferRoles: viewerCanManage,
            viewerCanRevokeAdministrator: viewerCanManage,
            organization: {
              __typename: 'Organization',
              id: NORTHWIND.id,
              name: NORTHWIND.name,
              viewerCanViewProfessionals: viewerCanManage,
              viewerCanManageProfessionals: viewerCanManage,
              administrators: administrators.map((a) => ({
                __typename: 'Professional',
                id: a.id,
                firstName: a.firstName,
                lastName: a.lastName,
                displayName: displayName(a),
                status: a.status,
                roles: [...a.roles],
              })),
            },
          },
        },
      });
    }),

    graphql.query(HandOverDialog_CandidatesDocument, ({ variables }) => {
      state.candidateSearches.push(variables.search);
      const matching = filterAndSort(state.members, {
        organizationId: NORTHWIND.id,
        first: 50,
        search: variables.search,
      });
      return HttpResponse.json({
        data: {
          professionals: {
            __typename: 'ProfessionalConnection',
            totalCount: matching.length,
            edges: matching.map((m) => ({
              __typename: 'ProfessionalEdge',
              node: {
                __typename: 'Professional',
                id: m.id,
                firstName: m.firstName,
                lastName: m.lastName,
                displayName: displayName(m),
                email: m.email,
                status: m.status,
                roles: [...m.roles],
              },
            })),
          },
        },
      });
    }),

    graphql.mutation(HandOverDialog_TransferRoleDocument, ({ variables }) => {
      state.transfers.push({
        role: variables.role,
        toProfessionalId: String(variables.toProfessionalId),
      });
      const result = transfer(variables.role, String(variables.toProfessionalId));
      return HttpResponse.json({
        data: {
          transferRole: {
            __typename: 'TransferRolePayload',
            professional: result.to
              ? {
                  __typename: 'Professional',
                  id: result.to.id,
                  displayName: displayName(result.to),
                  roles: [...result.to.roles],
                  updatedAt: '2030-03-03T10:00:00.000Z',
                }
              : null,
            previousHolder: result.from
              ? {
                  __typename: 'Professional',
                  id: result.from.id,
                  roles: [...result.from.roles],
                  updatedAt: '2030-03-03T10:00:00.000Z',
                }
              : null,
            error: result.error,
          },
        },
      });
    }),

    graphql.mutation(RolesPanel_MakeAdministratorDocument, ({ variables }) => {
      state.transfers.push({
        role: 'ADMINISTRATOR',
        toProfessionalId: String(variables.professionalId),
      });
      const result = transfer('ADMINISTRATOR', String(variables.professionalId));
      return HttpResponse.json({
        data: {
          transferRole: {
            __typename: 'TransferRolePayload',
            professional: result.to
              ? {
                  __typename: 'Professional',
                  id: result.to.id,
                  roles: [...result.to.roles],
                  updatedAt: '2030-03-03T10:00:00.000Z',
                }
              : null,
            error: result.error,
          },
        },
      });
    }),

    graphql.mutation(RolesPanel_RevokeAdministratorDocument, ({ variables }) => {
      const m = find(variables.professionalId);
      let error: ErrorFields | null = null;
      if (!viewerCanManage) error = forbidden();
      else if (!m) error = plainError('NOT_FOUND', 'Professional was not found.', null);
      else {
        const violations = whyCannotRevokeAdministrator(state.members, m.id);
        if (violations.length > 0) error = refusal(violations);
      }
      if (!error && m) {
        m.roles = m.roles.filter((role) => role !== 'ADMINISTRATOR');
        state.revokedAdministrators.push(m.id);
      }
      return HttpResponse.json({
        data: {
          revokeAdministrator: {
            __typename: 'RevokeAdministratorPayload',
            professional:
              !error && m
                ? {
                    __typename: 'Professional',
                    id: m.id,
                    roles: [...m.roles],
                    updatedAt: '2030-03-03T10:00:00.000Z',
                  }
                : null,
            error,
          },
        },
      });
    }),

    graphql.mutation(RemovalPanel_DeleteDocument, ({ variables }) => {
      const m = find(variables.id);
      let error: ErrorFields | null = null;
      if (!viewerCanManage) error = forbidden();
      else if (!m) error = plainError('NOT_FOUND', 'Professional was not found.', null);
      else {
        const violations = whyCannotDeleteProfessional(state.members, m.id);
        if (violations.length > 0) error = refusal(violations);
      }
      if (!error && m) {
        state.members = state.members.filter((other) => other.id !== m.id);
        state.deleted.push(m.id);
      }
      return HttpResponse.json({
        data: {
          deleteProfessional: {
            __typename: 'DeleteProfessionalPayload',
            deletedProfessionalId: error ? null : String(variables.id),
            error,
          },
        },
      });
    }),

    graphql.mutation(RemovalPanel_SetStatusDocument, ({ variables }) => {
      const m = find(variables.id);
      state.updates.push({ id: variables.id, status: variables.status });
      let error: ErrorFields | null = null;
      if (!m) error = plainError('NOT_FOUND', 'Professional was not found.', null);
      else {
        const violations = whyCannotChangeStatus(state.members, m.id, variables.status);
        if (violations.length > 0) error = refusal(violations);
      }
      if (!error && m) {
        // As the server does: re-activated, someone who never joined is invited again.
        m.status =
          variables.status === 'DISABLED' || m.status !== 'DISABLED'
            ? variables.status
            : m.invitation?.status === 'ACCEPTED'
              ? 'ACTIVE'
              : 'INVITED';
        if (m.status === 'DISABLED') voidPendingInvitation(m);
      }
      return HttpResponse.json({
        data: {
          updateProfessional: {
            __typename: 'UpdateProfessionalPayload',
            professional:
              !error && m
                ? {
                    __typename: 'Professional',
                    id: m.id,
                    status: m.status,
                    updatedAt: '2030-03-03T10:00:00.000Z',
                    invitation: invitationOf(m),
                  }
                : null,
            error,
          },
        },
      });
    }),

    graphql.mutation(DetailsPanel_UpdateDocument, ({ variables }) => {
      const { id, ...changes } = variables.input;
      state.updates.push({ ...variables.input });
      const m = find(id);
      let error: ErrorFields | null = null;
      if (!m) error = plainError('NOT_FOUND', 'Professional was not found.', null);
      else if (
        changes.email &&
        state.members.some(
          (other) =>
            other.id !== m.id && normalizeEmail(other.email) === normalizeEmail(changes.email!),
        )
      ) {
        error = plainError(
          'EMAIL_TAKEN',
          `${changes.email} already belongs to a professional of ${NORTHWIND.name}.`,
          'Use another address.',
          'email',
        );
      }
      if (!error && m) {
        if (changes.email && normalizeEmail(changes.email) !== normalizeEmail(m.email))
          voidPendingInvitation(m);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === null) continue;
          (m as unknown as Record<string, unknown>)[key] =
            (key === 'phone' || key === 'jobTitle') && value === '' ? null : value;
        }
      }
      return HttpResponse.json({
        data: {
          updateProfessional: {
            __typename: 'UpdateProfessionalPayload',
            professional:
              !error && m
                ? (() => {
                    const p = professional(m);
                    return {
                      __typename: 'Professional' as const,
                      id: p.id,
                      firstName: p.firstName,
                      lastName: p.lastName,
                      displayName: p.displayName,
                      email: p.email,
                      phone: p.phone,
                      jobTitle: p.jobTitle,
                      preferredLanguage: p.preferredLanguage,
                      updatedAt: p.updatedAt,
                      invitation: invitationOf(m),
                    };
                  })()
                : null,
            error,
          },
        },
      });
    }),

    graphql.mutation(InvitationPanel_ResendDocument, ({ variables }) => {
      const m = find(variables.professionalId);
      let error: ErrorFields | null = null;
      if (!m) error = plainError('NOT_FOUND', 'Professional was not found.', null);
      else if (m.status !== 'INVITED') {
        error = plainError(
          'NOT_INVITED',
          `${displayName(m)} has already joined; there is no invitation to re-send.`,
          'They can sign in with their e-mail and password.',
        );
      }
      if (!error && m) {
        m.invitation = {
          status: 'PENDING',
          sentAt: '2030-03-03T10:00:00.000Z',
          expiresAt: '2030-03-17T10:00:00.000Z',
        };
        state.resent.push(m.id);
      }
      return HttpResponse.json({
        data: {
          resendInvitation: {
            __typename: 'ResendInvitationPayload',
            professional: !error && m ? invitationPayload(m) : null,
            error,
          },
        },
      });
    }),

    graphql.mutation(InvitationPanel_RevokeDocument, ({ variables }) => {
      const m = find(variables.professionalId);
      let error: ErrorFields | null = null;
      if (!m) error = plainError('NOT_FOUND', 'Professional was not found.', null);
      else if (m.invitation?.status !== 'PENDING') {
        error = plainError(
          'NOT_INVITED',
          `${displayName(m)} has no pending invitation.`,
          'Nothing to revoke.',
        );
      }
      if (!error && m && m.invitation) {
        m.invitation = { ...m.invitation, status: 'REVOKED' };
        state.revokedInvitations.push(m.id);
      }
      return HttpResponse.json({
        data: {
          revokeInvitation: {
            __typename: 'RevokeInvitationPayload',
            professional: !error && m ? invitationPayload(m) : null,
            error,
          },
        },
      });
    }),
  );

  function invitationPayload(m: FakeMember) {
    return {
      __typename: 'Professional' as const,
      id: m.id,
      status: m.status,
      invitation: invitationOf(m),
    };
  }

  function invitationOf(m: FakeMember) {
    return m.invitation ? { __typename: 'ProfessionalInvitation' as const, ...m.invitation } : null;
  }

  /** As the server does when the address changes or access is disabled. */
  function voidPendingInvitation(m: FakeMember) {
    if (m.invitation?.status === 'PENDING') m.invitation = { ...m.invitation, status: 'REVOKED' };
  }

  function transfer(
    role: Role,
    toId: string,
  ): { to: FakeMember | null; from: FakeMember | null; error: ErrorFields | null } {
    if (!viewerCanManage) return { to: null, from: null, error: forbidden() };
    const to = find(toId);
    if (!to)
      return {
        to: null,
        from: null,
        error: plainError('NOT_FOUND', 'Professional was not found.', null),
      };
    const violations = whyCannotTransferRole(state.members, role, to.id);
    if (violations.length > 0) return { to: null, from: null, error: refusal(violations) };
    const from = isMandatoryContactRole(role)
      ? (state.members.find((m) => m.roles.includes(role)) ?? null)
      : null;
    if (from) from.roles = from.roles.filter((r) => r !== role);
    to.roles = [...to.roles, role];
    return { to, from, error: null };
  }

  return state;
}

const STATUS_ORDER: Record<ProfessionalStatus, number> = { ACTIVE: 0, DISABLED: 1, INVITED: 2 };

function filterAndSort(
  members: readonly FakeMember[],
  variables: AccountsPage_ProfessionalsQueryVariables,
) {
  const search = variables.search?.trim().toLowerCase();
  const byName = (a: FakeMember, b: FakeMember) =>
    `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`);
  const field = variables.orderBy?.field ?? 'NAME';
  const sign = variables.orderBy?.direction === 'DESC' ? -1 : 1;
  const compare = (a: FakeMember, b: FakeMember): number => {
    switch (field) {
      case 'EMAIL':
        return a.email.localeCompare(b.email);
      case 'STATUS':
        return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byName(a, b);
      case 'LAST_SIGN_IN':
        return (a.lastSignInAt ?? '').localeCompare(b.lastSignInAt ?? '') || byName(a, b);
      default:
        return byName(a, b);
    }
  };
  return members
    .filter(
      (m) =>
        !search ||
        displayName(m).toLowerCase().includes(search) ||
        m.email.toLowerCase().includes(search),
    )
    .filter((m) => !variables.role || m.roles.includes(variables.role))
    .filter((m) => !variables.status || m.status === variables.status)
    .sort((a, b) => sign * compare(a, b));
}
