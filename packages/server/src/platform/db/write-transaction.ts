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
