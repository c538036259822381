import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One counted attempt of a rate-limited operation. Kept in the database, not in a process, so
 * every server sharing the database counts against the same limits and a restart forgets none.
 */
@Entity('rate_limit_attempt')
export class RateLimitAttemptEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  /**
   * SHA-256 (hex) of the limit's key: its length is fixed whatever a stranger types as an
   * e-mail, and no e-mail or client address is kept in this table.
   */
  @Column('varchar', { name: 'key_hash', length: 64 })
  keyHash: string;

  @Column({ name: 'attempted_at', type: Date })
  attemptedAt: Date;

  /** When it stops counting against its limit's window: from then on it may be deleted. */
  @Column({ name: 'expires_at', type: Date })
  expiresAt: Date;
}
