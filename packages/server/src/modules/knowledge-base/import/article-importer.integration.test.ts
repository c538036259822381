import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import type { Actor } from '@foyer/shared';
import { openDatabase, type Database } from '../../../platform/db/database';
import { createServices, type Services } from '../../../services';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { TEST_SETTINGS } from '../../../test/test-settings';
import { TestClock } from '../../../test/test-clock';
import { SearchDocuments } from '../../../platform/db/search/search-documents';
import { SearchDocumentEntity } from '../../../platform/db/search/search-document.entity';
import { ArticleEntity } from '../article.entity';
import { ArticleVersionEntity } from '../article-version.entity';
import { ArticleTagEntity } from '../article-tag.entity';
import { ArticleIndexer } from '../article-indexer';
import {
  ArticleImporter,
  MAX_FILE_BYTES,
  type FileOutcome,
  type ImportReport,
  type ImportSettings,
} from './article-importer';

const INSTALL_MD = `---
tags: [install, setup]
---
# Installing Ledger 5.0

Ledger installs on a clean server in about ten minutes.

## Steps

1. Download the installer.
2. Run it:

   \`\`\`sh
   sudo ./ledger-setup --accept-license
   \`\`\`
`;

const PROXY_HTML = `<!doctype html>
<html><head><title>Proxy settings | Northwind Docs</title>
<meta name="description" content="Where Ledger reads its proxy settings.">
<style>body { color: red }</style><script>document.write('tracking')</script></head>
<body><h1>Configuring the Ledger proxy</h1>
<p>Set <code>proxy.host</code> in <strong>ledger.conf</strong>, then restart the service.</p>
<ul><li>HTTP and HTTPS proxies work.</li><li>SOCKS does not.</li></ul>
<script>alert('x')</script></body></html>`;

const TITLE_TAG_ONLY_HTML = `<html><head><title>Ports used by Ledger</title></head><body><p>Ledger listens on port 8443.</p></body></html>`;

const VENDOR: Actor = {
  professionalId: 'import-test',
  organizationId: 'vendor',
  organizationKind: 'VENDOR',
  status: 'ACTIVE',
  roles: ['ADMINISTRATOR'],
  servedCustomerIds: [],
};

describe('importing a folder of documents as articles', () => {
  let database: TestDatabase;
  let db: Database;
  let services: Services;
  let clock: TestClock;
  let folder: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDatabase(database.url);
    clock = new TestClock(new Date('2026-03-02T10:00:00Z'));
    services = createServices(db, TEST_SETTINGS, clock);
  });
  afterAll(async () => {
    await db.close();
    await database.drop();
  });
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'foyer-import-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  const write = (name: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  };
  const settings = (overrides: Partial<ImportSettings> = {}): ImportSettings => ({
    folder,
    product: 'ledger',
    version: '5.0',
    category: 'Installation',
    visibility: null,
    publish: true,
    tags: null,
    slugPrefix: null,
    ...overrides,
  });
  const importer = (indexer = new ArticleIndexer(new SearchDocuments())) =>
    new ArticleImporter(db, clock, indexer);
  const run = (overrides: Partial<ImportSettings> = {}) => importer().run(settings(overrides));
  const counts = (report: ImportReport) => ({
    created: report.created,
    updated: report.updated,
    unchanged: report.unchanged,
    skipped: report.skipped,
  });
  const outcome = (report: ImportReport, name: string): FileOutcome =>
    report.outcomes.find((o) => o.name === name)!;
  const article = (slug: string) => db.manager.findOneBy(ArticleEntity, { slug });
  const rowsOf = async (slug: string) => {
    const found = await article(slug);
    if (!found) return { article: 0, versions: 0, tags: 0, search: 0 };
    return {
      article: 1,
      versions: await db.manager.countBy(ArticleVersionEntity, { articleId: found.id }),
      tags: await db.manager.countBy(ArticleTagEntity, { articleId: found.id }),
      search: await db.manager.countBy(SearchDocumentEntity, { itemId: found.id }),
    };
  };

  it('creates an article per Markdown or HTML file, skips bad files with the reason, and a re-run or a change writes only what changed', async () => {
    write('install/Installing Ledger.md', INSTALL_MD);
    write('network/configureProxy.html', PROXY_HTML);
    write('network/ports.htm', TITLE_TAG_ONLY_HTML);
    write('no-title.md', 'Just a paragraph, no heading.\n');
    write('empty-body.md', '# A title and nothing else\n\n<!-- todo -->\n');
    write('latin1.md', Buffer.from('# Caf\xe9 setup\n\nBody\n', 'latin1'));
    write('binary.html', Buffer.from([0x3c, 0x68, 0x31, 0x3e, 0x00, 0x01, 0x02]));
    write('huge.md', `# Huge\n\n${'x'.repeat(MAX_FILE_BYTES)}\n`);
    write('notes.txt', 'not a document');
    write('.hidden/secret.md', '# Hidden\n\nNot imported.\n');

    const first = await run();
    expect(counts(first)).toEqual({ created: 3, updated: 0, unchanged: 0, skipped: 5 });
    expect(first.ignored).toBe(1);
    expect(first.outcomes.map((o) => o.name)).not.toContain('.hidden/secret.md');
    expect(outcome(first, 'no-title.md').reason).toMatch(/no title/);
    expect(outcome(first, 'empty-body.md').reason).toMatch(/body is empty/);
    expect(outcome(first, 'latin1.md').reason).toMatch(/not valid UTF-8/);
    expect(outcome(first, 'binary.html').reason).toMatch(/binary/);
    expect(outcome(first, 'huge.md').reason).toMatch(/too large/);
    for (const slug of ['no-title', 'empty-body', 'latin1', 'binary', 'huge'])
      expect(await rowsOf(slug)).toEqual({ article: 0, versions: 0, tags: 0, search: 0 });

    const install = (await article('installing-ledger'))!;
    expect(install).toMatchObject({
      title: 'Installing Ledger 5.0',
      summary: 'Ledger installs on a clean server in about ten minutes.',
      product: 'ledger',
      version: '5.0',
      category: 'Installation',
      visibility: 'ALL_CUSTOMERS',
      currentVersion: 1,
      tags: JSON.stringify(['install', 'setup']),
    });
    expect(install.publishedAt).toEqual(clock.now());
    // The title heading left the body; the rest is the document's Markdown.
    expect(install.bodyMarkdown).toBe(INSTALL_MD.slice(INSTALL_MD.indexOf('Ledger installs')));

    const proxy = (await article('configure-proxy'))!;
    expect(proxy).toMatchObject({
      title: 'Configuring the Ledger proxy',
      summary: 'Where Ledger reads its proxy settings.',
    });
    expect(proxy.bodyMarkdown).toBe(
      'Set `proxy.host` in **ledger.conf**, then restart the service.\n\n- HTTP and HTTPS proxies work.\n- SOCKS does not.\n',
    );
    expect(proxy.bodyMarkdown).not.toMatch(/alert|tracking|color/);
    // No <h1>: the <title> is the title, and the first paragraph the summary.
    expect(await article('ports')).toMatchObject({
      title: 'Ports used by Ledger',
      summary: 'Ledger listens on port 8443.',
      bodyMarkdown: 'Ledger listens on port 8443.\n',
    });

    const found = await services.contentSearch.search(VENDOR, { query: 'proxy' });
    expect(found.nodes.map((hit) => hit.slug)).toEqual(['configure-proxy']);
    const versionsBefore = await db.manager.count(ArticleVersionEntity);

    // Again: nothing duplicated, nothing rewritten.
    clock.advanceDays(1);
    const again = await run();
    expect(counts(again)).toEqual({ created: 0, updated: 0, unchanged: 3, skipped: 5 });
    expect(await db.manager.count(ArticleEntity)).toBe(3);
    expect(await db.manager.count(ArticleVersionEntity)).toBe(versionsBefore);
    expect((await article('installing-ledger'))!.updatedAt).toEqual(install.updatedAt);

    // One file changes: one new version of that article, the others untouched.
    write(
      'install/Installing Ledger.md',
      INSTALL_MD.replace('about ten minutes', 'about five minutes'),
    );
    const changed = await run();
    expect(counts(changed)).toEqual({ created: 0, updated: 1, unchanged: 2, skipped: 5 });
    expect(outcome(changed, 'install/Installing Ledger.md')).toMatchObject({
      status: 'updated',
      note: 'new version 2',
    });
    const updated = (await article('installing-ledger'))!;
    expect(updated).toMatchObject({
      currentVersion: 2,
      summary: 'Ledger installs on a clean server in about five minutes.',
      updatedAt: clock.now(),
    });
    const versions = await db.manager.find(ArticleVersionEntity, {
      where: { articleId: updated.id },
      order: { number: 'ASC' },
    });
    expect(versions.map((v) => [v.number, v.editedByLabel])).toEqual([
      [1, 'Imported from install/Installing Ledger.md'],
      [2, 'Imported from install/Installing Ledger.md'],
    ]);
    expect(versions[0]!.summary).toMatch(/ten minutes/);
    expect(await rowsOf('configure-proxy')).toEqual({
      article: 1,
      versions: 1,
      tags: 0,
      search: 1,
    });

    // Options that change only the details: updated, and kept as a new version like any edit.
    const recategorized = await run({
      category: 'Setup',
      visibility: 'ENTITLED_PRODUCT',
      tags: ['ledger'],
    });
    expect(counts(recategorized)).toEqual({ created: 0, updated: 3, unchanged: 0, skipped: 5 });
    expect(outcome(recategorized, 'network/ports.htm').note).toBe('details changed');
    expect(await article('ports')).toMatchObject({
      category: 'Setup',
      visibility: 'ENTITLED_PRODUCT',
      currentVersion: 2,
      tags: JSON.stringify(['ledger']),
    });
    expect((await article('installing-ledger'))!.tags).toBe(
      JSON.stringify(['ledger', 'install', 'setup']),
    );
  });

  it('imports drafts unless told to publish, and publishes them on a later run with --publish', async () => {
    write('draft-notes.md', '# Draft notes\n\nNot for customers yet.\n');
    expect(outcome(await run({ publish: false }), 'draft-notes.md')).toMatchObject({
      status: 'created',
      note: 'draft',
    });
    expect((await article('draft-notes'))!.publishedAt).toBeNull();
    expect(counts(await run({ publish: false }))).toMatchObject({ unchanged: 1 });
    const published = await run({ publish: true });
    expect(outcome(published, 'draft-notes.md')).toMatchObject({
      status: 'updated',
      note: 'published',
    });
    expect((await article('draft-notes'))!).toMatchObject({
      publishedAt: clock.now(),
      currentVersion: 1,
    });
  });

  it('never overwrites the article of another version with the same file name; a slug prefix keeps both', async () => {
    write('upgrade.md', '# Upgrading to 5.0\n\nRun the 5.0 installer.\n');
    await run();
    write('upgrade.md', '# Upgrading to 4.2\n\nRun the 4.2 installer.\n');
    const older = await run({ version: '4.2' });
    expect(outcome(older, 'upgrade.md')).toMatchObject({
      status: 'skipped',
      reason: expect.stringMatching(/belongs to an article about ledger 5\.0.*--slug-prefix/),
    });
    expect((await article('upgrade'))!.title).toBe('Upgrading to 5.0');

    const prefixed = await run({ version: '4.2', slugPrefix: 'Ledger 4.2' });
    expect(outcome(prefixed, 'upgrade.md')).toMatchObject({
      status: 'created',
      slug: 'ledger-4-2-upgrade',
    });
    expect((await article('ledger-4-2-upgrade'))!).toMatchObject({
      title: 'Upgrading to 4.2',
      version: '4.2',
    });
  });

  it('skips the second of two files that would have the same slug', async () => {
    write('a/index.md', '# Alerts\n\nAbout alerts.\n');
    write('alerts.md', '# Alerts again\n\nAlso about alerts.\n');
    const report = await run();
    expect(outcome(report, 'a/index.md')).toMatchObject({ status: 'created', slug: 'a' });
    write('b/Alerts.markdown', '# More alerts\n\nThird.\n');
    const second = await run();
    expect(outcome(second, 'alerts.md').status).toBe('unchanged');
    expect(outcome(second, 'b/Alerts.markdown')).toMatchObject({
      status: 'skipped',
      reason: expect.stringMatching(/same as that of alerts\.md/),
    });
  });

  it("skips a file whose address would be one of the web app's own pages, such as /kb/new", async () => {
    write('New.md', '# What is new in Ledger 5.0\n\nFaster posting.\n');
    write('guides/new/index.md', '# New guides\n\nAn index.\n');
    const report = await run();
    expect(outcome(report, 'New.md')).toMatchObject({
      status: 'skipped',
      reason: expect.stringMatching(
        /"new" is the address of one of Foyer’s own pages.*rename the file/,
      ),
    });
    expect(outcome(report, 'guides/new/index.md').status).toBe('skipped');
    expect(await rowsOf('new')).toEqual({ article: 0, versions: 0, tags: 0, search: 0 });

    const prefixed = await run({ slugPrefix: 'ledger-5' });
    expect(outcome(prefixed, 'New.md')).toMatchObject({ status: 'created', slug: 'ledger-5-new' });
  });

  it('imports each file in its own transaction: a file that fails while saving leaves nothing half-written', async () => {
    write('good.md', '# Good article\n\nFine.\n');
    write(
      'breaks.md',
      '---\ntags: [one, two]\n---\n# Breaks while indexing\n\nThe index refuses it.\n',
    );
    write('zz-after.md', '# After the failure\n\nStill imported.\n');
    const indexer = new ArticleIndexer(new SearchDocuments());
    const failing = Object.assign(Object.create(indexer) as ArticleIndexer, {
      index: (manager: EntityManager, item: ArticleEntity) => {
        if (item.slug === 'breaks') return Promise.reject(new Error('disk full'));
        return indexer.index(manager, item);
      },
    });
    const report = await importer(failing).run(settings());
    expect(counts(report)).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 1 });
    expect(outcome(report, 'breaks.md').reason).toMatch(
      /could not be saved, and nothing of it was: disk full/,
    );
    expect(await rowsOf('breaks')).toEqual({ article: 0, versions: 0, tags: 0, search: 0 });
    expect(await rowsOf('zz-after')).toEqual({ article: 1, versions: 1, tags: 0, search: 1 });

    // The same failure on an update rolls the update back too.
    write('good.md', '# Good article\n\nBetter.\n');
    const failingGood = Object.assign(Object.create(indexer) as ArticleIndexer, {
      index: (manager: EntityManager, item: ArticleEntity) =>
        item.slug === 'good'
          ? Promise.reject(new Error('disk full'))
          : indexer.index(manager, item),
    });
    const update = await importer(failingGood).run(settings());
    expect(outcome(update, 'good.md').status).toBe('skipped');
    expect(await article('good')).toMatchObject({ bodyMarkdown: 'Fine.\n', currentVersion: 1 });
    expect(await rowsOf('good')).toEqual({ article: 1, versions: 1, tags: 0, search: 1 });
    // Fixed: the next run brings it in.
    expect(outcome(await run(), 'good.md')).toMatchObject({
      status: 'updated',
      note: 'new version 2',
    });
  });

  it('refuses a missing folder before doing anything', async () => {
    await expect(run({ folder: path.join(folder, 'nope') })).rejects.toThrow(/is not a folder/);
  });
});
