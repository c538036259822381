import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { normalizeEmail } from '@foyer/shared';
import type { PasswordHasher } from '../../platform/auth/password-hasher';
import { ProfessionalEntity } from '../professional/professional.entity';
import { AccountEntity } from './account.entity';

/** Sign-ins (e-mail + password) and their association with professional profiles. */
export class AccountService {
  constructor(private readonly hasher: PasswordHasher) {}

  /**
   * Gives the professional a sign-in with this password (reusing the account of the same
   * e-mail if one exists) and activates them, inside the caller's transaction.
   */
  async associate(manager: EntityManager, professional: ProfessionalEntity, password: string): Promise<AccountEntity> {
    const emailNormalized = normalizeEmail(professional.email);
    let account = await manager.findOneBy(AccountEntity, { emailNormalized });
    if (!account) {
      account = manager.create(AccountEntity, {
        id: randomUUID(),
        emailNormalized,
        passwordHash: await this.hasher.hash(password),
        createdAt: new Date(),
      });
      await manager.insert(AccountEntity, account);
    }
    await manager.update(ProfessionalEntity, professional.id, { accountId: account.id, status: 'ACTIVE' });
    professional.accountId = account.id;
    professional.status = 'ACTIVE';
    return account;
  }

  hashPassword(password: string): Promise<string> {
    return this.hasher.hash(password);
  }
}
