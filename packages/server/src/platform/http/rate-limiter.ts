import { createHash, randomUUID } from 'node:crypto';
import { LessThanOrEqual, MoreThan, type EntityManager } from 'typeorm';
import { DomainError } from '../graphql/domain-error';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { RateLimitAttemptEntity } from './rate-limit-attempt.entity';
import { withoutQueryParameters } from './log-unexpected';

export interface RateLimit {
  /** How many attempts a key may make… */
  limit: number;
  /** …within this many seconds. */
  windowSeconds: number;
}

/**
 * Limits for the operations a stranger can call, per account (or e-mail) and per client address,
 * and for the e-mails a signed-in person can make Foyer send to someone else.
 */
export interface RateLimitSettings {
  signIn: { perAccount: RateLimit; perAddress: RateLimit };
  acceptInvitation: { perAccount: RateLimit; perAddress: RateLimit };
  requestAccess: { perAccount: RateLimit; perAddress: RateLimit };
  /** Invitation e-mails, new or re-sent: per person invited (in one organization) and per sender. */
  sendInvitation: { perRecipient: RateLimit; perSender: RateLimit };
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  signIn: {
    perAccount: { limit: 10, windowSeconds: 300 },
    perAddress: { limit: 50, windowSeconds: 300 },
  },
  acceptInvitation: {
    perAccount: { limit: 10, windowSeconds: 300 },
    perAddress: { limit: 30, windowSeconds: 300 },
  },
  requestAccess: {
    perAccount: { limit: 3, windowSeconds: 3600 },
    perAddress: { limit: 10, windowSeconds: 3600 },
  },
  // A person who lost the e-mail gets it again a few times; an administrator adding a whole
  // company at once is not stopped, a script mailing hundreds of addresses is.
  sendInvitation: {
    perRecipient: { limit: 5, windowSeconds: 3600 },
    perSender: { limit: 200, windowSeconds: 3600 },
  },
};

/** How often a process deletes the attempts that no window counts any more. */
export const RATE_LIMIT_SWEEP_INTERVAL_MS = 60_000;

/**
 * Sliding-window limits whose attempts are kept in the database (`rate_limit_attempt`), so every
 * Foyer server sharing it counts against the same limits, and neither a restart nor a deploy
 * resets them. Each call counts once, so aliases that repeat a mutation in one request are
 * counted one by one; a refused call counts nothing.
 *
 * Counting is a check and an insert in one write that holds a lock per key (`lockKeys`): two
 * servers counting one key at the same moment take turns, so they cannot both get the last
 * attempt the limit allows.
 */
export class RateLimiter {
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /**
   * For an operation a stranger can call: counts one attempt against every key, in a write of
   * its own committed before the operation runs, so an attempt counts whatever comes of it (a
   * wrong password too). Refuses with how long to wait, counting nothing, if any key is spent.
   */
  async consume(checks: RateLimitCheck[]): Promise<void> {
    await this.sweepIfDue();
    await this.db.write([], (manager) => this.consumeWithin(manager, checks));
  }

  /**
   * The same inside the caller's write (its manager from `db.write`): the attempt counts only if
   * that change commits, so a change refused or failing later in its transaction uses up nothing.
   */
  async consumeWithin(manager: EntityManager, checks: RateLimitCheck[]): Promise<void> {
    const now = this.clock.now().getTime();
    const counted = checks.map(({ key, rule }) => ({ keyHash: hashKey(key), rule }));
    await this.db.lockKeys(
      manager,
      counted.map((check) => check.keyHash),
    );
    let waitMs = 0;
    for (const { keyHash, rule } of counted) {
      const freedAt = await this.nextFreeSlot(manager, keyHash, rule, now);
      if (freedAt !== null) waitMs = Math.max(waitMs, freedAt - now);
    }
    if (waitMs > 0) {
      const seconds = Math.max(1, Math.ceil(waitMs / 1000));
      throw new DomainError('RATE_LIMITED', `Too many attempts. Try again in ${seconds} seconds.`, {
        hint: `Wait ${seconds} seconds before trying again.`,
      });
    }
    await manager.insert(
      RateLimitAttemptEntity,
      counted.map(({ keyHash, rule }) => ({
        id: randomUUID(),
        keyHash,
        attemptedAt: new Date(now),
        expiresAt: new Date(now + rule.windowSeconds * 1000),
      })),
    );
  }

  /**
   * Null while the key has attempts left in its window; else when one frees up: when the
   * `limit`-th most recent attempt leaves the window. At most `limit` index entries are read.
   */
  private async nextFreeSlot(
    manager: EntityManager,
    keyHash: string,
    rule: RateLimit,
    now: number,
  ): Promise<number | null> {
    const [limiting] = await manager.find(RateLimitAttemptEntity, {
      select: { id: true, attemptedAt: true },
      where: { keyHash, attemptedAt: MoreThan(new Date(now - rule.windowSeconds * 1000)) },
      order: { attemptedAt: 'DESC' },
      skip: rule.limit - 1,
      take: 1,
    });
    return limiting ? limiting.attemptedAt.getTime() + rule.windowSeconds * 1000 : null;
  }

  /**
   * Deletes the attempts no window counts any more, at most once a minute per process, so the
   * table holds about one window's attempts. Its own write, outside any key lock, through the
   * expiry index: only the expired rows are read. Limited calls made inside a larger write do
   * not sweep (it would lengthen that write); the strangers' calls, far more frequent, do.
   */
  private async sweepIfDue(): Promise<void> {
    const now = this.clock.now();
    if (now.getTime() - this.lastSweep < RATE_LIMIT_SWEEP_INTERVAL_MS) return;
    this.lastSweep = now.getTime();
    try {
      await this.db.write([], (manager) =>
        manager.delete(RateLimitAttemptEntity, { expiresAt: LessThanOrEqual(now) }),
      );
    } catch (error) {
      // Another server sweeping the same rows may make this one fail; the next sweep catches up,
      // and the attempt being counted must not fail for it.
      console.warn(
        'Deleting expired rate-limit attempts failed; the next sweep retries.',
        withoutQueryParameters(error),
      );
    }
  }
}

export interface RateLimitCheck {
  key: string;
  rule: RateLimit;
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
