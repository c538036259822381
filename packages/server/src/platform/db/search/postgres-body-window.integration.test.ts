import { openDatabase, type Database } from '../database';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { SearchDocuments } from './search-documents';
import { searchDocument } from '../../../test/search-document';
import { parseSearchQuery } from './search-query';
import { bodyWindow } from './postgres-search-index';
import { runSql } from './sql';

// The window is how PostgreSQL keeps ts_headline's work small; FTS5's snippet() needs none.
const onPostgres = process.env.FOYER_TEST_DATABASE_URL?.startsWith('postgres')
  ? describe
  : describe.skip;

/** Words of different lengths, so that a cut at any character may fall inside one. */
const filler = (count: number, from = 0) =>
  Array.from({ length: count }, (_, n) => `w${'x'.repeat((n + from) % 7)}${n + from}`);

onPostgres('PostgreSQL body window', () => {
  let database: TestDatabase;
  let db: Database;
  const bodies = new Map<number, string>();

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDatabase(database.url);
    bodies.set(1, [...filler(300), 'the', 'Quorumkeeper', 'agrees', ...filler(300, 300)].join(' '));
    bodies.set(2, 'A short body about the quorumkeeper.');
    bodies.set(3, [...filler(20), 'the\nquorumkeeper\tagrees', ...filler(300, 20)].join(' '));
    await db.write([], async (manager) => {
      for (const [n, body] of bodies)
        await new SearchDocuments().upsert(manager, searchDocument(n, { body }));
    });
  });
  afterAll(async () => {
    await db.close();
    await database.drop();
  });

  const windowOf = async (n: number, text: string) => {
    const window = bodyWindow(parseSearchQuery(text)!);
    const [row] = await runSql<{ text: string }>(
      db.manager,
      `SELECT ${window.text} AS text FROM search_document d ${window.join} WHERE d.item_id = :item`,
      { ...window.parameters, item: `item-${n}` },
    );
    return row!.text;
  };

  it('is cut around the first hit, whatever its case, on whole words', async () => {
    const text = await windowOf(1, 'quorumkeeper ');
    expect(text).toContain('the Quorumkeeper agrees');
    expect(text.length).toBeLessThanOrEqual(480);
    const words = bodies.get(1)!.split(' ');
    const shown = text.split(' ');
    // Neither end is a piece of a word: each is one of the body's words, whole.
    expect(words).toContain(shown[0]);
    expect(words).toContain(shown[shown.length - 1]);
  });

  it('is the whole body when the body is short', async () => {
    expect(await windowOf(2, 'quorumkeeper ')).toBe(bodies.get(2));
  });

  it('is the body from its start when the hit is near it', async () => {
    const text = await windowOf(3, 'quorumkeeper ');
    expect(text.startsWith('w0 ')).toBe(true);
    expect(text).toContain('the\nquorumkeeper\tagrees');
  });
});
