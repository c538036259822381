import { randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import { displayName, normalizeEmail, type Actor } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { hashToken, newOpaqueToken } from '../../platform/auth/opaque-token';
import { DomainError } from '../../platform/graphql/domain-error';
import { enqueueEmail } from '../../platform/mail/outbox';
import type { RateLimiter, RateLimitSettings } from '../../platform/http/rate-limiter';
import type { AuditRecorder } from '../audit/audit-recorder';
import { requireActor } from '../organization/organization-access';
import { OrganizationEntity } from '../organization/organization.entity';
import { ProfessionalEntity } from '../professional/professional.entity';
import {
  findManageableProfessional,
  organizationIdOfProfessional,
} from '../professional/professional-access';
import { InvitationEntity } from './invitation.entity';
import { invitationEmail } from './invitation-email';

export interface InvitationSettings {
  publicUrl: string;
  invitationTtlDays: number;
  supportEmail: string;
}

/**
 * Issues invitation links: a new one voids the one before, and its e-mail goes through the
 * outbox in the same transaction, so a rolled-back change sends nothing.
 */
export class InvitationSender {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly audit: AuditRecorder,
    private readonly settings: InvitationSettings,
    private readonly limiter: RateLimiter,
    private readonly limits: RateLimitSettings['sendInvitation'],
  ) {}

  /**
   * Inside the caller's transaction (creating a professional, approving an access request).
   * RATE_LIMITED, changing nothing, once this person or this sender has had their share.
   */
  async issue(
    manager: EntityManager,
    professional: ProfessionalEntity,
    invitedByProfessionalId: string | null,
    action: 'INVITATION_SENT' | 'INVITATION_RESENT' = 'INVITATION_SENT',
  ): Promise<InvitationEntity> {
    await this.countInvitationEmail(manager, professional, invitedByProfessionalId);
    const now = this.clock.now();
    await manager.update(
      InvitationEntity,
      {
        professionalId: professional.id,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
        supersededAt: IsNull(),
      },
      { supersededAt: now },
    );
    const token = newOpaqueToken();
    const invitation = manager.create(InvitationEntity, {
      id: randomUUID(),
      professionalId: professional.id,
      organizationId: professional.organizationId,
      emailNormalized: normalizeEmail(professional.email),
      tokenHash: hashToken(token),
      invitedByProfessionalId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.settings.invitationTtlDays * 86_400_000),
      acceptedAt: null,
      revokedAt: null,
      supersededAt: null,
    });
    await manager.insert(InvitationEntity, invitation);

    const organization = await manager.findOneByOrFail(OrganizationEntity, {
      id: professional.organizationId,
    });
    const inviter = invitedByProfessionalId
      ? await manager.findOneBy(ProfessionalEntity, { id: invitedByProfessionalId })
      : null;
    const email = invitationEmail({
      to: professional.email,
      firstName: professional.firstName,
      organizationName: organization.name,
      inviterName: inviter ? displayName(inviter) : null,
      // Always the configured address: a Host header is the client's to forge.
      link: `${this.settings.publicUrl}/invitations/${token}`,
      expiresAt: invitation.expiresAt,
      supportEmail: this.settings.supportEmail,
    });
    await enqueueEmail(manager, { ...email, replyTo: inviter?.email }, now);
    await this.audit.record(manager, {
      organizationId: professional.organizationId,
      action,
      actor: invitedByProfessionalId,
      target: professional,
      details: { expiresAt: invitation.expiresAt.toISOString() },
    });
    return invitation;
  }

  /** A new link for someone still invited; the earlier link stops working. */
  async resend(actor: Actor | null, professionalId: string): Promise<ProfessionalEntity> {
    const signedIn = requireActor(actor);
    const organizationId = await organizationIdOfProfessional(this.db.manager, professionalId);
    return this.db.write([organizationId], async (manager) => {
      const { professional } = await findManageableProfessional(manager, signedIn, professionalId);
      if (professional.status === 'DISABLED') {
        throw new DomainError(
          'NOT_INVITED',
          `${displayName(professional)}’s access is disabled, so no invitation can be sent.`,
          {
            hint: 'Re-activate them first: someone who never joined comes back as invited, and can then be sent an invitation.',
          },
        );
      }
      if (professional.status !== 'INVITED') {
        throw new DomainError(
          'NOT_INVITED',
          `${displayName(professional)} has already joined; there is no invitation to re-send.`,
          { hint: 'They can sign in with their e-mail and password.' },
        );
      }
      await this.issue(manager, professional, signedIn.professionalId, 'INVITATION_RESENT');
      return professional;
    });
  }

  /** Voids the pending link. The professional stays, invited, until someone re-sends or deletes. */
  async revoke(actor: Actor | null, professionalId: string): Promise<ProfessionalEntity> {
    const signedIn = requireActor(actor);
    const organizationId = await organizationIdOfProfessional(this.db.manager, professionalId);
    return this.db.write([organizationId], async (manager) => {
      const { professional } = await findManageableProfessional(manager, signedIn, professionalId);
      if (!(await this.voidPending(manager, professional, signedIn.professionalId))) {
        throw new DomainError(
          'NOT_INVITED',
          `${displayName(professional)} has no pending invitation.`,
          {
            hint: 'Nothing to revoke. Re-send an invitation if they still need one.',
          },
        );
      }
      return professional;
    });
  }

  /**
   * Inside the caller's transaction: the pending link stops working, and the log says why when
   * a change made it void (the link went to an address that is no longer theirs, or their
   * access was disabled). False when there was no pending link.
   */
  async voidPending(
    manager: EntityManager,
    professional: ProfessionalEntity,
    actorProfessionalId: string,
    reason?: string,
  ): Promise<boolean> {
    const result = await manager.update(
      InvitationEntity,
      {
        professionalId: professional.id,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
        supersededAt: IsNull(),
      },
      { revokedAt: this.clock.now() },
    );
    if (!result.affected) return false;
    await this.audit.record(manager, {
      organizationId: professional.organizationId,
      action: 'INVITATION_REVOKED',
      actor: actorProfessionalId,
      target: professional,
      details: reason ? { reason } : undefined,
    });
    return true;
  }

  /** The newest invitation of a professional, whatever its state (for the dashboard). */
  latestFor(professionalId: string): Promise<InvitationEntity | null> {
    return this.db.manager.findOne(InvitationEntity, {
      where: { professionalId },
      order: { createdAt: 'DESC' },
    });
  }

  /**
   * Every invitation e-mail is issued here, whichever mutation asked for it (adding a
   * professional, re-sending, approving a request), so this is where an administrator is kept
   * from flooding one inbox, or many. Counted after the checks that refuse a mutation and in its
   * transaction, so only e-mails that are sent use up the allowance: a change that rolls back
   * after counting counts nothing, on every server sharing the database. The person is counted per organization (the
   * profile's e-mail, not its id, so deleting and re-adding them does not start afresh): one
   * organization using up the allowance must not stop another from inviting the same person.
   */
  private countInvitationEmail(
    manager: EntityManager,
    professional: ProfessionalEntity,
    invitedByProfessionalId: string | null,
  ): Promise<void> {
    return this.limiter.consumeWithin(manager, [
      {
        key: `invitation:recipient:${professional.organizationId}:${professional.emailNormalized}`,
        rule: this.limits.perRecipient,
      },
      ...(invitedByProfessionalId
        ? [{ key: `invitation:sender:${invitedByProfessionalId}`, rule: this.limits.perSender }]
        : []),
    ]);
  }
}
