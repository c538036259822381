import { openDatabase, type Database } from '../database';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { SearchDocuments } from './search-documents';
import { searchDocument } from '../../../test/search-document';
import { runSql } from './sql';

// How PostgreSQL stores the tsvector; FTS5 keeps its own index and has no such choice.
const onPostgres = process.env.FOYER_TEST_DATABASE_URL?.startsWith('postgres')
  ? describe
  : describe.skip;

onPostgres('PostgreSQL search vector storage', () => {
  let database: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDatabase(database.url);
  });
  afterAll(async () => {
    await db.close();
    await database.drop();
  });

  it('keeps the vector in the row, where the search reads it without a TOAST lookup', async () => {
    const [column] = await runSql<{ storage: string }>(
      db.manager,
      `SELECT attstorage AS storage FROM pg_attribute
        WHERE attrelid = 'search_document'::regclass AND attname = 'search_vector'`,
      {},
    );
    // 'm' (MAIN): in the row unless the row cannot fit a page; 'x' would move it out at 2 kB.
    expect(column?.storage).toBe('m');
  });

  it('still indexes and finds an article whose vector is larger than a page', async () => {
    // About 3,000 distinct words: a vector of tens of kilobytes, which must go out of line.
    const words = Array.from({ length: 3000 }, (_, n) => `term${n.toString(36)}x`);
    await db.write([], (manager) =>
      new SearchDocuments().upsert(manager, searchDocument(1, { body: words.join(' ') })),
    );
    const [row] = await runSql<{ size: number; found: number }>(
      db.manager,
      `SELECT pg_column_size(search_vector) AS size,
              (SELECT count(*) FROM search_document WHERE search_vector @@ to_tsquery('english', :word)) AS found
         FROM search_document WHERE item_id = 'item-1'`,
      { word: words[2999]! },
    );
    expect(Number(row?.size)).toBeGreaterThan(8192);
    expect(Number(row?.found)).toBe(1);
  });
});
