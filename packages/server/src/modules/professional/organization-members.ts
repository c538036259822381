import type { EntityManager } from 'typeorm';
import type { MemberState, Role } from '@foyer/shared';
import { ProfessionalEntity } from './professional.entity';
import { ProfessionalRoleEntity } from './professional-role.entity';

/** Everyone in an organization with their roles: what the shared role rules judge. */
export async function loadMembers(
  manager: EntityManager,
  organizationId: string,
): Promise<MemberState[]> {
  const [professionals, roles] = await Promise.all([
    manager.find(ProfessionalEntity, {
      where: { organizationId },
      select: { id: true, firstName: true, lastName: true, status: true },
    }),
    manager.find(ProfessionalRoleEntity, { where: { organizationId } }),
  ]);
  const rolesById = new Map<string, Role[]>();
  for (const { professionalId, role } of roles) {
    rolesById.set(professionalId, [...(rolesById.get(professionalId) ?? []), role]);
  }
  return professionals.map((p) => ({
    id: p.id,
    firstName: p.firstName,
    lastName: p.lastName,
    status: p.status,
    roles: rolesById.get(p.id) ?? [],
  }));
}

export async function rolesOf(manager: EntityManager, professionalId: string): Promise<Role[]> {
  const rows = await manager.find(ProfessionalRoleEntity, { where: { professionalId } });
  return rows.map((r) => r.role);
}
