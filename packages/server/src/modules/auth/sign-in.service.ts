import { normalizeEmail } from '@foyer/shared';
import { In, Not } from 'typeorm';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import type { PasswordHasher } from '../../platform/auth/password-hasher';
import { DomainError } from '../../platform/graphql/domain-error';
import { ProfessionalEntity } from '../professional/professional.entity';
import { AccountEntity } from './account.entity';
import type { AuditRecorder } from '../audit/audit-recorder';
import type { SessionService } from './session.service';

export interface SignInResult {
  professional: ProfessionalEntity;
  token: string;
  expiresAt: Date;
}

/**
 * E-mail and password to a session. An unknown e-mail and a wrong password get the same
 * answer after the same argon2 work, so the answer does not tell which addresses exist.
 */
export class SignInService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditRecorder,
    private readonly supportAddress: string,
  ) {}

  async signIn(email: string, password: string): Promise<SignInResult> {
    const account = await this.db.manager.findOneBy(AccountEntity, {
      emailNormalized: normalizeEmail(email),
    });
    const passwordMatches = await this.hasher.verify(account?.passwordHash ?? null, password);
    if (!account) throw this.invalidCredentials();
    if (!passwordMatches) {
      await this.recordFailure(account.id, 'INVALID_CREDENTIALS');
      throw this.invalidCredentials();
    }

    const profiles = await this.db.manager.find(ProfessionalEntity, {
      where: { accountId: account.id, status: Not(In(['DISABLED'])) },
      order: { lastSignInAt: 'DESC' },
    });
    const professional = profiles.find((p) => p.status === 'ACTIVE') ?? profiles[0];
    if (!professional) {
      await this.recordFailure(account.id, 'ACCOUNT_DISABLED');
      throw new DomainError('ACCOUNT_DISABLED', 'Your access to Foyer has been disabled.', {
        hint: `Ask your company’s administrators or your account manager to restore it, or write to ${this.supportAddress}.`,
      });
    }
    return this.db.write([], async (manager) => {
      const now = this.clock.now();
      await manager.update(ProfessionalEntity, professional.id, { lastSignInAt: now });
      professional.lastSignInAt = now;
      const session = await this.sessions.open(manager, account.id, professional.id);
      await this.audit.record(manager, {
        organizationId: professional.organizationId,
        action: 'SIGN_IN_SUCCEEDED',
        actor: professional.id,
        target: professional,
      });
      return { professional, ...session };
    });
  }

  /**
   * One event in each organization the account has a profile in, so each one's administrators
   * see attempts on their people. Unknown e-mails belong to no organization and leave no trace.
   */
  private async recordFailure(
    accountId: string,
    reason: 'INVALID_CREDENTIALS' | 'ACCOUNT_DISABLED',
  ): Promise<void> {
    await this.db.write([], async (manager) => {
      const profiles = await manager.find(ProfessionalEntity, { where: { accountId } });
      for (const profile of profiles) {
        await this.audit.record(manager, {
          organizationId: profile.organizationId,
          action: 'SIGN_IN_FAILED',
          actor: { id: null, label: 'Someone not signed in' },
          target: profile,
          details: { reason },
        });
      }
    });
  }

  private invalidCredentials(): DomainError {
    return new DomainError('INVALID_CREDENTIALS', 'That e-mail and password do not match.', {
      hint: `Check both and try again. If you cannot sign in, your company’s administrators, your account manager or ${this.supportAddress} can help.`,
    });
  }
}
