import { openDatabase, type Database } from '../database';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { SearchDocuments } from './search-documents';
import { searchDocument } from '../../../test/search-document';
import { parseSearchQuery } from './search-query';
import { compile } from './postgres-search-index';
import { chooseMatchScan } from './postgres-scan-choice';
import { runSql } from './sql';

// The scan choice and the tsquery it reads exist on PostgreSQL only; FTS5 has no planner choice to make.
const onPostgres = process.env.FOYER_TEST_DATABASE_URL?.startsWith('postgres')
  ? describe
  : describe.skip;

onPostgres('PostgreSQL match scan', () => {
  let database: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDatabase(database.url);
    const documents = new SearchDocuments();
    await db.write([], async (manager) => {
      for (let n = 1; n <= 60; n++)
        await documents.upsert(
          manager,
          searchDocument(n, { body: n === 7 ? 'widget sprocket' : 'widget maintenance' }),
        );
    });
    // The planner's statistics, as autovacuum would gather them.
    await db.manager.query('ANALYZE search_document');
  });
  afterAll(async () => {
    await db.close();
    await database.drop();
  });

  const scanFor = (text: string, limit: number) => {
    const tsquery = compile(parseSearchQuery(text)!);
    return chooseMatchScan(db.manager, tsquery.required, tsquery.parameters, limit);
  };

  it('asks the index for a word few documents have', async () => {
    expect(await scanFor('sprocket ', 300)).toBe('index');
  });

  it('walks newest first when matches are dense enough to find the limit soon', async () => {
    // Every document has "widget": one in, one out, against sixty with the index.
    expect(await scanFor('widget ', 1)).toBe('newest-first');
    // Three hundred of sixty cannot be found early: walking would read them all.
    expect(await scanFor('widget ', 300)).toBe('index');
  });

  it('gives a prefix each lexeme once, so the estimate counts its matches once', async () => {
    const tsquery = compile(parseSearchQuery('sprock')!);
    const [row] = await runSql<{ text: string }>(
      db.manager,
      `SELECT CAST(${tsquery.required} AS text) AS text`,
      tsquery.parameters,
    );
    expect(row!.text).toBe("'sprock':*");
    const [found] = await runSql<{ n: string }>(
      db.manager,
      `SELECT count(*) AS n FROM search_document d WHERE d.search_vector @@ ${tsquery.required}`,
      tsquery.parameters,
    );
    expect(Number(found!.n)).toBe(1);
  });
});
