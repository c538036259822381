import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { ROLES, type Role } from '@foyer/shared';
import { ProfessionalEntity } from './professional.entity';
import { ProfessionalRoleEntity } from './professional-role.entity';

/** Per-request batching of roles and administrators, so a page of 50 costs what a page of 10 does. */
export function createProfessionalLoaders(manager: EntityManager) {
  const rolesByProfessionalId = new DataLoader<string, Role[]>(async (ids) => {
    const rows = await manager.findBy(ProfessionalRoleEntity, { professionalId: In([...ids]) });
    const byId = new Map<string, Role[]>(ids.map((id) => [id, []]));
    for (const row of rows) byId.get(row.professionalId)?.push(row.role);
    return ids.map((id) =>
      (byId.get(id) ?? []).sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b)),
    );
  });

  const administratorsByOrganizationId = new DataLoader<string, ProfessionalEntity[]>(
    async (ids) => {
      const rows = await manager
        .createQueryBuilder(ProfessionalEntity, 'p')
        .innerJoin(ProfessionalRoleEntity, 'r', 'r.professional_id = p.id AND r.role = :role', {
          role: 'ADMINISTRATOR',
        })
        .where('p.organization_id IN (:...ids)', { ids: [...ids] })
        // Whom to ask for help: someone whose access is disabled cannot answer.
        .andWhere("p.status <> 'DISABLED'")
        .orderBy('p.sort_name', 'ASC')
        .getMany();
      return ids.map((id) => rows.filter((p) => p.organizationId === id));
    },
  );

  const professionalById = new DataLoader<string, ProfessionalEntity | null>(async (ids) => {
    const rows = await manager.findBy(ProfessionalEntity, { id: In([...ids]) });
    const byId = new Map(rows.map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  return { rolesByProfessionalId, administratorsByOrganizationId, professionalById };
}

export type ProfessionalLoaders = ReturnType<typeof createProfessionalLoaders>;
