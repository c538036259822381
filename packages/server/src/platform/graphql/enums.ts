import { registerEnumType } from 'type-graphql';
import { ORGANIZATION_KINDS, PROFESSIONAL_STATUSES, REGIONS, ROLES } from '@foyer/shared';

/** GraphQL enums built from the shared lists, so a new value is declared once. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const RoleEnum = enumOf(ROLES);
export const ProfessionalStatusEnum = enumOf(PROFESSIONAL_STATUSES);
export const OrganizationKindEnum = enumOf(ORGANIZATION_KINDS);
export const RegionEnum = enumOf(REGIONS);

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(ProfessionalStatusEnum, { name: 'ProfessionalStatus' });
registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });
registerEnumType(RegionEnum, { name: 'Region' });
