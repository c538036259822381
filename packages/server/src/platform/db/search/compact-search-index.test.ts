import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReaderEntitlements } from '@foyer/shared';
import { openDatabase, type Database } from '../database';
import { searchDocument } from '../../../test/search-document';
import { compactSearchIndex } from './compact-search-index';
import { createSearchIndex } from './create-search-index';
import { SearchDocuments } from './search-documents';
import { parseSearchQuery } from './search-query';

const READER: ReaderEntitlements = {
  readsEverything: false,
  products: [],
  servicePlanProducts: [],
  organizationId: null,
};

/** SQLite whatever FOYER_TEST_DATABASE_URL says: FTS5's segments are what is compacted. */
describe('compacting the SQLite search index', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foyer-compact-'));
  let db: Database;
  const index = createSearchIndex('sqlite');

  beforeAll(async () => {
    db = await openDatabase(`sqlite:${path.join(dir, 'foyer.db')}`);
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const segments = async () =>
    Number((await db.manager.query('SELECT count(DISTINCT segid) AS n FROM search_fts_idx'))[0].n);
  const found = async (q: string) => {
    const query = parseSearchQuery(q)!;
    const candidates = await index.candidates(db.manager, query, READER, {}, 100);
    const hits = await index.hits(
      db.manager,
      query,
      candidates.map((c) => c.id),
    );
    return hits.map((h) => h.title).sort();
  };

  it('merges the segments that separate writes left into one, and finds the same', async () => {
    // Each transaction adds a segment of its own, as each file of an import does.
    for (let n = 1; n <= 6; n++) {
      await db.write([], (manager) =>
        new SearchDocuments().upsert(
          manager,
          searchDocument(n, { body: n % 2 ? 'gateway timeout' : 'gateway restart' }),
        ),
      );
    }
    expect(await segments()).toBeGreaterThan(1);
    const before = { gateway: await found('gateway '), timeout: await found('timeout ') };

    expect(await compactSearchIndex(db, index)).toBeGreaterThan(0);

    expect(await segments()).toBe(1);
    expect({ gateway: await found('gateway '), timeout: await found('timeout ') }).toEqual(before);
    expect(before.timeout).toEqual(['Widget 1', 'Widget 3', 'Widget 5']);
    // Nothing left to do: a second run does nothing.
    expect(await compactSearchIndex(db, index)).toBe(0);
  });
});
