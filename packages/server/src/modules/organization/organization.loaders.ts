import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { PartnerLinkEntity } from './partner-link.entity';

/** Per-request batching of organization lookups, so a list costs a fixed number of queries. */
export function createOrganizationLoaders(manager: EntityManager) {
  const organizationById = new DataLoader<string, OrganizationEntity | null>(async (ids) => {
    const rows = await manager.findBy(OrganizationEntity, { id: In([...ids]) });
    const byId = new Map(rows.map((o) => [o.id, o]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const linked = (from: 'partnerId' | 'customerId', to: 'partnerId' | 'customerId') =>
    new DataLoader<string, OrganizationEntity[]>(async (ids) => {
      const links = await manager.findBy(PartnerLinkEntity, { [from]: In([...ids]) });
      const organizations = await organizationById.loadMany(links.map((l) => l[to]));
      const result = new Map<string, OrganizationEntity[]>(ids.map((id) => [id, []]));
      links.forEach((link, index) => {
        const organization = organizations[index];
        if (organization && !(organization instanceof Error))
          result.get(link[from])?.push(organization);
      });
      return ids.map((id) => (result.get(id) ?? []).sort((a, b) => a.name.localeCompare(b.name)));
    });

  return {
    organizationById,
    customersByPartnerId: linked('partnerId', 'customerId'),
    partnersByCustomerId: linked('customerId', 'partnerId'),
  };
}

export type OrganizationLoaders = ReturnType<typeof createOrganizationLoaders>;
