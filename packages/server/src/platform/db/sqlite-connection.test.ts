import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from './database';

/** SQLite whatever FOYER_TEST_DATABASE_URL says: these are the embedded database's settings. */
describe('the app’s SQLite connection', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foyer-sqlite-'));
  let db: Database;

  beforeAll(async () => {
    db = await openDatabase(`sqlite:${path.join(dir, 'foyer.db')}`);
  });

  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function setting(name: string): Promise<unknown> {
    const [row] = await db.manager.query(`PRAGMA ${name}`);
    return Object.values(row as Record<string, unknown>)[0];
  }

  it('reads the file through a memory map, with a 32 MB page cache', async () => {
    expect(await setting('mmap_size')).toBe(2147418112);
    expect(await setting('cache_size')).toBe(-32768);
  });

  it('writes ahead to a log, syncing at checkpoints (NORMAL)', async () => {
    expect(await setting('journal_mode')).toBe('wal');
    expect(await setting('synchronous')).toBe(1);
  });

  it('folds case beyond ASCII in lower(), as PostgreSQL does', async () => {
    const [row] = await db.manager.query(`SELECT lower('ÉLODIE') AS folded`);
    expect(row.folded).toBe('élodie');
  });
});
