import { DomainError } from '../graphql/domain-error';
import type { Clock } from '../clock';

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

/**
 * Sliding-window counters kept in memory: one Foyer process serves an install, and a restart
 * forgetting the counts only resets a few minutes of limits. Each call counts once, so aliases
 * that repeat a mutation in one request are counted one by one.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly clock: Clock) {}

  /** Counts one attempt against every key, or refuses with how long to wait if any is spent. */
  consume(checks: Array<{ key: string; rule: RateLimit }>): void {
    const now = this.clock.now().getTime();
    let waitMs = 0;
    for (const { key, rule } of checks) {
      const recent = this.recent(key, rule, now);
      if (recent.length >= rule.limit)
        waitMs = Math.max(waitMs, recent[0]! + rule.windowSeconds * 1000 - now);
    }
    if (waitMs > 0) {
      const seconds = Math.max(1, Math.ceil(waitMs / 1000));
      throw new DomainError('RATE_LIMITED', `Too many attempts. Try again in ${seconds} seconds.`, {
        hint: `Wait ${seconds} seconds before trying again.`,
      });
    }
    for (const { key } of checks) this.hits.get(key)!.push(now);
    if (this.hits.size > 10_000) this.prune(now);
  }

  private recent(key: string, rule: RateLimit, now: number): number[] {
    const since = now - rule.windowSeconds * 1000;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    this.hits.set(key, recent);
    return recent;
  }

  /** Drops keys with no attempt in the last hour, so the map cannot grow without bound. */
  private prune(now: number): void {
    for (const [key, times] of this.hits) {
      if (!times.some((t) => t > now - 3_600_000)) this.hits.delete(key);
    }
  }
}
