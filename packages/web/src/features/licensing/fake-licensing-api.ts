import { maskRegistrationKey } from '@foyer/shared';
import { graphql, HttpResponse } from 'msw';
import {
  AppLayout_OrganizationsDocument,
  LicenseDialog_AddDocument,
  LicenseDialog_UpdateDocument,
  LicensesPage_OrganizationDocument,
  LicensesPage_RemoveDocument,
  RevealKeyDialog_RevealDocument,
  type AddLicenseInput,
  type UpdateLicenseInput,
} from '../../gql/graphql';
import { server } from '../../test/msw-server';
import type { ListedLicense } from './licenses-page';

export const NORTHWIND_ID = 'organization-northwind';

export interface FakeLicense extends ListedLicense {
  registrationKey: string;
}

export function fakeLicense(
  overrides: Partial<FakeLicense> & Pick<FakeLicense, 'id' | 'product' | 'registrationKey'>,
): FakeLicense {
  return {
    __typename: 'License',
    edition: 'Enterprise',
    seats: 120,
    servicePlan: 'Premier Support',
    startsOn: '2030-01-01',
    endsOn: '2030-12-31',
    planStatus: 'ACTIVE',
    daysLeft: 200,
    registrationKeyMasked: maskRegistrationKey(overrides.registrationKey),
    viewerCanRevealRegistrationKey: true,
    ...overrides,
  };
}

export const DEFAULT_LICENSES: FakeLicense[] = [
  fakeLicense({
    id: 'license-ledger',
    product: 'ledger',
    registrationKey: 'NWL5-ACME-7Q4K-29XD-M3PV',
  }),
  fakeLicense({
    id: 'license-beacon',
    product: 'beacon',
    edition: 'Standard',
    seats: 25,
    servicePlan: 'Standard Support',
    endsOn: '2030-05-22',
    planStatus: 'EXPIRING_SOON',
    daysLeft: 12,
    registrationKey: 'NWB2-GLBX-8MKR-4TQH-J6WD',
  }),
  fakeLicense({
    id: 'license-dispatch',
    product: 'dispatch',
    servicePlan: 'Standard Support',
    startsOn: '2028-01-01',
    endsOn: '2030-04-01',
    planStatus: 'EXPIRED',
    daysLeft: null,
    registrationKey: 'NWD3-ACME-K8R2-5TZL-Q9WB',
  }),
];

export interface FakeLicensingOptions {
  licenses?: FakeLicense[];
  canManage?: boolean;
  canReveal?: boolean;
  /** The first addLicense answers with this error. */
  addError?: {
    code: 'LICENSE_EXISTS' | 'VALIDATION_FAILED';
    message: string;
    hint: string;
    field: string;
  } | null;
  /** The signed-in viewer's organization; by default the one whose licences these are. */
  viewerOrganization?: { id: string; name: string };
}

/** Northwind's licences in memory; every mutation's variables are recorded. */
export function installFakeLicensingApi({
  licenses = DEFAULT_LICENSES,
  canManage = false,
  canReveal = true,
  addError = null,
  viewerOrganization = { id: NORTHWIND_ID, name: 'Northwind Traders' },
}: FakeLicensingOptions = {}) {
  const state = {
    licenses: licenses.map((l) => ({ ...l, viewerCanRevealRegistrationKey: canReveal })),
    reveals: [] as string[],
    added: [] as AddLicenseInput[],
    updated: [] as UpdateLicenseInput[],
    removed: [] as string[],
    pendingAddError: addError,
  };
  const listed = () => state.licenses.map(({ registrationKey: _key, ...license }) => license);
  server.use(
    // Vendor staff's organization picker; this page does not need its choices.
    graphql.query(AppLayout_OrganizationsDocument, () =>
      HttpResponse.json({
        data: {
          organizations: {
            __typename: 'OrganizationConnection',
            totalCount: 0,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false },
            edges: [],
          },
        },
      }),
    ),
    graphql.query(LicensesPage_OrganizationDocument, () =>
      HttpResponse.json({
        data: {
          viewer: {
            __typename: 'Professional',
            id: 'professional-viewer',
            organization: { __typename: 'Organization', ...viewerOrganization },
          },
          organization: {
            __typename: 'Organization',
            id: NORTHWIND_ID,
            name: 'Northwind Traders',
            kind: 'CUSTOMER',
            viewerCanManageLicenses: canManage,
            licenses: listed(),
          },
        },
      }),
    ),
    graphql.mutation(RevealKeyDialog_RevealDocument, ({ variables }) => {
      state.reveals.push(String(variables.licenseId));
      const license = state.licenses.find((l) => l.id === String(variables.licenseId));
      return HttpResponse.json({
        data: {
          revealRegistrationKey: {
            __typename: 'RevealRegistrationKeyPayload',
            registrationKey: license?.registrationKey ?? null,
            error: null,
          },
        },
      });
    }),
    graphql.mutation(LicenseDialog_AddDocument, ({ variables }) => {
      state.added.push(variables.input);
      if (state.pendingAddError) {
        const error = { __typename: 'UserError' as const, ...state.pendingAddError };
        state.pendingAddError = null;
        return HttpResponse.json({
          data: { addLicense: { __typename: 'AddLicensePayload', license: null, error } },
        });
      }
      const { input } = variables;
      const license = fakeLicense({
        id: `license-${input.product}`,
        product: input.product,
        edition: input.edition,
        seats: input.seats,
        servicePlan: input.servicePlan ?? null,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        registrationKey: input.registrationKey ?? 'ABCD-EFGH-JKLM-NPQR-STUV',
      });
      state.licenses.push(license);
      return HttpResponse.json({
        data: {
          addLicense: {
            __typename: 'AddLicensePayload',
            license: { __typename: 'License', id: license.id, product: license.product },
            error: null,
          },
        },
      });
    }),
    graphql.mutation(LicenseDialog_UpdateDocument, ({ variables }) => {
      state.updated.push(variables.input);
      const license = state.licenses.find((l) => l.id === String(variables.input.id))!;
      Object.assign(license, {
        edition: variables.input.edition ?? license.edition,
        seats: variables.input.seats ?? license.seats,
      });
      const { registrationKey: _key, viewerCanRevealRegistrationKey: _can, ...shown } = license;
      return HttpResponse.json({
        data: {
          updateLicense: { __typename: 'UpdateLicensePayload', license: shown, error: null },
        },
      });
    }),
    graphql.mutation(LicensesPage_RemoveDocument, ({ variables }) => {
      state.removed.push(String(variables.id));
      state.licenses = state.licenses.filter((l) => l.id !== String(variables.id));
      return HttpResponse.json({
        data: {
          removeLicense: {
            __typename: 'RemoveLicensePayload',
            removedLicenseId: String(variables.id),
            error: null,
          },
        },
      });
    }),
  );
  return state;
}
