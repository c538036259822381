import argon2 from 'argon2';

/** argon2id with OWASP's minimum cost (19 MiB, 2 passes); raise it with the hardware, never lower. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export class PasswordHasher {
  /** Verified against when an e-mail is unknown, so both answers take the same time. */
  private readonly decoy: Promise<string> = argon2.hash(
    'decoy password that matches nothing',
    OPTIONS,
  );

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    const ok = await argon2.verify(hash ?? (await this.decoy), password);
    return hash !== null && ok;
  }
}
