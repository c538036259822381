import { randomUUID } from 'node:crypto';
import { openDatabase, type Database } from '../db/database';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { TestClock } from '../../test/test-clock';
import { DomainError } from '../graphql/domain-error';
import { RateLimitAttemptEntity } from './rate-limit-attempt.entity';
import { RATE_LIMIT_SWEEP_INTERVAL_MS, RateLimiter, type RateLimit } from './rate-limiter';

/** Each database handle stands for one Foyer server: its own connections, its own limiter. */
describe('rate limits kept in the database', () => {
  let database: TestDatabase;
  let clock: TestClock;
  const opened: Database[] = [];

  async function server(): Promise<{ db: Database; limiter: RateLimiter }> {
    const db = await openDatabase(database.url);
    opened.push(db);
    return { db, limiter: new RateLimiter(db, clock) };
  }

  function attempt(limiter: RateLimiter, key: string, rule: RateLimit) {
    return limiter.consume([{ key, rule }]).then(
      () => 'ok',
      (error: unknown) => {
        if (error instanceof DomainError && error.code === 'RATE_LIMITED') return error.message;
        throw error;
      },
    );
  }

  beforeEach(async () => {
    database = await createTestDatabase();
    clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
  });
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.close();
    await database.drop();
  });

  it('servers sharing the database share the counts', async () => {
    const rule = { limit: 3, windowSeconds: 60 };
    const [a, b] = [await server(), await server()];
    expect(await attempt(a.limiter, 'sign-in:account:ana@acme.test', rule)).toBe('ok');
    expect(await attempt(b.limiter, 'sign-in:account:ana@acme.test', rule)).toBe('ok');
    expect(await attempt(a.limiter, 'sign-in:account:ana@acme.test', rule)).toBe('ok');
    expect(await attempt(b.limiter, 'sign-in:account:ana@acme.test', rule)).toBe(
      'Too many attempts. Try again in 60 seconds.',
    );
    expect(await attempt(b.limiter, 'sign-in:account:bo@acme.test', rule)).toBe('ok');
  });

  it('a restart keeps the counts', async () => {
    const rule = { limit: 2, windowSeconds: 300 };
    const before = await server();
    await attempt(before.limiter, 'accept:address:203.0.113.9', rule);
    await attempt(before.limiter, 'accept:address:203.0.113.9', rule);
    await before.db.close();
    clock.advance(30_000);

    const after = await server();
    expect(await attempt(after.limiter, 'accept:address:203.0.113.9', rule)).toBe(
      'Too many attempts. Try again in 270 seconds.',
    );
  });

  it('of many attempts on one key at the same moment, exactly the limit get through', async () => {
    const rule = { limit: 5, windowSeconds: 60 };
    // On SQLite, one: better-sqlite3 waits for a lock synchronously, so a second handle in this
    // process would block the one holding the lock (servers sharing SQLite are not a thing).
    const servers =
      database.kind === 'postgres' ? [await server(), await server()] : [await server()];
    const key = 'invitation:sender:the-same-sender';
    // Half count on their own, half inside a write locking some organization, as invitation
    // e-mails do (one sender may invite into several organizations at once).
    const outcomes = await Promise.all(
      Array.from({ length: 24 }, (_, i) => {
        const { db, limiter } = servers[i % servers.length]!;
        if (i % 4 < 2) return attempt(limiter, key, rule);
        return db
          .write([randomUUID()], (manager) => limiter.consumeWithin(manager, [{ key, rule }]))
          .then(
            () => 'ok',
            (error: DomainError) => error.message,
          );
      }),
    );
    expect(outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome.startsWith('Too many attempts'))).toHaveLength(19);
    expect(await servers[0]!.db.manager.count(RateLimitAttemptEntity)).toBe(5);
  });

  it('a refused attempt counts nothing, and the wait ends when the limiting attempt leaves the window', async () => {
    const rule = { limit: 2, windowSeconds: 60 };
    const { db, limiter } = await server();
    await attempt(limiter, 'request-access:email:rob@spam.test', rule);
    clock.advance(10_000);
    await attempt(limiter, 'request-access:email:rob@spam.test', rule);
    clock.advance(10_000);
    expect(await attempt(limiter, 'request-access:email:rob@spam.test', rule)).toBe(
      'Too many attempts. Try again in 40 seconds.',
    );
    expect(await db.manager.count(RateLimitAttemptEntity)).toBe(2);

    clock.advance(40_000);
    expect(await attempt(limiter, 'request-access:email:rob@spam.test', rule)).toBe('ok');
    expect(await attempt(limiter, 'request-access:email:rob@spam.test', rule)).toBe(
      'Too many attempts. Try again in 10 seconds.',
    );
  });

  it('an attempt counted inside a write that then fails is not counted', async () => {
    const rule = { limit: 1, windowSeconds: 60 };
    const { db, limiter } = await server();
    const key = 'invitation:recipient:acme:nina@acme.test';
    await expect(
      db.write([], async (manager) => {
        await limiter.consumeWithin(manager, [{ key, rule }]);
        throw new Error('the change failed after counting');
      }),
    ).rejects.toThrow('the change failed after counting');
    expect(await db.manager.count(RateLimitAttemptEntity)).toBe(0);
    expect(await attempt(limiter, key, rule)).toBe('ok');
  });

  it('deletes the attempts no window counts any more, once a minute rather than on every call', async () => {
    const { db, limiter } = await server();
    const rows = () => db.manager.count(RateLimitAttemptEntity);
    await attempt(limiter, 'short', { limit: 5, windowSeconds: 60 });
    await attempt(limiter, 'long', { limit: 5, windowSeconds: 3600 });
    clock.advance(RATE_LIMIT_SWEEP_INTERVAL_MS + 1_000);

    await attempt(limiter, 'next', { limit: 5, windowSeconds: 1 });
    // The 60-second attempt is gone; the hour's and the new one stay.
    expect(await rows()).toBe(2);

    clock.advance(2_000);
    await attempt(limiter, 'soon after', { limit: 5, windowSeconds: 30 });
    // "next" has expired, but the last sweep was two seconds ago.
    expect(await rows()).toBe(3);

    clock.advance(RATE_LIMIT_SWEEP_INTERVAL_MS);
    await attempt(limiter, 'a minute later', { limit: 5, windowSeconds: 60 });
    // Only the hour's attempt and this one are left.
    expect(await rows()).toBe(2);
  });
});
