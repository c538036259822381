import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { isoDay } from '@foyer/shared';
import { OrganizationEntity } from '../modules/organization/organization.entity';
import { LicenseEntity } from '../modules/licensing/license.entity';
import { DEMO_LICENSES, DEMO_ORGANIZATIONS } from './demo-world.data';

const DAY_MS = 86_400_000;

/**
 * Inserts the demo licences an existing demo organization does not hold yet, dated from `now`;
 * a licence already there (even changed since) is left as it is, a deleted demo organization
 * gets none. Returns how many were added.
 */
export async function insertMissingDemoLicenses(
  manager: EntityManager,
  now: Date,
): Promise<number> {
  const day = (offset: number) => isoDay(new Date(now.getTime() + offset * DAY_MS));
  let added = 0;
  for (const license of DEMO_LICENSES) {
    const accountNumber = DEMO_ORGANIZATIONS.find(
      (o) => o.key === license.organizationKey,
    )?.accountNumber;
    const organization = accountNumber
      ? await manager.findOneBy(OrganizationEntity, { accountNumber })
      : null;
    if (!organization) continue;
    if (
      await manager.existsBy(LicenseEntity, {
        organizationId: organization.id,
        product: license.product,
      })
    )
      continue;
    await manager.insert(LicenseEntity, {
      id: randomUUID(),
      organizationId: organization.id,
      product: license.product,
      edition: license.edition,
      seats: license.seats,
      servicePlan: license.servicePlan,
      startsOn: day(license.startsInDays),
      endsOn: day(license.endsInDays),
      registrationKey: license.registrationKey,
      createdAt: now,
      updatedAt: now,
    });
    added += 1;
  }
  return added;
}
