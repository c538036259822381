import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { normalizeEmail } from '@foyer/shared';
import type { PasswordHasher } from '../../platform/auth/password-hasher';
import { AccountEntity } from './account.entity';

/** Sign-ins: one per e-mail address, holding the password hash. */
export class AccountService {
  constructor(private readonly hasher: PasswordHasher) {}

  /** Inside the caller's transaction; the password is hashed beforehand with hashPassword. */
  async create(
    manager: EntityManager,
    email: string,
    passwordHash: string,
    now: Date,
  ): Promise<AccountEntity> {
    const account = manager.create(AccountEntity, {
      id: randomUUID(),
      emailNormalized: normalizeEmail(email),
      passwordHash,
      createdAt: now,
    });
    await manager.insert(AccountEntity, account);
    return account;
  }

  hashPassword(password: string): Promise<string> {
    return this.hasher.hash(password);
  }
}
