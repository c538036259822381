import { registerEnumType } from 'type-graphql';
import {
  ACCESS_REQUEST_STATUSES,
  AUDIT_ACTIONS,
  CONTENT_KINDS,
  CONTENT_VISIBILITIES,
  INVITATION_STATUSES,
  ORGANIZATION_KINDS,
  PROFESSIONAL_STATUSES,
  REGIONS,
  ROLES,
} from '@foyer/shared';

/** GraphQL enums built from the shared lists, so a new value is declared once. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const RoleEnum = enumOf(ROLES);
export const ProfessionalStatusEnum = enumOf(PROFESSIONAL_STATUSES);
export const OrganizationKindEnum = enumOf(ORGANIZATION_KINDS);
export const RegionEnum = enumOf(REGIONS);
export const AuditActionEnum = enumOf(AUDIT_ACTIONS);
export const AccessRequestStatusEnum = enumOf(ACCESS_REQUEST_STATUSES);
export const InvitationStatusEnum = enumOf(INVITATION_STATUSES);
export const OrderDirectionEnum = enumOf(['ASC', 'DESC'] as const);
export const ContentKindEnum = enumOf(CONTENT_KINDS);
export const ContentVisibilityEnum = enumOf(CONTENT_VISIBILITIES);

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(ProfessionalStatusEnum, { name: 'ProfessionalStatus' });
registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });
registerEnumType(RegionEnum, { name: 'Region' });
registerEnumType(AuditActionEnum, { name: 'AuditAction' });
registerEnumType(AccessRequestStatusEnum, { name: 'AccessRequestStatus' });
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });
registerEnumType(OrderDirectionEnum, { name: 'OrderDirection' });
registerEnumType(ContentKindEnum, {
  name: 'ContentKind',
  description: 'The kinds of content the search box finds.',
});
registerEnumType(ContentVisibilityEnum, {
  name: 'ContentVisibility',
  description: 'Who may open a published item; vendor staff read everything, drafts included.',
  valuesConfig: {
    ALL_CUSTOMERS: { description: 'Every signed-in reader.' },
    ENTITLED_PRODUCT: { description: 'Organizations holding a licence for the item’s product.' },
    ACTIVE_SERVICE_PLAN: {
      description:
        'Organizations whose service plan for the product is active today (any active plan when the item has no product).',
    },
    VENDOR_ONLY: { description: 'Vendor staff only.' },
    CHOSEN_AUDIENCE: {
      description:
        'The organizations the item names, and organizations licensed for a product it names (news only).',
    },
  },
});
