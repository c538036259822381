import {
  holderOf,
  whyCannotRevokeAdministrator,
  whyCannotTransferRole,
  type Actor,
  type Role,
} from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { assertNoViolations } from '../../platform/graphql/domain-error';
import { requireActor } from '../organization/organization-access';
import { ProfessionalEntity } from './professional.entity';
import { ProfessionalRoleEntity } from './professional-role.entity';
import { loadMembers } from './organization-members';
import { findManageableProfessional, organizationIdOfProfessional } from './professional-access';
import { assertOrganizationInvariants, grantRoles } from './professional-writer';

export interface RoleTransfer {
  professional: ProfessionalEntity;
  /** Who held a mandatory contact role before; null when ADMINISTRATOR was granted. */
  previousHolder: ProfessionalEntity | null;
}

/** Granting, handing over and revoking roles: each one transaction under the organization's lock. */
export class RoleAssignmentService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /**
   * Hands a mandatory contact role from its holder to `toProfessionalId` in one step, or grants
   * ADMINISTRATOR (which many may hold).
   */
  async transferRole(actor: Actor | null, role: Role, toProfessionalId: string): Promise<RoleTransfer> {
    requireActor(actor);
    const organizationId = await organizationIdOfProfessional(this.db.manager, toProfessionalId);
    return this.db.write([organizationId], async (manager) => {
      const { professional } = await findManageableProfessional(manager, actor, toProfessionalId);
      const members = await loadMembers(manager, professional.organizationId);
      assertNoViolations(whyCannotTransferRole(members, role, professional.id));
      const holder = role === 'ADMINISTRATOR' ? undefined : holderOf(members, role);
      if (holder) {
        await manager.delete(ProfessionalRoleEntity, { organizationId: professional.organizationId, role });
      }
      await grantRoles(manager, professional, [role]);
      await assertOrganizationInvariants(manager, professional.organizationId);
      const now = this.clock.now();
      const touched = holder ? [professional.id, holder.id] : [professional.id];
      await manager.update(ProfessionalEntity, touched, { updatedAt: now });
      professional.updatedAt = now;
      const previousHolder = holder ? await manager.findOneByOrFail(ProfessionalEntity, { id: holder.id }) : null;
      return { professional, previousHolder };
    });
  }

  async revokeAdministrator(actor: Actor | null, professionalId: string): Promise<ProfessionalEntity> {
    requireActor(actor);
    const organizationId = await organizationIdOfProfessional(this.db.manager, professionalId);
    return this.db.write([organizationId], async (manager) => {
      const { professional } = await findManageableProfessional(manager, actor, professionalId);
      const members = await loadMembers(manager, professional.organizationId);
      assertNoViolations(whyCannotRevokeAdministrator(members, professional.id));
      await manager.delete(ProfessionalRoleEntity, { professionalId: professional.id, role: 'ADMINISTRATOR' });
      await assertOrganizationInvariants(manager, professional.organizationId);
      professional.updatedAt = this.clock.now();
      await manager.update(ProfessionalEntity, professional.id, { updatedAt: professional.updatedAt });
      return professional;
    });
  }

}
