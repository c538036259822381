import type { EntityManager } from 'typeorm';
import { can, isoDay, type Actor } from '@foyer/shared';
import { notFound } from '../../platform/graphql/domain-error';
import { OrganizationEntity } from '../organization/organization.entity';
import { LicenseEntity } from './license.entity';

/**
 * A licence with its organization, for someone who may see the organization's licences. Any
 * other licence is NOT_FOUND, exactly like one that does not exist.
 */
export async function findLicenseFor(
  manager: EntityManager,
  actor: Actor | null,
  licenseId: string,
): Promise<{ license: LicenseEntity; organization: OrganizationEntity }> {
  const license = await manager.findOneBy(LicenseEntity, { id: licenseId });
  const organization = license
    ? await manager.findOneBy(OrganizationEntity, { id: license.organizationId })
    : null;
  if (
    !license ||
    !organization ||
    !can(actor, 'viewOrganization', organization) ||
    !can(actor, 'viewLicenses', organization)
  ) {
    throw notFound('Licence');
  }
  return { license: withDays(license), organization };
}

/** Dates as ISO days whatever the driver hands back. */
export function withDays(license: LicenseEntity): LicenseEntity {
  license.startsOn = dayOf(license.startsOn);
  license.endsOn = dayOf(license.endsOn);
  return license;
}

function dayOf(value: string | Date): string {
  return value instanceof Date ? isoDay(value) : String(value).slice(0, 10);
}
