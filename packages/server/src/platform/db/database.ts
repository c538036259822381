import 'reflect-metadata';
import { DataSource, type EntityManager } from 'typeorm';
import pg from 'pg';
import { entities } from './entities';
import { migrations } from './migrations';
import { parseDatabaseUrl, type DatabaseKind } from './database-url';
import { StatementCounter } from './statement-counter';
import {
  PostgresWriteTransactionRunner,
  SqliteWriteTransactionRunner,
  type WriteTransactionRunner,
} from './write-transaction';

/** The one handle the services get: reads through `manager`, invariant-checked writes through `write`. */
export class Database {
  constructor(
    readonly dataSource: DataSource,
    readonly kind: DatabaseKind,
    readonly statements: StatementCounter,
    private readonly writer: WriteTransactionRunner,
  ) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /**
   * A read made on nearly every request, under a name of its own: on PostgreSQL a named prepared
   * statement, parsed and planned once per pooled connection instead of on every request (the
   * session lookup spent 0.34 of its 0.49 ms planning); SQLite's connection keeps every statement
   * prepared already (TypeORM's statement cache). For a fixed handful of statements only, since
   * each name stays prepared on every connection of the pool. Named parameters as in runSql.
   */
  async readPrepared<T>(
    name: string,
    sql: string,
    parameters: Record<string, unknown>,
  ): Promise<T[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    if (this.kind !== 'postgres') return this.manager.query(text, values);
    this.statements.logQuery();
    const pool = (this.dataSource.driver as unknown as { master: pg.Pool }).master;
    return (await pool.query({ name, text, values })).rows as T[];
  }

  /** One atomic change holding the write lock of the given organizations. */
  write<T>(
    organizationIds: readonly string[],
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.writer.run(organizationIds, work);
  }

  /**
   * Inside `write`, with its manager: the rest of the transaction holds a lock on each key, so
   * writes that count or check something per key (not per organization) take turns on it. A
   * transaction locks all its keys in one call, after its organizations, so that no two
   * transactions can each hold what the other waits for.
   */
  lockKeys(manager: EntityManager, keys: readonly string[]): Promise<void> {
    return this.writer.lockKeys(manager, keys);
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * Planner settings for Foyer's own connections. random_page_cost 1.1 (PostgreSQL's default is 4,
 * meant for spinning disks) because the tables a portal reads live in memory or on SSD. At 4 the
 * planner would rather walk a table in key order, testing every row, than fetch the rows an index
 * names: for a search with words in 1–2 % of the documents, thousands of TOASTed vectors
 * decompressed one by one, 100 ms where the full-text index took 20 (see also
 * search/postgres-scan-choice.ts for the words a little more common than that).
 */
export const POSTGRES_SESSION_OPTIONS = '-c random_page_cost=1.1';

/**
 * Settings for every SQLite connection, the app's and the benchmark's floor (bench/search).
 * - synchronous NORMAL: with WAL, a commit survives a crash of the app; only a power cut may lose
 *   the last ones, never corrupt the file.
 * - mmap_size: the database file is read through a memory map (up to 2 GB, the most this SQLite
 *   build allows) instead of a read() and a copy per page. A search walks long runs of FTS5 pages
 *   for the words it looks up; mapped, a two-term search's SQL took 20 % less (README, Benchmark).
 * - cache_size: 32 MB of pages kept by SQLite itself (the build's default is 16 MB), for the
 *   index pages every search passes through.
 */
export const SQLITE_CONNECTION_PRAGMAS: readonly string[] = [
  'synchronous = NORMAL',
  'mmap_size = 2147418112',
  'cache_size = -32768',
];

export async function openDatabase(databaseUrl: string): Promise<Database> {
  const location = parseDatabaseUrl(databaseUrl);
  const statements = new StatementCounter();
  const common = { entities, migrations, logger: statements, synchronize: false } as const;
  const dataSource =
    location.kind === 'sqlite'
      ? new DataSource({
          ...common,
          type: 'better-sqlite3',
          database: location.file,
          enableWAL: location.file !== ':memory:',
          timeout: 5000,
          prepareDatabase: (db: BetterSqlite3Handle) => {
            for (const pragma of SQLITE_CONNECTION_PRAGMAS) db.pragma(pragma);
            // SQLite's own lower() folds ASCII only, so "Élodie" would not match "élodie" as it
            // does on PostgreSQL. JavaScript's, which normalizeEmail and sort names use, folds all.
            db.function('lower', { deterministic: true }, (text: unknown) =>
              typeof text === 'string' ? text.toLowerCase() : text,
            );
          },
        })
      : new DataSource({
          ...common,
          type: 'postgres',
          url: location.url,
          extra: { max: 10, options: POSTGRES_SESSION_OPTIONS },
        });
  if (location.kind === 'postgres') useUtcTimestamps();
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const writer =
    location.kind === 'sqlite'
      ? new SqliteWriteTransactionRunner(dataSource)
      : new PostgresWriteTransactionRunner(dataSource);
  return new Database(dataSource, location.kind, statements, writer);
}

interface BetterSqlite3Handle {
  pragma(sql: string): unknown;
  function(
    name: string,
    options: { deterministic: boolean },
    implementation: (text: unknown) => unknown,
  ): unknown;
}

/**
 * Timestamps are stored without a zone and always mean UTC, whatever the server's TZ is.
 */
function useUtcTimestamps(): void {
  const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;
  pg.types.setTypeParser(
    TIMESTAMP_WITHOUT_TIME_ZONE,
    (value: string) => new Date(`${value.replace(' ', 'T')}Z`),
  );
  (pg.defaults as { parseInputDatesAsUTC?: boolean }).parseInputDatesAsUTC = true;
}
