import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { QueryRunner } from 'typeorm';

/**
 * Runs a change that must check an invariant as one transaction that holds the write lock of
 * the organizations it touches, so concurrent changes to one organization queue up instead of
 * both passing the check. One implementation per database; only this folder knows which.
 */
export interface WriteTransactionRunner {
  run<T>(
    organizationIds: readonly string[],
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T>;
  /**
   * Inside `run`'s work: until its transaction ends, holds a lock on each key (any string), so
   * transactions that lock one key take turns even when they lock different organizations.
   */
  lockKeys(manager: EntityManager, keys: readonly string[]): Promise<void>;
}

/**
 * SQLite: TypeORM drives better-sqlite3 through one shared connection, so writers in this
 * process are queued here first; `BEGIN IMMEDIATE` then takes the database's write lock up
 * front (waiting up to busy_timeout for another process) instead of failing on upgrade.
 */
export class SqliteWriteTransactionRunner implements WriteTransactionRunner {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  run<T>(
    _organizationIds: readonly string[],
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const result = this.queue.then(() => this.runImmediate(work));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Nothing to add: the transaction holds the write lock of the whole database already. */
  async lockKeys(): Promise<void> {}

  private async runImmediate<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const queryRunner = this.dataSource.createQueryRunner();
    await queryRunner.query('BEGIN IMMEDIATE');
    markTransactionOpen(queryRunner);
    try {
      const result = await work(queryRunner.manager);
      await queryRunner.commitTransaction();
      return result;
    } catch (error) {
      await queryRunner.rollbackTransaction();
      throw error;
    }
  }
}

/** PostgreSQL: a row lock on each organization, taken in id order so two writers cannot deadlock. */
export class PostgresWriteTransactionRunner implements WriteTransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(
    organizationIds: readonly string[],
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction('READ COMMITTED', async (manager) => {
      const ids = [...new Set(organizationIds)].sort();
      if (ids.length > 0) {
        await manager.query(
          'SELECT id FROM organization WHERE id = ANY($1) ORDER BY id FOR UPDATE',
          [ids],
        );
      }
      return work(manager);
    });
  }

  /**
   * A transaction-scoped advisory lock per key, in the one namespace Foyer's keys use. Taken in
   * the order of the lock ids (not of the keys: two keys may hash to one id), so two transactions
   * locking overlapping keys wait for each other instead of deadlocking. The lock is taken after
   * the organization locks of `run` and held to the commit; READ COMMITTED then lets the
   * statements after it see everything the previous holder committed.
   */
  async lockKeys(manager: EntityManager, keys: readonly string[]): Promise<void> {
    const ids = [...new Set(keys.map(advisoryLockId))].sort((a, b) => a - b);
    for (const id of ids)
      await manager.query('SELECT pg_advisory_xact_lock($1, $2)', [KEY_LOCK_NAMESPACE, id]);
  }
}

/** The first number of Foyer's two-number advisory locks, so they never meet another program's. */
const KEY_LOCK_NAMESPACE = 0x466f7965; // "Foye"

/** A key's lock id: 32 bits of its SHA-256. A collision only makes two keys take turns. */
function advisoryLockId(key: string): number {
  return createHash('sha256').update(key).digest().readInt32BE(0);
}

/**
 * TypeORM only opens SQLite transactions with a deferred BEGIN. Having issued BEGIN IMMEDIATE
 * ourselves, we tell the query runner a transaction is open, so that its own saves nest as
 * savepoints and commitTransaction() issues the COMMIT.
 */
function markTransactionOpen(queryRunner: QueryRunner): void {
  const state = queryRunner as unknown as {
    isTransactionActive: boolean;
    transactionDepth: number;
  };
  state.isTransactionActive = true;
  state.transactionDepth = 1;
}
