import { IsNull, type EntityManager } from 'typeorm';
import { displayName, MIN_PASSWORD_LENGTH } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import type { PasswordHasher } from '../../platform/auth/password-hasher';
import { hashToken } from '../../platform/auth/opaque-token';
import { DomainError } from '../../platform/graphql/domain-error';
import { isUniqueViolation } from '../../platform/db/unique-violation';
import type { AuditRecorder } from '../audit/audit-recorder';
import { AccountEntity } from '../auth/account.entity';
import type { AccountService } from '../auth/account.service';
import type { SessionService, SignedInSession } from '../auth/session.service';
import { OrganizationEntity } from '../organization/organization.entity';
import { ProfessionalEntity } from '../professional/professional.entity';
import { ProfessionalRoleEntity } from '../professional/professional-role.entity';
import { InvitationEntity, invitationStatus } from './invitation.entity';

export interface InvitationPreview {
  invitation: InvitationEntity;
  professional: ProfessionalEntity;
  organization: OrganizationEntity;
  invitedBy: ProfessionalEntity | null;
  /** Whether this e-mail already has a Foyer sign-in (then its password is asked, not a new one). */
  accountExists: boolean;
}

export interface Acceptance {
  professional: ProfessionalEntity;
  token: string;
  expiresAt: Date;
}

/**
 * Following an invitation link: looking at it (which does not use it up, since mail scanners
 * open links) and accepting it, which activates the professional, associates the sign-in and
 * signs the person in, all in one transaction.
 */
export class InvitationAcceptance {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly audit: AuditRecorder,
  ) {}

  async preview(token: string): Promise<InvitationPreview> {
    const manager = this.db.manager;
    const invitation = await manager.findOneBy(InvitationEntity, { tokenHash: hashToken(token) });
    if (!invitation) throw await this.invalid(manager, null);
    if (invitationStatus(invitation, this.clock.now()) !== 'PENDING')
      throw await this.invalid(manager, invitation.organizationId);
    const [professional, organization, invitedBy, account] = await Promise.all([
      manager.findOneByOrFail(ProfessionalEntity, { id: invitation.professionalId }),
      manager.findOneByOrFail(OrganizationEntity, { id: invitation.organizationId }),
      invitation.invitedByProfessionalId
        ? manager.findOneBy(ProfessionalEntity, { id: invitation.invitedByProfessionalId })
        : null,
      manager.findOneBy(AccountEntity, { emailNormalized: invitation.emailNormalized }),
    ]);
    if (!stillInvites(invitation, professional))
      throw await this.invalid(manager, invitation.organizationId);
    return { invitation, professional, organization, invitedBy, accountExists: Boolean(account) };
  }

  /**
   * With `session`, the signed-in person takes the invitation if it was sent to their e-mail.
   * Without, `password` creates the sign-in for the invited e-mail, or must be the password of
   * the sign-in that e-mail already has.
   */
  async accept(
    token: string,
    password: string | null,
    session: SignedInSession | null,
  ): Promise<Acceptance> {
    const tokenHash = hashToken(token);
    const found = await this.db.manager.findOne(InvitationEntity, {
      where: { tokenHash },
      select: { organizationId: true },
    });
    if (!found) throw await this.invalid(this.db.manager, null);
    // Hashed before taking the lock: argon2 is the slow part and needs nothing from the database.
    const newPasswordHash =
      !session && password && password.length >= MIN_PASSWORD_LENGTH
        ? await this.hasher.hash(password)
        : null;

    const attempt = () =>
      this.acceptLocked(found.organizationId, tokenHash, password, newPasswordHash, session);
    // Two first acceptances for one e-mail into two organizations hold two different locks, so
    // both can find no sign-in and both create it; the unique index stops the later one, whose
    // change is rolled back whole. Run again, it finds the sign-in the other one made and goes
    // on as for anyone who already has one: with that sign-in's password.
    const accepted = await attempt().catch((error: unknown) => {
      if (!isUniqueViolation(error, 'account', 'email_normalized')) throw error;
      return attempt();
    });
    if (session) await this.sessions.revoke(session.sessionId);
    return accepted;
  }

  /** One acceptance, as one transaction holding the organization's write lock. */
  private acceptLocked(
    organizationId: string,
    tokenHash: string,
    password: string | null,
    newPasswordHash: string | null,
    session: SignedInSession | null,
  ): Promise<Acceptance> {
    return this.db.write([organizationId], async (manager) => {
      const invitation = await manager.findOneByOrFail(InvitationEntity, { tokenHash });
      const now = this.clock.now();
      if (invitationStatus(invitation, now) !== 'PENDING')
        throw await this.invalid(manager, invitation.organizationId);
      const professional = await manager.findOneByOrFail(ProfessionalEntity, {
        id: invitation.professionalId,
      });
      if (!stillInvites(invitation, professional))
        throw await this.invalid(manager, invitation.organizationId);
      let account = await manager.findOneBy(AccountEntity, {
        emailNormalized: invitation.emailNormalized,
      });

      if (session) {
        if (!account || account.id !== session.accountId) {
          throw new DomainError(
            'INVITATION_EMAIL_MISMATCH',
            `This invitation was sent to ${professional.email}, not to the address you are signed in with.`,
            {
              hint: `Sign out, then open the link again and sign in as ${professional.email}.`,
            },
          );
        }
      } else if (account) {
        if (!password || !(await this.hasher.verify(account.passwordHash, password))) {
          throw new DomainError(
            'INVALID_CREDENTIALS',
            `${professional.email} already has a Foyer sign-in: enter its password.`,
            {
              field: 'password',
              hint: 'Use the password you sign in to Foyer with. Forgot it? Your company’s administrators can help.',
            },
          );
        }
      } else {
        if (!newPasswordHash) {
          throw new DomainError(
            'PASSWORD_TOO_WEAK',
            `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`,
            {
              field: 'password',
              hint: 'A few unrelated words make a strong password that is easy to remember.',
            },
          );
        }
        account = await this.accounts.create(manager, professional.email, newPasswordHash, now);
      }

      // The conditional update is the single point where one of many concurrent accepts wins.
      const claimed = await manager.update(
        InvitationEntity,
        { id: invitation.id, acceptedAt: IsNull(), revokedAt: IsNull(), supersededAt: IsNull() },
        { acceptedAt: now },
      );
      if (claimed.affected !== 1) throw await this.invalid(manager, invitation.organizationId);

      await manager.update(ProfessionalEntity, professional.id, {
        accountId: account.id,
        status: 'ACTIVE',
        lastSignInAt: now,
        updatedAt: now,
      });
      Object.assign(professional, {
        accountId: account.id,
        status: 'ACTIVE',
        lastSignInAt: now,
        updatedAt: now,
      });
      await this.audit.record(manager, {
        organizationId: professional.organizationId,
        action: 'INVITATION_ACCEPTED',
        actor: {
          id: professional.id,
          label: `${displayName(professional)} <${professional.email}>`,
        },
        target: professional,
      });
      const opened = await this.sessions.open(manager, account.id, professional.id);
      return { professional, ...opened };
    });
  }

  /**
   * Expired, revoked, used and unknown links all get this one answer, naming who can help:
   * the organization's administrators when the link was real. Inside a transaction it must be
   * given that transaction's manager: on PostgreSQL another pool connection may never come free
   * while concurrent accepts hold them all waiting for this transaction's lock.
   */
  private async invalid(
    manager: EntityManager,
    organizationId: string | null,
  ): Promise<DomainError> {
    let helpers = 'your company’s administrators';
    if (organizationId) {
      const admins = await manager
        .createQueryBuilder(ProfessionalEntity, 'p')
        .innerJoin(
          ProfessionalRoleEntity,
          'r',
          "r.professional_id = p.id AND r.role = 'ADMINISTRATOR'",
        )
        .where('p.organization_id = :organizationId', { organizationId })
        .andWhere("p.status <> 'DISABLED'")
        .orderBy('p.sort_name')
        .getMany();
      const organization = await manager.findOneBy(OrganizationEntity, { id: organizationId });
      if (admins.length > 0 && organization) {
        helpers = `${organization.name}’s administrators (${admins.map((a) => `${displayName(a)}, ${a.email}`).join('; ')})`;
      }
    }
    return new DomainError(
      'INVITATION_INVALID',
      'This invitation link is no longer valid: it has expired, was replaced by a newer one, was revoked, or has been used.',
      {
        hint: `Ask ${helpers} to send you a new invitation. If you already accepted it, sign in instead.`,
      },
    );
  }
}

/**
 * A link mailed before the professional's access was disabled, or to an address that is no
 * longer theirs, does not let anyone in. Such links are voided when that change is made; this
 * also covers the ones left pending before that rule existed.
 */
function stillInvites(invitation: InvitationEntity, professional: ProfessionalEntity): boolean {
  return (
    professional.status !== 'DISABLED' &&
    professional.emailNormalized === invitation.emailNormalized
  );
}
