import type { ReaderEntitlements } from '@foyer/shared';
import { openDatabase, type Database } from '../database';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { createSearchIndex } from './create-search-index';
import { SearchDocuments } from './search-documents';
import { searchDocument } from '../../../test/search-document';
import { parseSearchQuery } from './search-query';
import type { SearchIndex } from './search-index';

const READER: ReaderEntitlements = {
  readsEverything: true,
  products: [],
  servicePlanProducts: [],
  organizationId: null,
};

const TITLES = [
  ['Insight dashboards', 'Read the insight dashboard every morning.'],
  ['Install the agent', 'The install steps, one by one.'],
  ['Out of the box', 'It works in the box as shipped.'],
  ['Log analysis', 'An analysis of the logs.'],
  ['Business hours', 'When support answers.'],
  ['Dates and days', 'The data of every day.'],
  ['Resetting a password', 'Reset it from the sign-in page.'],
  ['Red alerts', 'What a red alert means.'],
  ['DNS records', 'Which records to add.'],
  ['Database migration checklist', 'Before the move.'],
  ['Migrating a database', 'Step by step.'],
] as const;

/**
 * Search-as-you-type matches the words that begin with what is typed so far, on both databases,
 * although their indexes keep stems ("analysis" as "analysi").
 */
describe('a prefix being typed', () => {
  let database: TestDatabase;
  let db: Database;
  let index: SearchIndex;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDatabase(database.url);
    index = createSearchIndex(db.kind);
    const documents = new SearchDocuments();
    await db.write([], async (manager) => {
      for (const [n, [title, body]] of TITLES.entries()) {
        await documents.upsert(manager, searchDocument(n, { title, body }));
      }
    });
  });
  afterAll(async () => {
    await db.close();
    await database.drop();
  });

  /** The titles found, best first. */
  const rankedTitlesFor = async (typed: string) => {
    const query = parseSearchQuery(typed, { typing: true })!;
    const candidates = await index.candidates(db.manager, query, READER, {}, 100);
    const hits = await index.hits(
      db.manager,
      query,
      candidates.map((c) => c.id),
    );
    const titles = new Map(hits.map((h) => [h.id, h.title]));
    return candidates.map((c) => titles.get(c.id)!);
  };
  const titlesFor = async (typed: string) => (await rankedTitlesFor(typed)).sort();

  it('matches the words that begin with it, not those its stem would begin', async () => {
    // Stemmed as a word, "ins" is "in", which begins "in the box".
    expect(await titlesFor('ins')).toEqual(['Insight dashboards', 'Install the agent']);
    // "das" is "da", which begins "data" and "day".
    expect(await titlesFor('das')).toEqual(['Insight dashboards']);
    // "res" is "re", which begins "red".
    expect(await titlesFor('res')).toEqual(['Resetting a password']);
  });

  it('finds words whose stem is changed by the letters typed so far', async () => {
    // Stemmed as a word, "analys" is "anali", which begins no word of the index.
    expect(await titlesFor('analys')).toEqual(['Log analysis']);
    expect(await titlesFor('analy')).toEqual(['Log analysis']);
    expect(await titlesFor('busin')).toEqual(['Business hours']);
    expect(await titlesFor('log analys')).toEqual(['Log analysis']);
  });

  it('still finds a whole word typed without a space after it, through its stem', async () => {
    expect(await titlesFor('analysis')).toEqual(['Log analysis']);
    expect(await titlesFor('resetting')).toEqual(['Resetting a password']);
    expect(await titlesFor('dns')).toEqual(['DNS records']);
    expect(await titlesFor('red alerts')).toEqual(['Red alerts']);
  });

  it('goes on matching while a quoted phrase is typed, the words side by side first', async () => {
    expect(await rankedTitlesFor('"database migr')).toEqual([
      'Database migration checklist',
      'Migrating a database',
    ]);
    expect(await rankedTitlesFor('"database migration"')).toEqual(['Database migration checklist']);
  });
});
