import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestDatabase {
  url: string;
  kind: 'sqlite' | 'postgres';
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a temporary SQLite file, or — when
 * FOYER_TEST_DATABASE_URL points at PostgreSQL — a new database on that server.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.FOYER_TEST_DATABASE_URL;
  if (serverUrl?.startsWith('postgres')) {
    const name = `foyer_t_${randomBytes(6).toString('hex')}`;
    await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      kind: 'postgres',
      drop: () =>
        withClient(serverUrl, (client) =>
          client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
        ).then(() => undefined),
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foyer-test-'));
  return {
    url: `sqlite:${path.join(dir, 'foyer.db')}`,
    kind: 'sqlite',
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
