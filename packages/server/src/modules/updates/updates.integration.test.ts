import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createOrganization, grantLicense, type CreatedOrganization } from '../../test/factories';
import { TestClock } from '../../test/test-clock';
import { toGlobalId } from '../../platform/graphql/global-id';
import { createArticle } from '../knowledge-base/knowledge-base.test-helpers';
import { UpdateDownloadEntity } from './update-download.entity';
import { createUpdate, patternBytes, sha256, type CreatedUpdate } from './updates.test-helpers';

const UPDATE = `query ($id: ID!) { update(id: $id) { id slug kind title product version appliesToVersions releasedOn summary releaseNotesHtml publishedAt
  viewerCanDownload downloadBlockedReason files { id label fileName size sha256 downloadUrl downloadBlockedReason downloadCount } } }`;
const BY_SLUG = `query ($slug: String!) { updateBySlug(slug: $slug) { id title } }`;
const NODE = `query ($id: ID!) { node(id: $id) { id ... on SoftwareUpdate { title } } }`;
const LIST = `query ($first: Int, $after: String, $product: String, $kind: UpdateKind) {
  updates(first: $first, after: $after, product: $product, kind: $kind) { totalCount pageInfo { hasNextPage endCursor } edges { node { title releasedOn } } }
}`;
const LATEST = `query { latestUpdates(first: 10) { title } }`;
const SEARCH = `query ($q: String!) { search(query: $q, kinds: [UPDATE]) { totalCount edges { node { kind slug title category node { ... on SoftwareUpdate { title } } } } } }`;
const DOWNLOADS = `query ($id: ID!) { updateDownloads(updateId: $id) { fileName fileLabel professionalName organizationName downloadedAt } }`;
const FIXES = `query ($id: ID!) { update(id: $id) { fixesArticles { title } } }`;
const FIXED_IN = `query ($id: ID!) { article(id: $id) { fixedIn { title kind } } }`;
const LINK = `mutation ($u: ID!, $a: ID!) { linkUpdateArticle(updateId: $u, articleId: $a) { update { id } error { code } } }`;
const CREATE = `mutation ($input: CreateUpdateInput!) { createUpdate(input: $input) { update { id slug } error { code message field } } }`;
const UPDATE_FIELDS = `mutation ($input: UpdateUpdateInput!) { updateUpdate(input: $input) { update { title appliesToVersions } error { code field } } }`;
const ATTACH = `mutation ($input: AttachUpdateFileInput!) { attachUpdateFile(input: $input) { update { id } error { code field } } }`;
const REMOVE_FILE = `mutation ($id: ID!) { removeUpdateFile(updateFileId: $id) { update { id } error { code } } }`;
const PUBLISH = `mutation ($id: ID!) { publishUpdate(id: $id) { update { id } error { code } } }`;
const UNPUBLISH = `mutation ($id: ID!) { unpublishUpdate(id: $id) { update { id } error { code } } }`;

const TODAY = '2030-06-10';

describe('software updates and hotfixes', () => {
  const clock = new TestClock(new Date(`${TODAY}T09:00:00Z`));
  let app: TestApp;
  let vendor: CreatedOrganization;
  let licensedOrg: CreatedOrganization;
  let vendorAdmin: string;
  let vendorStaff: string;
  /** Acme holds atlas (plan ends today) and beacon (plan ended on 2030-03-31). */
  let licensed: string;
  /** Holds nothing. */
  let unlicensed: string;
  let atlasUpdate: CreatedUpdate;
  let atlasHotfix: CreatedUpdate;
  let beaconHotfix: CreatedUpdate;
  let cometNotes: CreatedUpdate;
  let draft: CreatedUpdate;

  beforeAll(async () => {
    app = await startTestApp({
      clock,
      settings: {
        files: {
          dir: path.join(os.tmpdir(), `foyer-updates-test-${process.pid}`),
          maxUploadBytes: 1_000_000,
        },
      },
    });
    vendor = await createOrganization(app.services, {
      kind: 'VENDOR',
      people: [
        {
          firstName: 'Vera',
          lastName: 'Lindqvist',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        { firstName: 'Stella', lastName: 'Staff' },
      ],
    });
    licensedOrg = await createOrganization(app.services, {
      name: 'Acme Logistics',
      people: [
        {
          firstName: 'Ana',
          lastName: 'Admin',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
      ],
    });
    const unlicensedOrg = await createOrganization(app.services);
    await grantLicense(app.services, licensedOrg, {
      product: 'atlas',
      startsOn: '2029-06-11',
      endsOn: TODAY,
    });
    await grantLicense(app.services, licensedOrg, {
      product: 'beacon',
      startsOn: '2029-04-01',
      endsOn: '2030-03-31',
    });
    vendorAdmin = await app.signIn(vendor.people[0]!.email);
    vendorStaff = await app.signIn(vendor.people[1]!.email);
    licensed = await app.signIn(licensedOrg.people[0]!.email);
    unlicensed = await app.signIn(unlicensedOrg.people[0]!.email);

    atlasUpdate = await createUpdate(
      app,
      vendorAdmin,
      {
        title: 'Atlas 7.3',
        product: 'atlas',
        version: '7.3.0',
        appliesToVersions: ['7.1', '7.2'],
        releasedOn: '2030-05-20',
        releaseNotesMarkdown:
          '# Atlas 7.3\n\nFaster **reports** and a new quarantine view.\n\nMore below.',
      },
      {
        files: [
          {
            label: 'Linux x64',
            bytes: patternBytes(5000, 1),
            fileName: 'atlas-7.3.0-linux.tar.gz',
          },
          { label: 'Windows x64', bytes: patternBytes(3000, 2) },
        ],
      },
    );
    atlasHotfix = await createUpdate(
      app,
      vendorAdmin,
      {
        kind: 'HOTFIX',
        title: 'Atlas 7.2.4 hotfix',
        product: 'atlas',
        version: '7.2.4',
        releasedOn: '2030-06-01',
      },
      { files: [{ label: 'All platforms', bytes: patternBytes(4000, 3) }] },
    );
    beaconHotfix = await createUpdate(
      app,
      vendorAdmin,
      {
        kind: 'HOTFIX',
        title: 'Beacon 3.1.2 hotfix',
        product: 'beacon',
        version: '3.1.2',
        releasedOn: '2030-05-01',
      },
      { files: [{ label: 'Linux', bytes: patternBytes(1000, 4) }] },
    );
    cometNotes = await createUpdate(
      app,
      vendorAdmin,
      {
        title: 'Comet 2.0',
        product: 'comet',
        version: '2.0',
        releasedOn: '2030-04-01',
        visibility: 'ALL_CUSTOMERS',
      },
      { files: [{ label: 'Installer', bytes: patternBytes(800, 5) }] },
    );
    draft = await createUpdate(
      app,
      vendorAdmin,
      {
        title: 'Atlas 7.4 preview',
        product: 'atlas',
        version: '7.4.0',
        releasedOn: '2030-06-09',
        visibility: 'ALL_CUSTOMERS',
      },
      { publish: false, files: [{ label: 'Linux', bytes: patternBytes(700, 6) }] },
    );
  });
  afterAll(() => app.close());

  const download = (
    fileId: string,
    cookie?: string,
    headers: Record<string, string> = {},
    method = 'GET',
  ) =>
    fetch(`${app.url}/api/updates/files/${fileId}`, {
      method,
      headers: { ...(cookie ? { cookie } : {}), ...headers },
    });
  const recorded = () => app.db.manager.count(UpdateDownloadEntity);
  const titles = (edges: Array<{ node: { title: string } }>) => edges.map((e) => e.node.title);

  describe('entitlement on every kind of access', () => {
    it('opens by id, slug and node exactly what the reader may read; anything else is NOT_FOUND', async () => {
      const readable: Array<[string, () => string, CreatedUpdate[], CreatedUpdate[]]> = [
        ['licensed', () => licensed, [atlasUpdate, atlasHotfix, beaconHotfix, cometNotes], [draft]],
        [
          'unlicensed',
          () => unlicensed,
          [cometNotes],
          [atlasUpdate, atlasHotfix, beaconHotfix, draft],
        ],
        ['vendor staff', () => vendorStaff, [atlasUpdate, draft], []],
      ];
      for (const [, cookie, yes, no] of readable) {
        for (const update of yes) {
          expect((await app.graphql(UPDATE, { id: update.id }, cookie())).data?.update.id).toBe(
            update.id,
          );
          expect(
            (await app.graphql(BY_SLUG, { slug: update.slug }, cookie())).data?.updateBySlug.id,
          ).toBe(update.id);
          expect((await app.graphql(NODE, { id: update.id }, cookie())).data?.node?.id).toBe(
            update.id,
          );
        }
        for (const update of no) {
          expect(
            (await app.graphql(UPDATE, { id: update.id }, cookie())).errors?.[0]?.extensions?.code,
          ).toBe('NOT_FOUND');
          expect(
            (await app.graphql(BY_SLUG, { slug: update.slug }, cookie())).errors?.[0]?.extensions
              ?.code,
          ).toBe('NOT_FOUND');
          expect((await app.graphql(NODE, { id: update.id }, cookie())).data?.node).toBeNull();
        }
      }
      expect(
        (await app.graphql(UPDATE, { id: atlasUpdate.id })).errors?.[0]?.extensions?.code,
      ).toBe('UNAUTHENTICATED');
    });

    it('lists and counts only readable updates, newest release first, with kind and product filters', async () => {
      const mine = (await app.graphql(LIST, {}, licensed)).data!.updates;
      expect(titles(mine.edges)).toEqual([
        'Atlas 7.2.4 hotfix',
        'Atlas 7.3',
        'Beacon 3.1.2 hotfix',
        'Comet 2.0',
      ]);
      expect(mine.totalCount).toBe(4);
      expect((await app.graphql(LIST, {}, unlicensed)).data!.updates).toMatchObject({
        totalCount: 1,
        edges: [{ node: { title: 'Comet 2.0' } }],
      });
      expect((await app.graphql(LIST, {}, vendorStaff)).data!.updates.totalCount).toBe(5);

      const hotfixes = (await app.graphql(LIST, { kind: 'HOTFIX', product: 'atlas' }, licensed))
        .data!.updates;
      expect(titles(hotfixes.edges)).toEqual(['Atlas 7.2.4 hotfix']);
      // Product codes are lower case, whatever the case typed.
      const typed = (await app.graphql(LIST, { product: ' Atlas ' }, licensed)).data!.updates;
      expect(titles(typed.edges)).toEqual(['Atlas 7.2.4 hotfix', 'Atlas 7.3']);

      const first = (await app.graphql(LIST, { first: 2 }, licensed)).data!.updates;
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (
        await app.graphql(LIST, { first: 2, after: first.pageInfo.endCursor }, licensed)
      ).data!.updates;
      expect(titles(second.edges)).toEqual(['Beacon 3.1.2 hotfix', 'Comet 2.0']);
    });

    it('shows the latest updates for the reader’s licensed products only', async () => {
      expect(
        (await app.graphql(LATEST, {}, licensed)).data!.latestUpdates.map(
          (u: { title: string }) => u.title,
        ),
      ).toEqual(['Atlas 7.2.4 hotfix', 'Atlas 7.3', 'Beacon 3.1.2 hotfix']);
      expect((await app.graphql(LATEST, {}, unlicensed)).data!.latestUpdates).toEqual([]);
      expect((await app.graphql(LATEST, {}, vendorStaff)).data!.latestUpdates).toHaveLength(4);
    });

    it('finds updates in search only for readers who may open them, and never drafts', async () => {
      const mine = (await app.graphql(SEARCH, { q: 'atlas' }, licensed)).data!.search;
      expect(mine.edges.map((e: any) => e.node.title).sort()).toEqual([
        'Atlas 7.2.4 hotfix',
        'Atlas 7.3',
      ]);
      const hit = mine.edges.find((e: any) => e.node.title === 'Atlas 7.3').node;
      expect(hit).toMatchObject({
        kind: 'UPDATE',
        slug: atlasUpdate.slug,
        category: 'Update',
        node: { title: 'Atlas 7.3' },
      });
      expect(
        (await app.graphql(SEARCH, { q: 'quarantine' }, licensed)).data!.search.totalCount,
      ).toBe(1);
      expect((await app.graphql(SEARCH, { q: 'atlas' }, unlicensed)).data!.search.totalCount).toBe(
        0,
      );
      expect((await app.graphql(SEARCH, { q: 'preview' }, licensed)).data!.search.totalCount).toBe(
        0,
      );
      expect(
        (await app.graphql(SEARCH, { q: 'preview' }, vendorStaff)).data!.search.totalCount,
      ).toBe(1);
    });

    it('downloads only what the reader is entitled to: 401 signed out, 404 unreadable, 403 with the reason when readable', async () => {
      const [linux] = atlasUpdate.fileIds;
      const ok = await download(linux!, licensed);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-disposition')).toContain('atlas-7.3.0-linux.tar.gz');
      expect(sha256(Buffer.from(await ok.arrayBuffer()))).toBe(sha256(atlasUpdate.bytes[0]!));

      expect((await download(linux!)).status).toBe(401);
      const hidden = await download(linux!, unlicensed);
      expect(hidden.status).toBe(404);
      expect(((await hidden.json()) as any).error.code).toBe('NOT_FOUND');
      expect((await download(draft.fileIds[0]!, licensed)).status).toBe(404);
      expect((await download('00000000-0000-4000-8000-000000000000', licensed)).status).toBe(404);
      expect((await download('not-a-uuid', licensed)).status).toBe(404);

      const expired = await download(beaconHotfix.fileIds[0]!, licensed);
      expect(expired.status).toBe(403);
      expect(((await expired.json()) as any).error).toMatchObject({
        code: 'DOWNLOAD_NOT_ENTITLED',
        message: 'Your service plan for Beacon ended on 2030-03-31. Renew it to download hotfixes.',
      });

      const noLicence = await download(cometNotes.fileIds[0]!, unlicensed);
      expect(noLicence.status).toBe(403);
      expect(((await noLicence.json()) as any).error.message).toMatch(/no licence for Comet/);

      expect((await download(draft.fileIds[0]!, vendorStaff)).status).toBe(200);
    });

    it('gives a download address only to readers who may download, and tells the others why', async () => {
      const mine = (await app.graphql(UPDATE, { id: atlasUpdate.id }, licensed)).data!.update;
      expect(mine.files).toEqual([
        expect.objectContaining({
          label: 'Linux x64',
          fileName: 'atlas-7.3.0-linux.tar.gz',
          size: 5000,
          sha256: sha256(atlasUpdate.bytes[0]!),
          downloadUrl: `/api/updates/files/${atlasUpdate.fileIds[0]}`,
          downloadBlockedReason: null,
          downloadCount: null,
        }),
        expect.objectContaining({ label: 'Windows x64', size: 3000 }),
      ]);
      expect(mine).toMatchObject({
        viewerCanDownload: true,
        appliesToVersions: ['7.1', '7.2'],
        releasedOn: '2030-05-20',
        summary: 'Faster reports and a new quarantine view.',
      });
      expect(mine.releaseNotesHtml).toContain('<strong>reports</strong>');

      const beacon = (await app.graphql(UPDATE, { id: beaconHotfix.id }, licensed)).data!.update;
      expect(beacon.viewerCanDownload).toBe(false);
      expect(beacon.files[0]).toMatchObject({
        downloadUrl: null,
        downloadBlockedReason:
          'Your service plan for Beacon ended on 2030-03-31. Renew it to download hotfixes.',
      });

      const comet = (await app.graphql(UPDATE, { id: cometNotes.id }, unlicensed)).data!.update;
      expect(comet.files[0].downloadUrl).toBeNull();
      expect(comet.downloadBlockedReason).toMatch(/no licence for Comet/);
    });
    it('costs as many SQL statements for a page of four updates with their files as for three', async () => {
      const PAGE = `query ($first: Int) { updates(first: $first) { edges { node { title viewerCanDownload downloadBlockedReason files { label sha256 downloadUrl downloadBlockedReason } } } } }`;
      const statementsFor = async (first: number) => {
        const before = app.db.statements.count;
        const result = await app.graphql(PAGE, { first }, licensed);
        expect(result.data!.updates.edges).toHaveLength(first);
        return app.db.statements.count - before;
      };
      // Three is the smallest page with a blocked hotfix, whose reason needs the licences once.
      await statementsFor(3);
      expect(await statementsFor(4)).toBe(await statementsFor(3));
    });

    it('costs as many SQL statements for a page of four updates, or four articles, with the links between them as for one', async () => {
      const product = `fixcost${Date.now().toString(36)}`;
      const articles = [];
      for (let i = 0; i < 4; i++) {
        const update = await createUpdate(app, vendorAdmin, {
          title: `Fix ${i} for ${product}`,
          product,
          version: `1.${i}`,
          releasedOn: `2030-01-0${i + 1}`,
          visibility: 'ALL_CUSTOMERS',
        });
        const article = await createArticle(app, vendorAdmin, {
          title: `Problem ${i} of ${product}`,
          product,
          visibility: 'ALL_CUSTOMERS',
        });
        expect(
          (await app.graphql(LINK, { u: update.id, a: article.id }, vendorAdmin)).data!
            .linkUpdateArticle.error,
        ).toBeNull();
        articles.push(article);
      }
      const updatesCost = async (first: number) => {
        const before = app.db.statements.count;
        const result = await app.graphql(
          `query ($first: Int, $product: String) { updates(first: $first, product: $product) {
          edges { node { title fixesArticles { title } } } } }`,
          { first, product },
          unlicensed,
        );
        const after = app.db.statements.count;
        expect(result.errors).toBeUndefined();
        const nodes = result.data!.updates.edges.map((e: any) => e.node);
        expect(nodes).toHaveLength(first);
        for (const node of nodes)
          expect(node.fixesArticles).toEqual([
            { title: node.title.replace(/^Fix (\d) for /, 'Problem $1 of ') },
          ]);
        return after - before;
      };
      const articlesCost = async (first: number) => {
        const before = app.db.statements.count;
        const result = await app.graphql(
          `query ($first: Int, $product: String) { articles(first: $first, product: $product) {
          edges { node { title fixedIn { title } } } } }`,
          { first, product },
          unlicensed,
        );
        const after = app.db.statements.count;
        expect(result.errors).toBeUndefined();
        const nodes = result.data!.articles.edges.map((e: any) => e.node);
        expect(nodes).toHaveLength(first);
        for (const node of nodes)
          expect(node.fixedIn).toEqual([
            { title: node.title.replace(/^Problem (\d) of /, 'Fix $1 for ') },
          ]);
        return after - before;
      };
      expect(await updatesCost(4)).toBe(await updatesCost(1));
      expect(await articlesCost(4)).toBe(await articlesCost(1));
    });
  });

  describe('downloads', () => {
    it('records a download once, however many range requests continue it, and serves the right bytes', async () => {
      const fileId = atlasUpdate.fileIds[1]!;
      const bytes = atlasUpdate.bytes[1]!;
      const before = await recorded();

      const start = await download(fileId, licensed, { range: 'bytes=0-999' });
      expect(start.status).toBe(206);
      expect(Buffer.from(await start.arrayBuffer()).equals(bytes.subarray(0, 1000))).toBe(true);
      const rest = await download(fileId, licensed, { range: 'bytes=1000-' });
      expect(rest.status).toBe(206);
      expect(rest.headers.get('content-range')).toBe('bytes 1000-2999/3000');
      expect(Buffer.from(await rest.arrayBuffer()).equals(bytes.subarray(1000))).toBe(true);
      const head = await download(fileId, licensed, {}, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.headers.get('content-length')).toBe('3000');
      expect(await recorded()).toBe(before + 1);

      const past = await download(fileId, licensed, { range: 'bytes=3000-' });
      expect(past.status).toBe(416);
      expect(past.headers.get('content-range')).toBe('bytes */3000');

      await (await download(fileId, licensed)).arrayBuffer();
      expect(await recorded()).toBe(before + 2);
    });

    it('shows vendor staff who downloaded what, with a count per file, and no one else', async () => {
      const before = (await app.graphql(UPDATE, { id: atlasHotfix.id }, vendorStaff)).data!.update
        .files[0].downloadCount;
      await (await download(atlasHotfix.fileIds[0]!, licensed)).arrayBuffer();
      const after = (await app.graphql(UPDATE, { id: atlasHotfix.id }, vendorStaff)).data!.update
        .files[0].downloadCount;
      expect(after).toBe(before + 1);

      const list = (await app.graphql(DOWNLOADS, { id: atlasHotfix.id }, vendorStaff)).data!
        .updateDownloads;
      expect(list[0]).toMatchObject({
        fileLabel: 'All platforms',
        professionalName: 'Ana Admin',
        organizationName: 'Acme Logistics',
        downloadedAt: clock.now().toISOString(),
      });

      expect(
        (await app.graphql(DOWNLOADS, { id: atlasHotfix.id }, licensed)).errors?.[0]?.extensions
          ?.code,
      ).toBe('FORBIDDEN');
    });
  });

  describe('drafts and writing', () => {
    it('keeps a draft from customers until it is published, and hides it again when unpublished', async () => {
      const created = await createUpdate(
        app,
        vendorAdmin,
        { title: 'Comet 2.1', product: 'comet', version: '2.1', visibility: 'ALL_CUSTOMERS' },
        { publish: false },
      );
      expect(
        (await app.graphql(UPDATE, { id: created.id }, unlicensed)).errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');
      await app.graphql(PUBLISH, { id: created.id }, vendorAdmin);
      expect((await app.graphql(UPDATE, { id: created.id }, unlicensed)).data!.update.title).toBe(
        'Comet 2.1',
      );
      expect(
        (await app.graphql(SEARCH, { q: 'comet 2.1' }, unlicensed)).data!.search.totalCount,
      ).toBe(1);
      await app.graphql(UNPUBLISH, { id: created.id }, vendorAdmin);
      expect(
        (await app.graphql(UPDATE, { id: created.id }, unlicensed)).errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');
      expect(
        (await app.graphql(SEARCH, { q: 'comet 2.1' }, unlicensed)).data!.search.totalCount,
      ).toBe(0);
    });

    it('refuses every writing mutation to anyone but vendor administrators', async () => {
      const input = {
        kind: 'UPDATE',
        title: 'Nope',
        product: 'atlas',
        version: '1',
        releaseNotesMarkdown: '',
        releasedOn: '2030-01-01',
      };
      for (const cookie of [vendorStaff, licensed]) {
        expect((await app.graphql(CREATE, { input }, cookie)).data!.createUpdate.error.code).toBe(
          'FORBIDDEN',
        );
        expect(
          (
            await app.graphql(
              UPDATE_FIELDS,
              { input: { id: atlasUpdate.id, title: 'Hacked' } },
              cookie,
            )
          ).data!.updateUpdate.error.code,
        ).toBe('FORBIDDEN');
        expect(
          (await app.graphql(UNPUBLISH, { id: atlasUpdate.id }, cookie)).data!.unpublishUpdate.error
            .code,
        ).toBe('FORBIDDEN');
        expect(
          (await app.graphql(REMOVE_FILE, { id: atlasUpdate.fileIds[0] }, cookie)).data!
            .removeUpdateFile.error.code,
        ).toBe('FORBIDDEN');
        expect(
          (
            await app.graphql(
              LINK,
              {
                u: atlasUpdate.id,
                a: toGlobalId('Article', '00000000-0000-4000-8000-000000000000'),
              },
              cookie,
            )
          ).data!.linkUpdateArticle.error.code,
        ).toBe('FORBIDDEN');
      }
      expect(
        (await app.graphql(UPDATE, { id: atlasUpdate.id }, vendorStaff)).data!.update.title,
      ).toBe('Atlas 7.3');
    });

    it('validates input as payload errors, and edits the fields given', async () => {
      const bad = (
        await app.graphql(
          CREATE,
          {
            input: {
              kind: 'UPDATE',
              title: 'x',
              product: 'Not A Code',
              version: '1',
              releaseNotesMarkdown: '',
              releasedOn: '2030-01-01',
            },
          },
          vendorAdmin,
        )
      ).data!.createUpdate;
      expect(bad.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'product' });
      const badDay = (
        await app.graphql(
          CREATE,
          {
            input: {
              kind: 'UPDATE',
              title: 'x',
              product: 'atlas',
              version: '1',
              releaseNotesMarkdown: '',
              releasedOn: '2030-02-31',
            },
          },
          vendorAdmin,
        )
      ).data!.createUpdate;
      expect(badDay.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'releasedOn' });
      // "new" is the editor's own address (/updates/new): no update may take it.
      const reserved = (
        await app.graphql(
          CREATE,
          {
            input: {
              kind: 'UPDATE',
              title: 'x',
              slug: 'new',
              product: 'atlas',
              version: '1',
              releaseNotesMarkdown: '',
              releasedOn: '2030-01-01',
            },
          },
          vendorAdmin,
        )
      ).data!.createUpdate;
      expect(reserved.error).toMatchObject({ code: 'SLUG_TAKEN', field: 'slug' });
      const titledNew = (
        await app.graphql(
          CREATE,
          {
            input: {
              kind: 'UPDATE',
              title: 'New',
              product: 'atlas',
              version: '1',
              releaseNotesMarkdown: '',
              releasedOn: '2030-01-01',
            },
          },
          vendorAdmin,
        )
      ).data!.createUpdate;
      expect(titledNew.update.slug).toBe('new-2');
      // An update stores no audience: a chosen audience would reach nobody.
      const chosen = (
        await app.graphql(
          CREATE,
          {
            input: {
              kind: 'UPDATE',
              title: 'x',
              product: 'atlas',
              version: '1',
              releaseNotesMarkdown: '',
              releasedOn: '2030-01-01',
              visibility: 'CHOSEN_AUDIENCE',
            },
          },
          vendorAdmin,
        )
      ).data!.createUpdate;
      expect(chosen.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'visibility' });
      const taken = (
        await app.graphql(
          CREATE,
          {
            input: {
              kind: 'UPDATE',
              title: 'x',
              slug: atlasUpdate.slug,
              product: 'atlas',
              version: '1',
              releaseNotesMarkdown: '',
              releasedOn: '2030-01-01',
            },
          },
          vendorAdmin,
        )
      ).data!.createUpdate;
      expect(taken.error).toMatchObject({ code: 'SLUG_TAKEN', field: 'slug' });
      const missingFile = (
        await app.graphql(
          ATTACH,
          {
            input: {
              updateId: atlasUpdate.id,
              fileId: '00000000-0000-4000-8000-000000000000',
              label: 'x',
            },
          },
          vendorAdmin,
        )
      ).data!.attachUpdateFile;
      expect(missingFile.error).toMatchObject({ code: 'NOT_FOUND', field: 'fileId' });

      const edited = (
        await app.graphql(
          UPDATE_FIELDS,
          { input: { id: cometNotes.id, appliesToVersions: ['1.9', ' 1.9 ', '1.8'] } },
          vendorAdmin,
        )
      ).data!.updateUpdate;
      expect(edited).toMatchObject({
        error: null,
        update: { title: 'Comet 2.0', appliesToVersions: ['1.9', '1.8'] },
      });
    });

    it('stops offering a removed file at once, and keeps its downloads on record', async () => {
      const update = await createUpdate(
        app,
        vendorAdmin,
        { title: 'Comet 2.0.1', product: 'comet', visibility: 'ALL_CUSTOMERS' },
        { files: [{ label: 'Old', bytes: patternBytes(100, 7) }] },
      );
      await (await download(update.fileIds[0]!, vendorStaff)).arrayBuffer();
      expect(
        (await app.graphql(REMOVE_FILE, { id: update.fileIds[0] }, vendorAdmin)).data!
          .removeUpdateFile.error,
      ).toBeNull();
      expect((await download(update.fileIds[0]!, vendorStaff)).status).toBe(404);
      expect(
        (await app.graphql(DOWNLOADS, { id: update.id }, vendorStaff)).data!.updateDownloads,
      ).toMatchObject([{ fileName: 'comet-2-0-1.bin', fileLabel: null }]);
    });
  });

  describe('fixed in', () => {
    it('links hotfixes and articles both ways, showing each side only to readers who may open it', async () => {
      const open = await createArticle(app, vendorAdmin, {
        title: 'Atlas agent crashes on start',
        product: 'atlas',
      });
      const licensedOnly = await createArticle(app, vendorAdmin, {
        title: 'Comet licence server errors',
        product: 'comet',
        visibility: 'ENTITLED_PRODUCT',
      });
      for (const article of [open, licensedOnly]) {
        expect(
          (await app.graphql(LINK, { u: atlasHotfix.id, a: article.id }, vendorAdmin)).data!
            .linkUpdateArticle.error,
        ).toBeNull();
      }
      expect(
        (await app.graphql(FIXES, { id: atlasHotfix.id }, licensed)).data!.update.fixesArticles,
      ).toEqual([{ title: 'Atlas agent crashes on start' }]);
      expect(
        (await app.graphql(FIXES, { id: atlasHotfix.id }, vendorStaff)).data!.update.fixesArticles,
      ).toHaveLength(2);
      expect(
        (await app.graphql(FIXED_IN, { id: open.id }, licensed)).data!.article.fixedIn,
      ).toEqual([{ title: 'Atlas 7.2.4 hotfix', kind: 'HOTFIX' }]);
      expect(
        (await app.graphql(FIXED_IN, { id: open.id }, unlicensed)).data!.article.fixedIn,
      ).toEqual([]);
    });
  });

  // Moves the clock: keep last.
  describe('when a service plan ends', () => {
    it('stops hotfix downloads from the next request on, while updates stay downloadable with the licence', async () => {
      const hotfix = atlasHotfix.fileIds[0]!;
      const first = await download(hotfix, licensed, { range: 'bytes=0-1999' });
      expect(first.status).toBe(206);
      await first.arrayBuffer();

      clock.advanceDays(1);

      const rest = await download(hotfix, licensed, { range: 'bytes=2000-' });
      expect(rest.status).toBe(403);
      expect(((await rest.json()) as any).error.message).toBe(
        `Your service plan for Atlas ended on ${TODAY}. Renew it to download hotfixes.`,
      );
      const page = (await app.graphql(UPDATE, { id: atlasHotfix.id }, licensed)).data!.update;
      expect(page.files[0]).toMatchObject({
        downloadUrl: null,
        downloadBlockedReason: expect.stringContaining('ended on 2030-06-10'),
      });

      expect((await download(atlasUpdate.fileIds[0]!, licensed)).status).toBe(200);
    });
  });
});
