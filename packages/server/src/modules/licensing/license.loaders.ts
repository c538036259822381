import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { withDays } from './license-access';
import { LicenseEntity } from './license.entity';

/** Per-request batching: a list of organizations asking for their licences costs one query. */
export function createLicenseLoaders(manager: EntityManager) {
  const licensesByOrganizationId = new DataLoader<string, LicenseEntity[]>(async (ids) => {
    const rows = await manager.find(LicenseEntity, {
      where: { organizationId: In([...ids]) },
      order: { product: 'ASC', id: 'ASC' },
    });
    const byOrganization = new Map<string, LicenseEntity[]>(ids.map((id) => [id, []]));
    for (const row of rows) byOrganization.get(row.organizationId)?.push(withDays(row));
    return ids.map((id) => byOrganization.get(id) ?? []);
  });
  return { licensesByOrganizationId };
}

export type LicenseLoaders = ReturnType<typeof createLicenseLoaders>;
