import { startTestApp, type GraphQLResponse, type TestApp } from '../../test/test-app';
import { createOrganization, grantLicense, type CreatedOrganization } from '../../test/factories';
import { idOf, toGlobalId } from '../../platform/graphql/global-id';
import { ArticleVersionEntity } from './article-version.entity';
import { ARTICLE_FIELDS, createArticle } from './knowledge-base.test-helpers';

const ARTICLE = `query ($id: ID!) { article(id: $id) { ${ARTICLE_FIELDS} } }`;
const BY_SLUG = `query ($slug: String!) { articleBySlug(slug: $slug) { id title } }`;
const NODE = `query ($id: ID!) { node(id: $id) { id ... on Article { title } } }`;
const LIST = `query ($first: Int, $after: String, $product: String, $version: String, $category: String, $published: Boolean) {
  articles(first: $first, after: $after, product: $product, version: $version, category: $category, published: $published) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title publishedAt } }
  }
}`;
const CREATE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { article { id slug versionNumber publishedAt } error { code message field } } }`;
const UPDATE = `mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { article { id title summary bodyMarkdown tags product versionNumber } error { code message field } } }`;
const PUBLISH = `mutation ($id: ID!) { publishArticle(id: $id) { article { id publishedAt } error { code } } }`;
const UNPUBLISH = `mutation ($id: ID!) { unpublishArticle(id: $id) { article { id publishedAt } error { code } } }`;
const VERSIONS = `query ($id: ID!) { articleVersions(articleId: $id) { number title summary bodyMarkdown product version category tags visibility editedBy editedAt restoredFrom } }`;
const RESTORE = `mutation ($id: ID!, $number: Int!) { restoreArticleVersion(articleId: $id, number: $number) { article { title bodyMarkdown versionNumber } error { code field } } }`;
const RESTORE_DETAILS = `mutation ($id: ID!, $number: Int!) { restoreArticleVersion(articleId: $id, number: $number) { article { title product category tags visibility versionNumber } error { code message field } } }`;
const RATE = `mutation ($id: ID!, $helpful: Boolean!) { rateArticle(articleId: $id, helpful: $helpful) { article { helpfulCount notHelpfulCount viewerFeedback } error { code } } }`;
const RELATED = `query ($id: ID!) { article(id: $id) { relatedArticles(first: 10) { title } } }`;

describe('knowledge-base articles', () => {
  let app: TestApp;
  let vendor: CreatedOrganization;
  let customer: CreatedOrganization;
  let other: CreatedOrganization;
  let vendorAdmin: string;
  let vendorStaff: string;
  let customerAdmin: string;
  let customerMember: string;
  let otherReader: string;

  beforeAll(async () => {
    app = await startTestApp();
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
    customer = await createOrganization(app.services, {
      people: [
        {
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        {},
      ],
    });
    other = await createOrganization(app.services);
    await grantLicense(app.services, customer, { product: 'atlas' });
    vendorAdmin = await app.signIn(vendor.people[0]!.email);
    vendorStaff = await app.signIn(vendor.people[1]!.email);
    customerAdmin = await app.signIn(customer.people[0]!.email);
    customerMember = await app.signIn(customer.people[1]!.email);
    otherReader = await app.signIn(other.people[0]!.email);
  });
  afterAll(() => app.close());

  describe('writing', () => {
    it('creates a draft with a slug from its title, which only vendor staff see', async () => {
      const created = await app.graphql(
        CREATE,
        {
          input: {
            title: 'Rotating the Atlas signing key (v7)',
            bodyMarkdown: 'Steps…',
            product: 'atlas',
          },
        },
        vendorAdmin,
      );
      const article = created.data!.createArticle.article;
      expect(created.data!.createArticle.error).toBeNull();
      expect(article).toMatchObject({
        slug: 'rotating-the-atlas-signing-key-v7',
        versionNumber: 1,
        publishedAt: null,
      });

      expect(
        (await app.graphql(ARTICLE, { id: article.id }, vendorStaff)).data!.article.title,
      ).toBe('Rotating the Atlas signing key (v7)');
      const hidden = await app.graphql(ARTICLE, { id: article.id }, customerAdmin);
      expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

      await app.graphql(PUBLISH, { id: article.id }, vendorAdmin);
      expect(
        (await app.graphql(ARTICLE, { id: article.id }, customerAdmin)).data!.article.publishedAt,
      ).toEqual(expect.any(String));
      await app.graphql(UNPUBLISH, { id: article.id }, vendorAdmin);
      expect(
        (await app.graphql(ARTICLE, { id: article.id }, customerAdmin)).errors?.[0]?.extensions
          ?.code,
      ).toBe('NOT_FOUND');
    });

    it('gives a second article with the same title another slug, and refuses a slug that is taken', async () => {
      const first = await createArticle(app, vendorAdmin, { title: 'Same title' });
      const second = await createArticle(app, vendorAdmin, { title: 'Same title' });
      expect([first.slug, second.slug]).toEqual(['same-title', 'same-title-2']);
      const taken = await app.graphql(
        CREATE,
        { input: { title: 'Another', slug: 'same-title', bodyMarkdown: '' } },
        vendorAdmin,
      );
      expect(taken.data!.createArticle).toMatchObject({
        article: null,
        error: { code: 'SLUG_TAKEN', field: 'slug' },
      });
      const renamed = await app.graphql(
        UPDATE,
        { input: { id: second.id, slug: 'same-title' } },
        vendorAdmin,
      );
      expect(renamed.data!.updateArticle.error).toMatchObject({
        code: 'SLUG_TAKEN',
        field: 'slug',
      });
    });

    it('validates the input and the visibility rule, as payload errors', async () => {
      const badSlug = await app.graphql(
        CREATE,
        { input: { title: 'x', slug: 'Not A Slug', bodyMarkdown: '' } },
        vendorAdmin,
      );
      expect(badSlug.data!.createArticle.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'slug',
      });
      const noTitle = await app.graphql(
        CREATE,
        { input: { title: '', bodyMarkdown: '' } },
        vendorAdmin,
      );
      expect(noTitle.data!.createArticle.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'title',
      });
      const noProduct = await app.graphql(
        CREATE,
        { input: { title: 'Licensed only', bodyMarkdown: '', visibility: 'ENTITLED_PRODUCT' } },
        vendorAdmin,
      );
      expect(noProduct.data!.createArticle.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'product',
      });
    });

    it('is for vendor administrators only', async () => {
      const { id } = await createArticle(app, vendorAdmin, { title: 'Protected from edits' });
      for (const cookie of [vendorStaff, customerAdmin]) {
        const created = await app.graphql(
          CREATE,
          { input: { title: 'Nope', bodyMarkdown: '' } },
          cookie,
        );
        expect(created.data!.createArticle.error.code).toBe('FORBIDDEN');
        const updated = await app.graphql(UPDATE, { input: { id, title: 'Defaced' } }, cookie);
        expect(updated.data!.updateArticle.error.code).toBe('FORBIDDEN');
        expect(
          (await app.graphql(UNPUBLISH, { id }, cookie)).data!.unpublishArticle.error.code,
        ).toBe('FORBIDDEN');
      }
      const signedOut = await app.graphql(CREATE, { input: { title: 'Nope', bodyMarkdown: '' } });
      expect(signedOut.data!.createArticle.error.code).toBe('UNAUTHENTICATED');
      expect((await app.graphql(ARTICLE, { id }, customerAdmin)).data!.article.title).toBe(
        'Protected from edits',
      );
      expect((await app.graphql('{ viewerCanManageArticles }', {}, vendorAdmin)).data).toEqual({
        viewerCanManageArticles: true,
      });
      expect((await app.graphql('{ viewerCanManageArticles }', {}, vendorStaff)).data).toEqual({
        viewerCanManageArticles: false,
      });
    });
  });

  describe('versions', () => {
    it('keeps every earlier version and restores one as a new version', async () => {
      const { id } = await createArticle(app, vendorAdmin, {
        title: 'Backups',
        summary: 'v1 summary',
        bodyMarkdown: 'First body',
      });
      const second = await app.graphql(
        UPDATE,
        { input: { id, title: 'Backups and restores', bodyMarkdown: 'Second body' } },
        vendorAdmin,
      );
      expect(second.data!.updateArticle.article).toMatchObject({
        title: 'Backups and restores',
        versionNumber: 2,
      });
      // Tags are kept in versions too.
      const tagged = await app.graphql(
        UPDATE,
        { input: { id, tags: ['Backup', 'backup', ' Storage '] } },
        vendorAdmin,
      );
      expect(tagged.data!.updateArticle.article).toMatchObject({
        tags: ['backup', 'storage'],
        versionNumber: 3,
      });
      await app.graphql(
        UPDATE,
        { input: { id, bodyMarkdown: 'Third body, with a mistake' } },
        vendorAdmin,
      );
      // Saving what is already there is no edit.
      const unchanged = await app.graphql(
        UPDATE,
        { input: { id, tags: ['backup', 'storage'] } },
        vendorAdmin,
      );
      expect(unchanged.data!.updateArticle.article.versionNumber).toBe(4);

      const versions = (await app.graphql(VERSIONS, { id }, vendorStaff)).data!.articleVersions;
      expect(
        versions.map(
          (v: { number: number; title: string; bodyMarkdown: string; tags: string[] }) => [
            v.number,
            v.title,
            v.bodyMarkdown,
            v.tags,
          ],
        ),
      ).toEqual([
        [4, 'Backups and restores', 'Third body, with a mistake', ['backup', 'storage']],
        [3, 'Backups and restores', 'Second body', ['backup', 'storage']],
        [2, 'Backups and restores', 'Second body', []],
        [1, 'Backups', 'First body', []],
      ]);
      expect(versions[0].editedBy).toBe('Vera Lindqvist');
      expect(versions[0].visibility).toBe('ALL_CUSTOMERS');

      const restored = await app.graphql(RESTORE, { id, number: 1 }, vendorAdmin);
      expect(restored.data!.restoreArticleVersion).toEqual({
        article: { title: 'Backups', bodyMarkdown: 'First body', versionNumber: 5 },
        error: null,
      });
      const after = (await app.graphql(VERSIONS, { id }, vendorAdmin)).data!.articleVersions;
      expect(after).toHaveLength(5);
      expect(after[0]).toMatchObject({ number: 5, title: 'Backups', tags: [], restoredFrom: 1 });
      expect(after[1]).toMatchObject({ number: 4, bodyMarkdown: 'Third body, with a mistake' });

      const missing = await app.graphql(RESTORE, { id, number: 99 }, vendorAdmin);
      expect(missing.data!.restoreArticleVersion.error).toEqual({
        code: 'NOT_FOUND',
        field: 'number',
      });
    });

    it('keeps edits of the details, and restores them but not who may read the article', async () => {
      const { id } = await createArticle(app, vendorAdmin, {
        title: 'Proxy setup',
        bodyMarkdown: 'Set the proxy.',
        product: 'atlas',
        category: 'Setup',
        tags: ['proxy'],
      });
      const closed = await app.graphql(
        UPDATE,
        { input: { id, category: 'Networking', tags: ['network'], visibility: 'VENDOR_ONLY' } },
        vendorAdmin,
      );
      expect(closed.data!.updateArticle.article.versionNumber).toBe(2);
      const [second, first] = (await app.graphql(VERSIONS, { id }, vendorAdmin)).data!
        .articleVersions;
      expect(first).toMatchObject({
        product: 'atlas',
        category: 'Setup',
        tags: ['proxy'],
        visibility: 'ALL_CUSTOMERS',
      });
      expect(second).toMatchObject({
        category: 'Networking',
        tags: ['network'],
        visibility: 'VENDOR_ONLY',
      });

      const restored = await app.graphql(RESTORE_DETAILS, { id, number: 1 }, vendorAdmin);
      expect(restored.data!.restoreArticleVersion).toEqual({
        article: {
          title: 'Proxy setup',
          product: 'atlas',
          category: 'Setup',
          tags: ['proxy'],
          visibility: 'VENDOR_ONLY',
          versionNumber: 3,
        },
        error: null,
      });
      // Related articles find it by its restored tags again.
      const tagRows = await app.db.manager.query(
        app.db.kind === 'postgres'
          ? 'SELECT tag FROM article_tag WHERE article_id = $1'
          : 'SELECT tag FROM article_tag WHERE article_id = ?',
        [idOf('Article', id)],
      );
      expect(tagRows.map((r: { tag: string }) => r.tag)).toEqual(['proxy']);
    });

    it('keeps the product that decides who may read the article when a version is restored', async () => {
      const { id } = await createArticle(app, vendorAdmin, {
        title: 'Licence server tuning',
        product: 'atlas',
        category: 'Setup',
        visibility: 'ENTITLED_PRODUCT',
      });
      // Moved to a product the customer holds no licence for: closed to them.
      await app.graphql(
        UPDATE,
        { input: { id, product: 'comet', category: 'Performance' } },
        vendorAdmin,
      );
      expect(
        (await app.graphql(ARTICLE, { id }, customerAdmin)).errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');

      const restored = await app.graphql(RESTORE_DETAILS, { id, number: 1 }, vendorAdmin);
      expect(restored.data!.restoreArticleVersion.article).toMatchObject({
        product: 'comet',
        category: 'Setup',
        visibility: 'ENTITLED_PRODUCT',
        versionNumber: 3,
      });
      expect(
        (await app.graphql(ARTICLE, { id }, customerAdmin)).errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');
    });

    it('restores the text alone of a version made before the details were recorded', async () => {
      const { id } = await createArticle(app, vendorAdmin, {
        title: 'Old article',
        bodyMarkdown: 'Old body',
        category: 'Before',
      });
      await app.graphql(
        UPDATE,
        { input: { id, bodyMarkdown: 'New body', category: 'After' } },
        vendorAdmin,
      );
      await app.db.write([], (manager) =>
        manager.update(
          ArticleVersionEntity,
          { articleId: idOf('Article', id), number: 1 },
          { product: null, version: null, category: null, tags: null, visibility: null },
        ),
      );
      const [, first] = (await app.graphql(VERSIONS, { id }, vendorAdmin)).data!.articleVersions;
      expect(first).toMatchObject({ category: null, tags: null, visibility: null });

      const restored = await app.graphql(RESTORE_DETAILS, { id, number: 1 }, vendorAdmin);
      expect(restored.data!.restoreArticleVersion.article).toMatchObject({
        title: 'Old article',
        category: 'After',
        versionNumber: 3,
      });
    });

    it('are not shown to customers, and restoring is for vendor administrators', async () => {
      const { id } = await createArticle(app, vendorAdmin, {
        title: 'Versioned',
        bodyMarkdown: 'one',
      });
      await app.graphql(UPDATE, { input: { id, bodyMarkdown: 'two' } }, vendorAdmin);
      expect(
        (await app.graphql(VERSIONS, { id }, customerAdmin)).errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        (await app.graphql(RESTORE, { id, number: 1 }, customerAdmin)).data!.restoreArticleVersion
          .error.code,
      ).toBe('FORBIDDEN');
      expect(
        (await app.graphql(RESTORE, { id, number: 1 }, vendorStaff)).data!.restoreArticleVersion
          .error.code,
      ).toBe('FORBIDDEN');
    });
  });

  describe('feedback', () => {
    it('counts one verdict per professional, which they may change', async () => {
      const { id } = await createArticle(app, vendorAdmin, { title: 'Was this helpful?' });
      expect(
        (await app.graphql(RATE, { id, helpful: true }, customerAdmin)).data!.rateArticle.article,
      ).toEqual({ helpfulCount: 1, notHelpfulCount: 0, viewerFeedback: true });
      expect(
        (await app.graphql(RATE, { id, helpful: true }, customerAdmin)).data!.rateArticle.article,
      ).toEqual({ helpfulCount: 1, notHelpfulCount: 0, viewerFeedback: true });
      expect(
        (await app.graphql(RATE, { id, helpful: false }, customerMember)).data!.rateArticle.article,
      ).toEqual({ helpfulCount: 1, notHelpfulCount: 1, viewerFeedback: false });
      expect(
        (await app.graphql(RATE, { id, helpful: false }, customerAdmin)).data!.rateArticle.article,
      ).toEqual({ helpfulCount: 0, notHelpfulCount: 2, viewerFeedback: false });
      const seenByOther = (await app.graphql(ARTICLE, { id }, otherReader)).data!.article;
      expect(seenByOther).toMatchObject({
        helpfulCount: 0,
        notHelpfulCount: 2,
        viewerFeedback: null,
      });
    });

    it('cannot be given on an article the reader may not open', async () => {
      const { id } = await createArticle(app, vendorAdmin, {
        title: 'Licensed feedback',
        product: 'comet',
        visibility: 'ENTITLED_PRODUCT',
      });
      expect(
        (await app.graphql(RATE, { id, helpful: true }, customerAdmin)).data!.rateArticle.error
          .code,
      ).toBe('NOT_FOUND');
    });
  });

  describe('reading', () => {
    it('renders the body safely', async () => {
      const { id } = await createArticle(app, vendorAdmin, {
        title: 'Hostile body',
        bodyMarkdown:
          '# Title\n\n<script>alert(1)</script>\n\n<img src="https://x.example/a.png" onerror="alert(2)">\n\n[click](javascript:alert(3)) <a href="javascript:alert(4)">there</a>',
      });
      const html: string = (await app.graphql(ARTICLE, { id }, customerAdmin)).data!.article
        .bodyHtml;
      expect(html).toContain('<h1>Title</h1>');
      expect(html).toContain('<img src="https://x.example/a.png" />');
      expect(html).not.toMatch(
        /<script|onerror|href="javascript|alert\(\d\)<|javascript:alert\(4\)/,
      );
    });

    it('answers NOT_FOUND alike for a missing article and one the reader may not open, by id, slug and node', async () => {
      const restricted = await createArticle(app, vendorAdmin, {
        title: 'Comet internals',
        product: 'comet',
        visibility: 'ENTITLED_PRODUCT',
      });
      const missingId = toGlobalId('Article', '00000000-0000-4000-8000-000000000000');
      const errorOf = (r: {
        errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
      }) => ({ message: r.errors?.[0]?.message, code: r.errors?.[0]?.extensions?.code });
      const forbiddenById = errorOf(
        await app.graphql(ARTICLE, { id: restricted.id }, customerAdmin),
      );
      expect(forbiddenById).toEqual(
        errorOf(await app.graphql(ARTICLE, { id: missingId }, customerAdmin)),
      );
      expect(forbiddenById.code).toBe('NOT_FOUND');
      expect(errorOf(await app.graphql(BY_SLUG, { slug: restricted.slug }, customerAdmin))).toEqual(
        errorOf(await app.graphql(BY_SLUG, { slug: 'no-such-article' }, customerAdmin)),
      );
      expect((await app.graphql(NODE, { id: restricted.id }, customerAdmin)).data).toEqual({
        node: null,
      });
      expect((await app.graphql(NODE, { id: restricted.id }, vendorStaff)).data).toEqual({
        node: { id: restricted.id, title: 'Comet internals' },
      });
      expect(
        (await app.graphql(BY_SLUG, { slug: restricted.slug }, vendorStaff)).data!.articleBySlug
          .title,
      ).toBe('Comet internals');
      expect(
        (await app.graphql(ARTICLE, { id: restricted.id })).errors?.[0]?.extensions?.code,
      ).toBe('UNAUTHENTICATED');
    });

    it('lists what the reader may open, filtered and keyset-paged', async () => {
      const fresh = await startTestApp();
      try {
        const v = await createOrganization(fresh.services, { kind: 'VENDOR' });
        const c = await createOrganization(fresh.services);
        await grantLicense(fresh.services, c, { product: 'atlas' });
        const admin = await fresh.signIn(v.people[0]!.email);
        const reader = await fresh.signIn(c.people[0]!.email);
        for (let i = 1; i <= 5; i++)
          await createArticle(fresh, admin, {
            title: `Atlas ${i}`,
            product: 'atlas',
            version: i === 5 ? '7.1.3' : i % 2 ? '7.2' : '7.1',
            category: 'Setup',
          });
        await createArticle(fresh, admin, {
          title: 'Comet only',
          product: 'comet',
          visibility: 'ENTITLED_PRODUCT',
        });
        await createArticle(fresh, admin, { title: 'Draft', product: 'atlas' }, { publish: false });
        await createArticle(fresh, admin, { title: 'Vendor notes', visibility: 'VENDOR_ONLY' });

        const titles = async (cookie: string, variables: Record<string, unknown>) => {
          const seen: string[] = [];
          let after: string | null = null;
          let total = 0;
          for (let page = 0; page < 10; page++) {
            const result: GraphQLResponse = await fresh.graphql(
              LIST,
              { ...variables, first: 2, after },
              cookie,
            );
            expect(result.errors).toBeUndefined();
            const connection = result.data!.articles;
            total = connection.totalCount;
            seen.push(...connection.edges.map((e: { node: { title: string } }) => e.node.title));
            if (!connection.pageInfo.hasNextPage) break;
            after = connection.pageInfo.endCursor;
          }
          return { total, titles: seen.sort() };
        };
        expect(await titles(reader, {})).toEqual({
          total: 5,
          titles: ['Atlas 1', 'Atlas 2', 'Atlas 3', 'Atlas 4', 'Atlas 5'],
        });
        // A version takes its maintenance releases (7.1.3) too.
        expect(await titles(reader, { version: '7.1' })).toEqual({
          total: 3,
          titles: ['Atlas 2', 'Atlas 4', 'Atlas 5'],
        });
        expect(await titles(reader, { version: '7.1.3' })).toEqual({
          total: 1,
          titles: ['Atlas 5'],
        });
        expect(await titles(reader, { product: 'comet' })).toEqual({ total: 0, titles: [] });
        expect((await titles(reader, { product: 'Atlas' })).total).toBe(5);
        expect((await titles(admin, {})).total).toBe(8);
        expect(await titles(admin, { published: false })).toEqual({ total: 1, titles: ['Draft'] });
        expect(await titles(reader, { published: false })).toEqual({ total: 0, titles: [] });
      } finally {
        await fresh.close();
      }
    });

    it('relates articles on the same product and category or sharing tags, readable ones only', async () => {
      const main = await createArticle(app, vendorAdmin, {
        title: 'Relate me',
        product: 'quasar',
        category: 'Backup',
        tags: ['snapshots', 'retention'],
      });
      await createArticle(app, vendorAdmin, {
        title: 'Same shelf, one shared tag',
        product: 'quasar',
        category: 'Backup',
        tags: ['snapshots'],
      });
      await createArticle(app, vendorAdmin, {
        title: 'Two shared tags',
        tags: ['snapshots', 'retention'],
      });
      await createArticle(app, vendorAdmin, { title: 'One shared tag', tags: ['retention'] });
      await createArticle(app, vendorAdmin, {
        title: 'Unrelated',
        product: 'quasar',
        category: 'Install',
        tags: ['other'],
      });
      await createArticle(app, vendorAdmin, {
        title: 'Shared but licensed',
        product: 'comet',
        visibility: 'ENTITLED_PRODUCT',
        tags: ['snapshots'],
      });
      await createArticle(
        app,
        vendorAdmin,
        { title: 'Shared but draft', tags: ['snapshots'] },
        { publish: false },
      );
      const related = (
        await app.graphql(RELATED, { id: main.id }, customerAdmin)
      ).data!.article.relatedArticles.map((a: { title: string }) => a.title);
      expect(related).toEqual(['Same shelf, one shared tag', 'Two shared tags', 'One shared tag']);
      const forVendor = (
        await app.graphql(RELATED, { id: main.id }, vendorStaff)
      ).data!.article.relatedArticles.map((a: { title: string }) => a.title);
      expect(forVendor).toEqual(
        expect.arrayContaining(['Shared but licensed', 'Shared but draft']),
      );
    });
  });
});
