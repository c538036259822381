import {
  displayName,
  holderOf,
  whyCannotRevokeAdministrator,
  whyCannotTransferRole,
  type Actor,
  type Role,
} from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import type { AuditRecorder } from '../audit/audit-recorder';
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
    private readonly audit: AuditRecorder,
  ) {}

  /**
   * Hands a mandatory contact role from its holder to `toProfessionalId` in one step, or grants
   * ADMINISTRATOR (which many may hold).
   */
  async transferRole(
    actor: Actor | null,
    role: Role,
    toProfessionalId: string,
  ): Promise<RoleTransfer> {
    const signedIn = requireActor(actor);
    const organizationId = await organizationIdOfProfessional(this.db.manager, toProfessionalId);
    return this.db.write([organizationId], async (manager) => {
      const { professional } = await findManageableProfessional(
        manager,
        signedIn,
        toProfessionalId,
      );
      const members = await loadMembers(manager, professional.organizationId);
      assertNoViolations(whyCannotTransferRole(members, role, professional.id));
      const holder = role === 'ADMINISTRATOR' ? undefined : holderOf(members, role);
      if (holder) {
        await manager.delete(ProfessionalRoleEntity, {
          organizationId: professional.organizationId,
          role,
        });
      }
      await grantRoles(manager, professional, [role]);
      await assertOrganizationInvariants(manager, professional.organizationId);
      const now = this.clock.now();
      const touched = holder ? [professional.id, holder.id] : [professional.id];
      await manager.update(ProfessionalEntity, touched, { updatedAt: now });
      professional.updatedAt = now;
      const previousHolder = holder
        ? await manager.findOneByOrFail(ProfessionalEntity, { id: holder.id })
        : null;
      await this.audit.record(manager, {
        organizationId: professional.organizationId,
        action: previousHolder ? 'ROLE_HANDED_OVER' : 'ROLE_GRANTED',
        actor: signedIn.professionalId,
        target: professional,
        details: previousHolder
          ? { role, holder: { from: partyLabel(previousHolder), to: partyLabel(professional) } }
          : { role },
      });
      return { professional, previousHolder };
    });
  }

  async revokeAdministrator(
    actor: Actor | null,
    professionalId: string,
  ): Promise<ProfessionalEntity> {
    const signedIn = requireActor(actor);
    const organizationId = await organizationIdOfProfessional(this.db.manager, professionalId);
    return this.db.write([organizationId], async (manager) => {
      const { professional } = await findManageableProfessional(manager, signedIn, professionalId);
      const members = await loadMembers(manager, professional.organizationId);
      assertNoViolations(whyCannotRevokeAdministrator(members, professional.id));
      await manager.delete(ProfessionalRoleEntity, {
        professionalId: professional.id,
        role: 'ADMINISTRATOR',
      });
      await assertOrganizationInvariants(manager, professional.organizationId);
      professional.updatedAt = this.clock.now();
      await manager.update(ProfessionalEntity, professional.id, {
        updatedAt: professional.updatedAt,
      });
      await this.audit.record(manager, {
        organizationId: professional.organizationId,
        action: 'ROLE_REVOKED',
        actor: signedIn.professionalId,
        target: professional,
        details: { role: 'ADMINISTRATOR' },
      });
      return professional;
    });
  }
}

function partyLabel(professional: ProfessionalEntity): string {
  return `${displayName(professional)} <${professional.email}>`;
}
