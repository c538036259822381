import type { ErrorCode, OrganizationKind, ProfessionalStatus, Region } from '@foyer/shared';
import { graphql, HttpResponse, type DefaultBodyType, type GraphQLResponseBody } from 'msw';
import {
  AccountManagerPanel_CandidatesDocument,
  AccountManagerPanel_SetDocument,
  AccountManagerPanel_VendorDocument,
  AppLayout_CurrentOrganizationDocument,
  AppLayout_OrganizationsDocument,
  CreateOrganizationDialog_CreateDocument,
  OrganizationPage_OrganizationDocument,
  OrganizationsPage_ListDocument,
  OrganizationsOfKind_ListDocument,
  OrganizationsPage_ViewerDocument,
  PartnerLinks_LinkDocument,
  PartnerLinks_UnlinkDocument,
  type CreateOrganizationInput,
} from '../../gql/graphql';
import type { FakeAccount, installFakePortalApi } from '../../test/fake-portal-api';
import { server } from '../../test/msw-server';

type PortalApi = ReturnType<typeof installFakePortalApi>;

export interface FakeOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  accountNumber: string;
  region: Region;
  emailDomain: string | null;
}

export const VENDOR_ORGANIZATION: FakeOrganization = {
  id: 'organization-foyer-software',
  name: 'Foyer Software',
  kind: 'VENDOR',
  accountNumber: 'FOYER-1',
  region: 'EMEA',
  emailDomain: 'foyer.example',
};

/** A vendor administrator: may list, create and link organizations. */
export const VERA: FakeAccount = {
  password: 'vendor staff only please',
  viewer: {
    __typename: 'Professional',
    id: 'professional-vera',
    displayName: 'Vera Lindqvist',
    email: 'vera.lindqvist@foyer.example',
    roles: ['ADMINISTRATOR'],
    status: 'ACTIVE',
    organization: {
      __typename: 'Organization',
      id: VENDOR_ORGANIZATION.id,
      name: VENDOR_ORGANIZATION.name,
      kind: 'VENDOR',
      accountNumber: VENDOR_ORGANIZATION.accountNumber,
      region: VENDOR_ORGANIZATION.region,
    },
  },
};

/** Vendor staff without the Administrator role: may look, not create or link. */
export const VICTOR: FakeAccount = {
  ...VERA,
  viewer: {
    ...VERA.viewer,
    id: 'professional-victor',
    displayName: 'Victor Hale',
    email: 'victor.hale@foyer.example',
    roles: ['BILLING_CONTACT'],
  },
};

export const NORTHWIND: FakeOrganization = {
  id: 'organization-northwind',
  name: 'Northwind Traders',
  kind: 'CUSTOMER',
  accountNumber: 'NW-10442',
  region: 'EMEA',
  emailDomain: 'northwind.example',
};

export const ACME_PARTNERS: FakeOrganization = {
  id: 'organization-acme-partners',
  name: 'Acme Partners',
  kind: 'PARTNER',
  accountNumber: 'ACME-7',
  region: 'NORTH_AMERICA',
  emailDomain: null,
};

export const BLUE_RIVER: FakeOrganization = {
  id: 'organization-blue-river',
  name: 'Blue River Resellers',
  kind: 'PARTNER',
  accountNumber: 'BRR-12',
  region: 'APAC',
  emailDomain: null,
};

export const CONTOSO: FakeOrganization = {
  id: 'organization-contoso',
  name: 'Contoso Ltd',
  kind: 'CUSTOMER',
  accountNumber: 'CT-2001',
  region: 'LATAM',
  emailDomain: null,
};

/** One of the vendor's professionals, who may be named account manager. */
export interface FakeStaffMember {
  id: string;
  displayName: string;
  email: string;
  phone: string | null;
  jobTitle: string | null;
  status: ProfessionalStatus;
}

export const OMAR: FakeStaffMember = {
  id: 'professional-omar',
  displayName: 'Omar Haddad',
  email: 'omar.haddad@foyer.example',
  phone: '+1 415 555 0142',
  jobTitle: 'Account Manager',
  status: 'ACTIVE',
};

export const PRIYA: FakeStaffMember = {
  id: 'professional-priya',
  displayName: 'Priya Nair',
  email: 'priya.nair@foyer.example',
  phone: null,
  jobTitle: null,
  status: 'INVITED',
};

/** Disabled: never offered as account manager. */
export const DORA: FakeStaffMember = {
  id: 'professional-dora',
  displayName: 'Dora Gone',
  email: 'dora.gone@foyer.example',
  phone: null,
  jobTitle: 'Former Account Manager',
  status: 'DISABLED',
};

export interface FakeOrganizationsOptions {
  organizations?: FakeOrganization[];
  /** partnerId → customerIds it serves. */
  links?: [partnerId: string, customerId: string][];
  /** Answer the next createOrganization with this refusal instead of creating. */
  refuseCreateWith?: {
    code: ErrorCode;
    message: string;
    hint: string;
    field: string | null;
  } | null;
  refuseLinkWith?: { code: ErrorCode; message: string; hint: string } | null;
  /** The vendor's professionals, offered as account managers. */
  vendorStaff?: FakeStaffMember[];
  /** organizationId → the vendor professional looking after it. */
  accountManagers?: [organizationId: string, professionalId: string][];
  /** Answer the next setAccountManager with this refusal instead of changing anything. */
  refuseSetAccountManagerWith?: {
    code: ErrorCode;
    message: string;
    hint: string;
    field: string | null;
  } | null;
}

/**
 * Organizations and partner links kept in memory, ordered by name and paged by cursor like the
 * server's; every request is recorded so tests can check what the pages asked for.
 */
export function installFakeOrganizationsApi(
  api: PortalApi,
  {
    organizations = [VENDOR_ORGANIZATION, NORTHWIND, ACME_PARTNERS, BLUE_RIVER, CONTOSO],
    links = [[ACME_PARTNERS.id, NORTHWIND.id]],
    refuseCreateWith = null,
    refuseLinkWith = null,
    vendorStaff = [OMAR, PRIYA, DORA],
    accountManagers = [],
    refuseSetAccountManagerWith = null,
  }: FakeOrganizationsOptions = {},
) {
  const state = {
    organizations: [...organizations],
    links: links.map(([partnerId, customerId]) => ({ partnerId, customerId })),
    listRequests: [] as { first: number; after: string | null }[],
    /** What the pickers of one kind (partners, customers) asked for. */
    kindRequests: [] as { kinds: OrganizationKind[]; name: string | null; first: number }[],
    /** What the header's organization switcher asked for. */
    switcherRequests: [] as { name: string | null; first: number }[],
    created: [] as CreateOrganizationInput[],
    linked: [] as { partnerId: string; customerId: string }[],
    unlinked: [] as { partnerId: string; customerId: string }[],
    refuseCreateWith,
    refuseLinkWith,
    accountManagers: new Map(accountManagers),
    accountManagerChanges: [] as { organizationId: string; professionalId: string | null }[],
    /** What the account manager picker searched for (null: the first page, unsearched). */
    candidateSearches: [] as (string | null)[],
    refuseSetAccountManagerWith,
  };

  const sorted = () =>
    [...state.organizations].sort(
      (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
    );
  const byId = (id: string) => state.organizations.find((organization) => organization.id === id);
  const summary = (organization: FakeOrganization) => ({
    __typename: 'Organization' as const,
    id: organization.id,
    name: organization.name,
    kind: organization.kind,
    accountNumber: organization.accountNumber,
    region: organization.region,
  });
  const partnersOf = (customerId: string) =>
    state.links
      .filter((link) => link.customerId === customerId)
      .map((link) => byId(link.partnerId))
      .filter((organization): organization is FakeOrganization => Boolean(organization))
      .sort((a, b) => a.name.localeCompare(b.name));
  const customersOf = (partnerId: string) =>
    state.links
      .filter((link) => link.partnerId === partnerId)
      .map((link) => byId(link.customerId))
      .filter((organization): organization is FakeOrganization => Boolean(organization))
      .sort((a, b) => a.name.localeCompare(b.name));
  const page = (
    first: number,
    after: string | null | undefined,
    name: string | null = null,
    kinds: readonly OrganizationKind[] | null = null,
  ) => {
    const all = sorted().filter(
      (organization) =>
        (!name || organization.name.toLowerCase().includes(name.toLowerCase())) &&
        (!kinds || kinds.includes(organization.kind)),
    );
    const start = after ? all.findIndex((organization) => organization.id === after) + 1 : 0;
    const nodes = all.slice(start, start + first);
    return {
      nodes,
      totalCount: all.length,
      hasNextPage: start + first < all.length,
      endCursor: nodes.length > 0 ? nodes[nodes.length - 1].id : null,
    };
  };
  const isVendorStaff = () => api.session?.viewer.organization.kind === 'VENDOR';
  const switcherChoice = (organization: FakeOrganization) => ({
    __typename: 'Organization' as const,
    id: organization.id,
    name: organization.name,
    kind: organization.kind,
    viewerCanViewProfessionals: true,
    // Vendor staff see everyone; only its administrators manage them.
    viewerCanManageProfessionals: Boolean(api.session?.viewer.roles.includes('ADMINISTRATOR')),
  });
  const isVendorAdministrator = () =>
    isVendorStaff() && Boolean(api.session?.viewer.roles.includes('ADMINISTRATOR'));
  const forbidden = <Result extends DefaultBodyType>() =>
    thrownError<Result>('FORBIDDEN', 'You may not do that.', 'Ask the vendor’s administrators.');
  const accountManagerOf = (organizationId: string) => {
    const person = vendorStaff.find(
      (staff) => staff.id === state.accountManagers.get(organizationId),
    );
    if (!person) return null;
    const { id, displayName, email, phone, jobTitle } = person;
    return { __typename: 'Professional' as const, id, displayName, email, phone, jobTitle };
  };
  const customerPayload = (customerId: string) => ({
    __typename: 'Organization' as const,
    id: customerId,
    partners: partnersOf(customerId).map(summary),
  });

  server.use(
    // Like the server, one page of at most `first` organizations, whose name contains `name`.
    graphql.query(AppLayout_OrganizationsDocument, ({ variables }) => {
      const name = variables.name ? String(variables.name) : null;
      state.switcherRequests.push({ name, first: variables.first });
      const found = page(variables.first, null, name);
      return HttpResponse.json({
        data: {
          organizations: {
            __typename: 'OrganizationConnection',
            totalCount: found.totalCount,
            pageInfo: { __typename: 'PageInfo', hasNextPage: found.hasNextPage },
            edges: found.nodes.map((organization) => ({
              __typename: 'OrganizationEdge',
              node: switcherChoice(organization),
            })),
          },
        },
      });
    }),
    graphql.query(AppLayout_CurrentOrganizationDocument, ({ variables }) => {
      const organization = byId(String(variables.id));
      if (!organization || !isVendorStaff()) {
        return thrownError('NOT_FOUND', 'Organization was not found.', 'Check the id.');
      }
      return HttpResponse.json({ data: { organization: switcherChoice(organization) } });
    }),
    graphql.query(OrganizationsPage_ViewerDocument, () => {
      const viewer = api.session?.viewer;
      return HttpResponse.json({
        data: {
          viewerCanCreateOrganization: isVendorAdministrator(),
          viewer: viewer
            ? {
                __typename: 'Professional',
                id: viewer.id,
                organization: {
                  __typename: 'Organization',
                  id: viewer.organization.id,
                  kind: viewer.organization.kind,
                },
              }
            : null,
        },
      });
    }),
    graphql.query(OrganizationsPage_ListDocument, ({ variables }) => {
      state.listRequests.push({ first: variables.first, after: variables.after ?? null });
      if (!isVendorStaff()) return forbidden();
      const { nodes, totalCount, hasNextPage, endCursor } = page(variables.first, variables.after);
      return HttpResponse.json({
        data: {
          organizations: {
            __typename: 'OrganizationConnection',
            totalCount,
            pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
            edges: nodes.map((organization) => ({
              __typename: 'OrganizationEdge',
              cursor: organization.id,
              node: {
                ...summary(organization),
                partners: partnersOf(organization.id).map((partner) => ({
                  __typename: 'Organization' as const,
                  id: partner.id,
                  name: partner.name,
                })),
              },
            })),
          },
        },
      });
    }),
    // Like the server: at most `first` of these kinds, whose name contains `name`.
    graphql.query(OrganizationsOfKind_ListDocument, ({ variables }) => {
      const kinds = Array.isArray(variables.kinds) ? variables.kinds : [variables.kinds];
      const name = variables.name ? String(variables.name) : null;
      state.kindRequests.push({ kinds, name, first: variables.first });
      if (!isVendorStaff()) return forbidden();
      const { nodes, totalCount, hasNextPage } = page(variables.first, null, name, kinds);
      return HttpResponse.json({
        data: {
          organizations: {
            __typename: 'OrganizationConnection',
            totalCount,
            pageInfo: { __typename: 'PageInfo', hasNextPage },
            edges: nodes.map((organization) => ({
              __typename: 'OrganizationEdge',
              node: {
                __typename: 'Organization',
                id: organization.id,
                name: organization.name,
                kind: organization.kind,
                accountNumber: organization.accountNumber,
              },
            })),
          },
        },
      });
    }),
    graphql.query(OrganizationPage_OrganizationDocument, ({ variables }) => {
      const organization = byId(String(variables.id));
      const ownId = api.session?.viewer.organization.id;
      if (!organization || (!isVendorStaff() && organization.id !== ownId)) {
        return thrownError('NOT_FOUND', 'Organization was not found.', 'Check the id.');
      }
      return HttpResponse.json({
        data: {
          viewerCanCreateOrganization: isVendorAdministrator(),
          organization: {
            ...summary(organization),
            emailDomain: organization.emailDomain,
            createdAt: '2029-11-04T10:00:00.000Z',
            viewerCanManageProfessionals: isVendorAdministrator(),
            viewerCanSetAccountManager: isVendorAdministrator() && organization.kind !== 'VENDOR',
            accountManager: accountManagerOf(organization.id),
            administrators: [
              {
                __typename: 'Professional',
                id: `administrator-of-${organization.id}`,
                displayName: `Admin of ${organization.name}`,
                email: `admin@${organization.emailDomain ?? 'example.com'}`,
              },
            ],
            partners: partnersOf(organization.id).map(summary),
            customers: customersOf(organization.id).map(summary),
          },
        },
      });
    }),
    graphql.query(AccountManagerPanel_VendorDocument, () => {
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
                  kind: viewer.organization.kind,
                },
              }
            : null,
        },
      });
    }),
    graphql.query(AccountManagerPanel_CandidatesDocument, ({ variables }) => {
      if (!isVendorStaff() || variables.vendorId !== VENDOR_ORGANIZATION.id) return forbidden();
      // Like the server: at most `first`, whose name or e-mail contains `search`.
      const search = variables.search?.toLowerCase() ?? '';
      state.candidateSearches.push(variables.search ?? null);
      const matching = vendorStaff.filter(
        (person) =>
          person.displayName.toLowerCase().includes(search) ||
          person.email.toLowerCase().includes(search),
      );
      return HttpResponse.json({
        data: {
          professionals: {
            __typename: 'ProfessionalConnection',
            totalCount: matching.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: matching.length > variables.first },
            edges: matching.slice(0, variables.first).map((person) => ({
              __typename: 'ProfessionalEdge',
              node: {
                __typename: 'Professional',
                id: person.id,
                displayName: person.displayName,
                jobTitle: person.jobTitle,
                status: person.status,
              },
            })),
          },
        },
      });
    }),
    graphql.mutation(AccountManagerPanel_SetDocument, ({ variables }) => {
      const organizationId = String(variables.organizationId);
      const professionalId = variables.professionalId ? String(variables.professionalId) : null;
      state.accountManagerChanges.push({ organizationId, professionalId });
      const refusal =
        state.refuseSetAccountManagerWith ?? (isVendorAdministrator() ? null : FORBIDDEN_PAYLOAD);
      if (refusal) {
        state.refuseSetAccountManagerWith = null;
        return HttpResponse.json({
          data: {
            setAccountManager: {
              __typename: 'SetAccountManagerPayload',
              organization: null,
              error: { __typename: 'UserError', ...refusal },
            },
          },
        });
      }
      if (professionalId) state.accountManagers.set(organizationId, professionalId);
      else state.accountManagers.delete(organizationId);
      return HttpResponse.json({
        data: {
          setAccountManager: {
            __typename: 'SetAccountManagerPayload',
            organization: {
              __typename: 'Organization',
              id: organizationId,
              accountManager: accountManagerOf(organizationId),
            },
            error: null,
          },
        },
      });
    }),
    graphql.mutation(CreateOrganizationDialog_CreateDocument, ({ variables }) => {
      if (!isVendorAdministrator()) return forbidden();
      const { input } = variables;
      state.created.push(input);
      const refusal = state.refuseCreateWith;
      if (refusal) {
        state.refuseCreateWith = null;
        return HttpResponse.json({
          data: {
            createOrganization: {
              __typename: 'CreateOrganizationPayload',
              organization: null,
              error: { __typename: 'UserError', ...refusal },
            },
          },
        });
      }
      const organization: FakeOrganization = {
        id: `organization-${input.accountNumber.toLowerCase()}`,
        name: input.name,
        kind: input.kind,
        accountNumber: input.accountNumber.toUpperCase(),
        region: input.region,
        emailDomain: input.emailDomain ?? null,
      };
      state.organizations.push(organization);
      if (input.servedByPartnerId) {
        const partnerId = String(input.servedByPartnerId);
        state.links.push({ partnerId, customerId: organization.id });
      }
      return HttpResponse.json({
        data: {
          createOrganization: {
            __typename: 'CreateOrganizationPayload',
            organization: summary(organization),
            error: null,
          },
        },
      });
    }),
    graphql.mutation(PartnerLinks_LinkDocument, ({ variables }) => {
      if (!isVendorAdministrator()) return forbidden();
      const refusal = state.refuseLinkWith;
      if (refusal) {
        return HttpResponse.json({
          data: {
            linkPartnerToCustomer: {
              __typename: 'PartnerLinkPayload',
              customer: null,
              error: { __typename: 'UserError', field: null, ...refusal },
            },
          },
        });
      }
      const [partnerId, customerId] = [String(variables.partnerId), String(variables.customerId)];
      state.linked.push({ partnerId, customerId });
      if (!state.links.some((l) => l.partnerId === partnerId && l.customerId === customerId)) {
        state.links.push({ partnerId, customerId });
      }
      return HttpResponse.json({
        data: {
          linkPartnerToCustomer: {
            __typename: 'PartnerLinkPayload',
            customer: customerPayload(customerId),
            error: null,
          },
        },
      });
    }),
    graphql.mutation(PartnerLinks_UnlinkDocument, ({ variables }) => {
      if (!isVendorAdministrator()) return forbidden();
      const [partnerId, customerId] = [String(variables.partnerId), String(variables.customerId)];
      state.unlinked.push({ partnerId, customerId });
      state.links = state.links.filter(
        (link) => !(link.partnerId === partnerId && link.customerId === customerId),
      );
      return HttpResponse.json({
        data: {
          unlinkPartnerFromCustomer: {
            __typename: 'PartnerLinkPayload',
            customer: customerPayload(customerId),
            error: null,
          },
        },
      });
    }),
  );

  return state;
}

const FORBIDDEN_PAYLOAD = {
  code: 'FORBIDDEN' as const,
  message: 'You are not allowed to do that.',
  hint: 'Ask an administrator of the organization to do it, or to give you the Administrator role.',
  field: null,
};

/** An error thrown by the server (not a payload error), as formatError sends it. */
function thrownError<Result extends DefaultBodyType>(
  code: ErrorCode,
  message: string,
  hint: string,
): HttpResponse<GraphQLResponseBody<Result>> {
  return HttpResponse.json({ data: null, errors: [{ message, extensions: { code, hint } }] });
}

/** `count` customers named "Customer 01"… for paging tests. */
export function manyCustomers(count: number): FakeOrganization[] {
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(2, '0');
    return {
      id: `organization-customer-${number}`,
      name: `Customer ${number}`,
      kind: 'CUSTOMER' as const,
      accountNumber: `C-${number}`,
      region: 'EMEA' as const,
      emailDomain: null,
    };
  });
}
