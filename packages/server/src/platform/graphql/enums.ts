import { registerEnumType } from 'type-graphql';
import { ACCESS_REQUEST_STATUSES, AUDIT_ACTIONS, INVITATION_STATUSES, ORGANIZATION_KINDS, PROFESSIONAL_STATUSES, REGIONS, ROLES } from '@foyer/shared';

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

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(ProfessionalStatusEnum, { name: 'ProfessionalStatus' });
registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });
registerEnumType(RegionEnum, { name: 'Region' });
registerEnumType(AuditActionEnum, { name: 'AuditAction' });
registerEnumType(AccessRequestStatusEnum, { name: 'AccessRequestStatus' });
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });
registerEnumType(OrderDirectionEnum, { name: 'OrderDirection' });
