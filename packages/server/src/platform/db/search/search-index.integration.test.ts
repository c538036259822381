import type { ReaderEntitlements } from '@foyer/shared';
import { openDatabase, type Database } from '../database';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { createSearchIndex } from './create-search-index';
import { SearchDocuments, type SearchDocumentInput } from './search-documents';
import { searchDocument } from '../../../test/search-document';
import { parseSearchQuery } from './search-query';
import type { SearchIndex } from './search-index';

const CUSTOMER: ReaderEntitlements = {
  readsEverything: false,
  products: ['atlas'],
  servicePlanProducts: [],
  organizationId: null,
};
const VENDOR: ReaderEntitlements = {
  readsEverything: true,
  products: [],
  servicePlanProducts: [],
  organizationId: null,
};

describe('search index adapter', () => {
  let database: TestDatabase;
  let db: Database;
  let index: SearchIndex;
  const documents = new SearchDocuments();
  const doc = (n: number, fields: Partial<SearchDocumentInput> = {}) =>
    searchDocument(n, { body: 'widget maintenance', product: 'atlas', ...fields });

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDatabase(database.url);
    index = createSearchIndex(db.kind);
    await db.write([], async (manager) => {
      // Five the customer may read, then five newer ones they may not.
      for (let n = 1; n <= 5; n++) await documents.upsert(manager, doc(n));
      for (let n = 6; n <= 8; n++)
        await documents.upsert(manager, doc(n, { visibility: 'VENDOR_ONLY' }));
      for (let n = 9; n <= 10; n++)
        await documents.upsert(
          manager,
          doc(n, { product: 'comet', visibility: 'ENTITLED_PRODUCT' }),
        );
    });
  });
  afterAll(async () => {
    await db.close();
    await database.drop();
  });

  const itemsOf = async (reader: ReaderEntitlements, limit: number, q = 'widget ') => {
    const candidates = await index.candidates(db.manager, parseSearchQuery(q)!, reader, {}, limit);
    const hits = await index.hits(
      db.manager,
      parseSearchQuery(q)!,
      candidates.map((c) => c.id),
    );
    const byId = new Map(hits.map((h) => [h.id, h.itemId]));
    return candidates.map((c) => byId.get(c.id));
  };

  it('applies the reading rule before the cap: the newest readable matches fill it', async () => {
    expect((await itemsOf(CUSTOMER, 3)).sort()).toEqual(['item-3', 'item-4', 'item-5']);
    expect((await itemsOf(VENDOR, 3)).sort()).toEqual(['item-10', 'item-8', 'item-9']);
    expect(await itemsOf(CUSTOMER, 100)).toHaveLength(5);
    expect(await itemsOf(VENDOR, 100)).toHaveLength(10);
  });

  it('returns the hits of exactly the ids asked for, a single one included', async () => {
    const query = parseSearchQuery('widget ')!;
    const ids = (await index.candidates(db.manager, query, VENDOR, {}, 100)).map((c) => c.id);
    expect((await index.hits(db.manager, query, [ids[3]!])).map((h) => h.id)).toEqual([ids[3]]);
    const some = [ids[1]!, ids[4]!, ids[7]!];
    expect(
      (await index.hits(db.manager, query, some)).map((h) => h.id).sort((a, b) => a - b),
    ).toEqual([...some].sort((a, b) => a - b));
  });

  it('keeps the index in step with updates and removals', async () => {
    await db.write([], (manager) =>
      documents.upsert(manager, doc(1, { title: 'Gadget 1', body: 'gadget care' })),
    );
    expect(await itemsOf(CUSTOMER, 100, 'gadget ')).toEqual(['item-1']);
    expect(await itemsOf(CUSTOMER, 100)).toHaveLength(4);
    await db.write([], (manager) =>
      documents.upsert(
        manager,
        doc(1, { title: 'Gadget 1', body: 'gadget care', published: false }),
      ),
    );
    expect(await itemsOf(CUSTOMER, 100, 'gadget ')).toEqual([]);
    expect(await itemsOf(VENDOR, 100, 'gadget ')).toEqual(['item-1']);
    await db.write([], (manager) => documents.remove(manager, 'ARTICLE', 'item-1'));
    expect(await itemsOf(VENDOR, 100, 'gadget ')).toEqual([]);
  });
});
