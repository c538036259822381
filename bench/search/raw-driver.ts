import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import {
  POSTGRES_SESSION_OPTIONS,
  SQLITE_CONNECTION_PRAGMAS,
} from '@foyer/server/src/platform/db/database';

/** A statement as the app sent it to the driver: SQL with the driver's placeholders, and its values. */
export interface RecordedStatement {
  sql: string;
  parameters: unknown[];
}

/**
 * A connection of its own, straight through the driver, that replays statements the app issued:
 * the floor the app's search is compared with. better-sqlite3 statements are prepared once and
 * reused (as TypeORM's statement cache does for the app); pg sends the text with its parameters
 * as the app's pool does. Both with the app's connection settings (database.ts).
 */
export interface RawDriver {
  readonly name: string;
  /** Runs the statements one after another; returns the number of rows of each. */
  run(statements: readonly RecordedStatement[]): Promise<number[]>;
  close(): Promise<void>;
}

export function sqliteDriver(file: string): RawDriver {
  const db = new BetterSqlite3(file, { readonly: true });
  for (const pragma of SQLITE_CONNECTION_PRAGMAS) db.pragma(pragma);
  const prepared = new Map<string, BetterSqlite3.Statement>();
  const version = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  return {
    name: `better-sqlite3 (SQLite ${version})`,
    async run(statements) {
      return statements.map(({ sql, parameters }) => {
        let statement = prepared.get(sql);
        if (!statement) prepared.set(sql, (statement = db.prepare(sql)));
        return statement.all(...parameters).length;
      });
    },
    async close() {
      db.close();
    },
  };
}

export async function postgresDriver(url: string): Promise<RawDriver> {
  const client = new pg.Client({ connectionString: url, options: POSTGRES_SESSION_OPTIONS });
  await client.connect();
  const version = (
    await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")
  ).rows[0]!.v;
  return {
    name: `pg (PostgreSQL ${version})`,
    async run(statements) {
      const counts: number[] = [];
      for (const { sql, parameters } of statements)
        counts.push((await client.query(sql, parameters)).rowCount ?? 0);
      return counts;
    },
    async close() {
      await client.end();
    },
  };
}
