import type { Actor } from '@foyer/shared';
import { openDatabase, type Database } from '../../platform/db/database';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { createSearchIndex } from '../../platform/db/search/create-search-index';
import { SearchDocuments } from '../../platform/db/search/search-documents';
import { searchDocument } from '../../test/search-document';
import { systemClock } from '../../platform/clock';
import { EntitlementService } from '../licensing/entitlement.service';
import { ContentSearchService, MAX_CANDIDATES } from './content-search.service';

const VENDOR: Actor = {
  professionalId: 'vendor-admin',
  organizationId: 'vendor',
  organizationKind: 'VENDOR',
  status: 'ACTIVE',
  roles: ['ADMINISTRATOR'],
  servedCustomerIds: [],
};

describe('the cap on counted matches', () => {
  let database: TestDatabase;
  let db: Database;
  let search: ContentSearchService;
  const documents = new SearchDocuments();
  const doc = (n: number) =>
    searchDocument(n, {
      itemId: `gizmo-${n}`,
      slug: `gizmo-${n}`,
      title: `Gizmo ${n}`,
      body: 'gizmo calibration',
    });
  const add = (from: number, to: number) =>
    db.write([], async (manager) => {
      for (let n = from; n <= to; n++) await documents.upsert(manager, doc(n));
    });
  const everything = async () => {
    const pages = [];
    let after: string | null = null;
    for (;;) {
      const page = await search.search(VENDOR, { query: 'gizmo ', first: 100, after });
      pages.push(page);
      if (!page.hasNextPage) return { ...page, nodes: pages.flatMap((p) => p.nodes) };
      after = page.cursors[page.cursors.length - 1]!;
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDatabase(database.url);
    search = new ContentSearchService(
      db,
      createSearchIndex(db.kind),
      new EntitlementService(db, systemClock),
    );
  });
  afterAll(async () => {
    await db.close();
    await database.drop();
  });

  it('counts exactly, up to the cap itself', async () => {
    await add(1, MAX_CANDIDATES);
    const found = await everything();
    expect(found.totalCount).toBe(MAX_CANDIDATES);
    expect(found.totalCountIsLowerBound).toBe(false);
    expect(found.nodes).toHaveLength(MAX_CANDIDATES);
  });

  it('says "at least" past the cap, and keeps the newest matches', async () => {
    await add(MAX_CANDIDATES + 1, MAX_CANDIDATES + 1);
    const found = await everything();
    expect(found.totalCount).toBe(MAX_CANDIDATES);
    expect(found.totalCountIsLowerBound).toBe(true);
    const items = found.nodes.map((n) => n.itemId);
    expect(items).toHaveLength(MAX_CANDIDATES);
    expect(items).toContain(`gizmo-${MAX_CANDIDATES + 1}`);
    expect(items).not.toContain('gizmo-1');
  });
});
