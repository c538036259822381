import { startTestApp, type GraphQLResponse, type TestApp } from '../../test/test-app';
import { createOrganization, grantLicense } from '../../test/factories';
import { TestClock } from '../../test/test-clock';
import { isoDay } from '@foyer/shared';
import { createArticle, type ArticleSpec } from './knowledge-base.test-helpers';

const SEARCH = `query ($q: String!, $kinds: [ContentKind!], $product: String, $version: String, $category: String, $first: Int, $after: String) {
  search(query: $q, kinds: $kinds, product: $product, version: $version, category: $category, first: $first, after: $after) {
    totalCount totalCountIsLowerBound
    pageInfo { hasNextPage hasPreviousPage endCursor }
    facets { kinds { value count } products { value count } categories { value count } }
    edges { cursor node { id kind slug title titleHtml snippetHtml product version category updatedAt score node { id ... on Article { title } } } }
  }
}`;
const SUGGEST = `query ($prefix: String!) { searchSuggestions(prefix: $prefix) { id kind slug title titleHtml } }`;
const BY_SLUG = `query ($slug: String!) { articleBySlug(slug: $slug) { title } }`;
const ARTICLE = `query ($id: ID!) { article(id: $id) { title } }`;

interface Hit {
  id: string;
  title: string;
  titleHtml: string;
  snippetHtml: string;
  product: string | null;
  version: string | null;
  category: string | null;
  score: number;
  node: { id: string; title: string } | null;
}
interface Results {
  totalCount: number;
  totalCountIsLowerBound: boolean;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  facets: Record<'kinds' | 'products' | 'categories', Array<{ value: string; count: number }>>;
  hits: Hit[];
}

const FILLER =
  'The console lists every host with its status, the time of the last check and the person who changed it last. ' +
  'Filters narrow the list by region and by group, and the export button writes the list as a spreadsheet.';

/** The corpus: each article is there for one test, and says which. */
const PUBLIC: ArticleSpec[] = [
  // A title match must outrank a body mention.
  {
    title: 'Proxy settings for the Atlas agent',
    summary: 'Where the agent reads its network settings.',
    bodyMarkdown: 'Set the address and the port in agent.conf, then restart the agent.',
    product: 'atlas',
    version: '7.2',
    category: 'Networking',
    tags: ['network'],
  },
  {
    title: 'Release notes for Atlas 7.2',
    summary: 'What changed in this release.',
    bodyMarkdown: `New reports and faster start-up. The proxy value is now read once at start-up. ${FILLER}`,
    product: 'atlas',
    version: '7.2',
    category: 'Release notes',
  },
  // An exact phrase must outrank the same words scattered, although this one is longer.
  {
    title: 'Scheduling maintenance',
    summary: 'Plan the work the server does at night.',
    bodyMarkdown: `Schedule the nightly reindex job from the console. ${FILLER} ${FILLER}`,
    product: 'atlas',
    category: 'Operations',
  },
  {
    title: 'Log files explained',
    summary: 'Which file holds what.',
    bodyMarkdown: 'Nightly, a reindex runs; each job writes a line.',
    product: 'atlas',
    category: 'Operations',
  },
  // The version filter.
  {
    title: 'Upgrading the Atlas server',
    summary: 'From 7.0 to 7.1.',
    bodyMarkdown: 'Stop the services, run the installer, start them again.',
    product: 'atlas',
    version: '7.1',
    category: 'Upgrades',
  },
  {
    title: 'Upgrading the Atlas server to 7.2',
    summary: 'From 7.1 to 7.2.',
    bodyMarkdown: 'Back up first, then run the installer.',
    product: 'atlas',
    version: '7.2',
    category: 'Upgrades',
  },
  // A filter for 7.2 takes its maintenance releases, not 7.20.
  {
    title: 'Upgrading to 7.2.1',
    summary: 'The maintenance release.',
    bodyMarkdown: 'Run the installer; the settings stay.',
    product: 'atlas',
    version: '7.2.1',
    category: 'Upgrades',
  },
  {
    title: 'Upgrading to 7.20',
    summary: 'From 7.19 to 7.20.',
    bodyMarkdown: 'Run the installer twice.',
    product: 'atlas',
    version: '7.20',
    category: 'Upgrades',
  },
  // Prefixes.
  {
    title: 'Certificate rotation',
    summary: 'Replace expiring certificates without downtime.',
    bodyMarkdown: 'Rotation takes two steps.',
    product: 'atlas',
    category: 'Security',
  },
  // Facets.
  {
    title: 'Cluster sizing',
    summary: 'How many nodes a cluster needs.',
    bodyMarkdown: 'Three nodes tolerate one failure.',
    product: 'atlas',
    category: 'Sizing',
  },
  // Highlighting must escape the document's own text.
  // The snippet must show a hit far into a long body.
  {
    title: 'Tuning the dispatcher',
    summary: 'Settings that matter under load.',
    bodyMarkdown: `${FILLER.repeat(15)} Rebalancing the ledgerwick shards spreads the load. ${FILLER.repeat(15)} Then the QUORUMKEEPER agrees.`,
    category: 'Performance',
  },
  {
    title: 'Escaping <b>markup</b> & friends',
    summary:
      'Typing <script>alert(1)</script> into a form is harmless: the sanitizer keeps it out.',
    bodyMarkdown: 'The sanitizer removes it.',
    category: 'Security',
  },
];

describe('search', () => {
  const clock = new TestClock(new Date('2030-05-10T12:00:00Z'));
  let app: TestApp;
  let vendorStaff: string;
  let licensed: string;
  let unlicensed: string;
  const restricted: Record<
    'beacon' | 'plan' | 'draft' | 'vendorOnly',
    { id: string; slug: string }
  > = {} as never;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    const vendor = await createOrganization(app.services, {
      kind: 'VENDOR',
      people: [
        {
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        {},
      ],
    });
    const acme = await createOrganization(app.services, { name: 'Acme' });
    const globex = await createOrganization(app.services, { name: 'Globex' });
    // Acme holds atlas with a plan that ends tomorrow, and beacon without a plan.
    await grantLicense(app.services, acme, {
      product: 'atlas',
      servicePlan: 'Premier',
      startsOn: '2030-01-01',
      endsOn: isoDay(new Date(clock.now().getTime() + 86_400_000)),
    });
    await grantLicense(app.services, acme, { product: 'beacon', servicePlan: null });
    const admin = await app.signIn(vendor.people[0]!.email);
    vendorStaff = await app.signIn(vendor.people[1]!.email);
    licensed = await app.signIn(acme.people[0]!.email);
    unlicensed = await app.signIn(globex.people[0]!.email);

    for (const spec of PUBLIC) await createArticle(app, admin, spec);
    restricted.beacon = await createArticle(app, admin, {
      title: 'Zephyrium cluster failover',
      summary: 'Failover for Beacon clusters.',
      bodyMarkdown: 'Zephyrium keeps a standby cluster in step.',
      product: 'beacon',
      category: 'Clustering',
      visibility: 'ENTITLED_PRODUCT',
    });
    restricted.plan = await createArticle(app, admin, {
      title: 'Quasarflux tuning guide',
      summary: 'Tuning for customers with a service plan.',
      bodyMarkdown: 'Quasarflux settings, cluster by cluster.',
      product: 'atlas',
      category: 'Tuning',
      visibility: 'ACTIVE_SERVICE_PLAN',
    });
    restricted.draft = await createArticle(
      app,
      admin,
      { title: 'Draftonium notes', bodyMarkdown: 'Draftonium, not ready.', product: 'atlas' },
      { publish: false },
    );
    restricted.vendorOnly = await createArticle(app, admin, {
      title: 'Escalation matrix',
      bodyMarkdown: 'Who to call: the cluster team.',
      visibility: 'VENDOR_ONLY',
      category: 'Internal',
    });
  });
  afterAll(() => app.close());

  async function search(
    cookie: string,
    q: string,
    variables: Record<string, unknown> = {},
  ): Promise<Results> {
    const response: GraphQLResponse = await app.graphql(SEARCH, { q, ...variables }, cookie);
    expect(response.errors).toBeUndefined();
    const { edges, ...rest } = response.data!.search;
    return { ...rest, hits: edges.map((e: { node: Hit }) => e.node) };
  }
  const titles = (results: Results) => results.hits.map((h) => h.title);

  describe('relevance', () => {
    it('ranks a title match above a body mention', async () => {
      const results = await search(licensed, 'proxy ');
      expect(titles(results)).toEqual([
        'Proxy settings for the Atlas agent',
        'Release notes for Atlas 7.2',
      ]);
      expect(results.hits[0]!.score).toBeGreaterThan(results.hits[1]!.score);
    });

    it('ranks the words as a phrase above the same words scattered, and a quoted phrase matches only as a phrase', async () => {
      expect(titles(await search(licensed, 'nightly reindex job '))).toEqual([
        'Scheduling maintenance',
        'Log files explained',
      ]);
      expect(titles(await search(licensed, '"nightly reindex job"'))).toEqual([
        'Scheduling maintenance',
      ]);
    });

    it('needs every word', async () => {
      expect(titles(await search(licensed, 'proxy certificate '))).toEqual([]);
    });

    it('narrows by version, product, category and kind', async () => {
      const everyUpgrade = [
        'Upgrading the Atlas server',
        'Upgrading the Atlas server to 7.2',
        'Upgrading to 7.2.1',
        'Upgrading to 7.20',
      ];
      expect(titles(await search(licensed, 'upgrading ')).sort()).toEqual(everyUpgrade);
      expect(titles(await search(licensed, 'upgrading ', { version: '7.1' }))).toEqual([
        'Upgrading the Atlas server',
      ]);
      expect(titles(await search(licensed, 'upgrading ', { product: 'beacon' }))).toEqual([]);
      // Product codes are lower case, whatever the case typed.
      expect(titles(await search(licensed, 'upgrading ', { product: ' Atlas ' })).sort()).toEqual(
        everyUpgrade,
      );
      expect(
        titles(await search(licensed, 'agent ', { category: 'Networking', kinds: ['ARTICLE'] })),
      ).toEqual(['Proxy settings for the Atlas agent']);
    });

    it("takes a version's maintenance releases under it, and nothing that only starts alike", async () => {
      expect(titles(await search(licensed, 'upgrading ', { version: '7.2' })).sort()).toEqual([
        'Upgrading the Atlas server to 7.2',
        'Upgrading to 7.2.1',
      ]);
      expect(titles(await search(licensed, 'upgrading ', { version: ' 7.2.1 ' }))).toEqual([
        'Upgrading to 7.2.1',
      ]);
      expect((await search(licensed, 'upgrading ', { version: '7' })).totalCount).toBe(4);
      // LIKE's wildcards typed into the filter are plain characters.
      expect((await search(licensed, 'upgrading ', { version: '7_2' })).totalCount).toBe(0);
      expect((await search(licensed, 'upgrading ', { version: '%' })).totalCount).toBe(0);
    });

    it('matches the last word as a prefix while it is typed, and inflected forms through the stem', async () => {
      expect(titles(await search(licensed, 'certif'))).toEqual(['Certificate rotation']);
      expect(titles(await search(licensed, 'certificate rotati'))).toEqual([
        'Certificate rotation',
      ]);
      expect(titles(await search(licensed, 'upgradi', { version: '7.1' }))).toEqual([
        'Upgrading the Atlas server',
      ]);
      // A whole word as typed also matches other forms of it.
      expect(titles(await search(licensed, 'upgrade ', { version: '7.1' }))).toEqual([
        'Upgrading the Atlas server',
      ]);
      // A single letter is not expanded.
      expect((await search(licensed, 'c')).totalCount).toBe(0);
    });

    it('finds nothing, quickly, in stop words alone', async () => {
      expect(await search(licensed, 'the and of ')).toMatchObject({ totalCount: 0, hits: [] });
    });

    it('leaves out the same common words on both databases', async () => {
      // "once" and "now" are in the release notes' body; PostgreSQL never indexes either.
      expect((await search(licensed, 'once now ')).totalCount).toBe(0);
      const proxy = titles(await search(licensed, 'proxy ')).sort();
      expect(proxy).toHaveLength(2);
      expect(titles(await search(licensed, 'proxy once ')).sort()).toEqual(proxy);
    });

    it('treats search syntax typed into the box as words', async () => {
      for (const q of [
        'proxy" OR title:*',
        'NEAR(proxy agent)',
        "proxy') || to_tsquery('x",
        "'proxy':* & !agent",
        '{title} : proxy',
        '"""',
        '*',
      ]) {
        const response = await app.graphql(SEARCH, { q }, licensed);
        expect(response.errors).toBeUndefined();
      }
      // Operators and brackets are dropped; the words remain, the last one a prefix.
      expect(titles(await search(licensed, '(proxy) AND setting:*'))).toEqual([
        'Proxy settings for the Atlas agent',
      ]);
    });
  });

  describe('results', () => {
    it('highlight the words that matched, with the document escaped', async () => {
      const [hit] = (await search(licensed, 'proxy settings ')).hits;
      expect(hit!.titleHtml).toBe('<mark>Proxy</mark> <mark>settings</mark> for the Atlas agent');
      const [escaped] = (await search(licensed, 'sanitizer ')).hits;
      expect(escaped!.title).toBe('Escaping <b>markup</b> & friends');
      expect(escaped!.titleHtml).not.toMatch(/<b>|<script/);
      expect(escaped!.titleHtml).toContain('&amp;');
      expect(escaped!.snippetHtml).toContain('<mark>sanitizer</mark>');
      expect(escaped!.snippetHtml.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    });

    it('show the passage that matched, and lead to the item', async () => {
      const [hit] = (await search(licensed, 'reads once start-up ', { version: '7.2' })).hits;
      expect(hit).toMatchObject({
        title: 'Release notes for Atlas 7.2',
        product: 'atlas',
        version: '7.2',
        category: 'Release notes',
      });
      expect(hit!.snippetHtml).toContain('<mark>');
      expect(hit!.node).toEqual({ id: hit!.id, title: 'Release notes for Atlas 7.2' });
    });

    it('show a hit far into a long body, as written and while the word is typed', async () => {
      const [stemmed] = (await search(licensed, 'rebalanced ')).hits;
      expect(stemmed!.title).toBe('Tuning the dispatcher');
      expect(stemmed!.snippetHtml).toContain('<mark>Rebalancing</mark> the ledgerwick shards');
      const [typed] = (await search(licensed, 'ledgerw')).hits;
      expect(typed!.snippetHtml).toContain('the <mark>ledgerwick</mark> shards');
      // Written in capitals, the word is still found in the body to choose the passage around it.
      const [capitals] = (await search(licensed, 'quorumkeeper ')).hits;
      expect(capitals!.snippetHtml).toContain('the <mark>QUORUMKEEPER</mark> agrees');
    });

    it('count facets per kind, product and category', async () => {
      const results = await search(licensed, 'atlas ');
      expect(results.facets.kinds).toEqual([{ value: 'ARTICLE', count: results.totalCount }]);
      expect(results.facets.products).toEqual([{ value: 'atlas', count: results.totalCount }]);
      expect(results.facets.categories).toEqual(
        expect.arrayContaining([
          { value: 'Upgrades', count: 2 },
          { value: 'Networking', count: 1 },
        ]),
      );
    });

    it('page by cursor without repeating or skipping a result', async () => {
      const all = await search(licensed, 'atlas ', { first: 100 });
      expect(all.totalCount).toBe(4);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page++) {
        const results = await search(licensed, 'atlas ', { first: 1, after });
        expect(results.totalCount).toBe(all.totalCount);
        expect(results.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...results.hits.map((h) => h.id));
        if (!results.pageInfo.hasNextPage) break;
        after = results.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.hits.map((h) => h.id));
    });

    it('suggest titles as the person types', async () => {
      const suggestions = (await app.graphql(SUGGEST, { prefix: 'certif' }, licensed)).data!
        .searchSuggestions;
      expect(suggestions).toEqual([
        expect.objectContaining({
          kind: 'ARTICLE',
          title: 'Certificate rotation',
          titleHtml: '<mark>Certificate</mark> rotation',
          slug: 'certificate-rotation',
        }),
      ]);
      // Suggestions match titles only: "sanitizer" is in a summary.
      expect(
        (await app.graphql(SUGGEST, { prefix: 'sanitiz' }, licensed)).data!.searchSuggestions,
      ).toEqual([]);
    });

    it('cost as many SQL statements for a page of four, with their articles and feedback, as for one', async () => {
      const query = `query ($first: Int) { search(query: "atlas ", first: $first) {
        facets { products { value count } }
        edges { node { titleHtml snippetHtml node { ... on Article { slug helpfulCount viewerFeedback tags } } } }
      } }`;
      const statementsFor = async (first: number) => {
        const before = app.db.statements.count;
        const result = await app.graphql(query, { first }, licensed);
        const after = app.db.statements.count;
        expect(result.errors).toBeUndefined();
        expect(result.data!.search.edges).toHaveLength(first);
        expect(result.data!.search.edges[first - 1].node.node.helpfulCount).toBe(0);
        return after - before;
      };
      const one = await statementsFor(1);
      expect(await statementsFor(4)).toBe(one);
      // Session, actor (3), licences, candidates, hits, articles, feedback counts, viewer's feedback.
      expect(one).toBeLessThanOrEqual(12);
    });

    it('refuse an empty list of kinds, saying how to ask for every kind', async () => {
      for (const [query, variables] of [
        [SEARCH, { q: 'proxy', kinds: [] }],
        [
          `query ($prefix: String!) { searchSuggestions(prefix: $prefix, kinds: []) { id } }`,
          { prefix: 'prox' },
        ],
      ] as const) {
        const error = (await app.graphql(query, variables, licensed)).errors?.[0];
        expect(error?.extensions).toMatchObject({
          code: 'VALIDATION_FAILED',
          hint: 'Name at least one kind, or leave kinds out to search every kind.',
        });
      }
    });

    it('need a sign-in', async () => {
      const response = await app.graphql(SEARCH, { q: 'proxy' });
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('entitlement', () => {
    /** Everything a reader could learn about an article: search, facets, suggestions, slug and id. */
    async function traces(
      cookie: string,
      article: { id: string; slug: string },
      word: string,
      prefix: string,
    ) {
      const results = await search(cookie, word);
      const suggestions = (await app.graphql(SUGGEST, { prefix }, cookie)).data!
        .searchSuggestions as Array<{ id: string }>;
      const bySlug = await app.graphql(BY_SLUG, { slug: article.slug }, cookie);
      const byId = await app.graphql(ARTICLE, { id: article.id }, cookie);
      return {
        found: results.hits.some((h) => h.id === article.id),
        counted: results.totalCount,
        suggested: suggestions.some((s) => s.id === article.id),
        bySlug: bySlug.errors?.[0]?.extensions?.code ?? 'OK',
        byId: byId.errors?.[0]?.extensions?.code ?? 'OK',
      };
    }
    const visible = { found: true, counted: 1, suggested: true, bySlug: 'OK', byId: 'OK' };
    const invisible = {
      found: false,
      counted: 0,
      suggested: false,
      bySlug: 'NOT_FOUND',
      byId: 'NOT_FOUND',
    };

    it('an article for a licensed product: its licence holders find it, others find no trace of it', async () => {
      expect(await traces(licensed, restricted.beacon, 'zephyrium ', 'zephy')).toEqual(visible);
      expect(await traces(unlicensed, restricted.beacon, 'zephyrium ', 'zephy')).toEqual(invisible);
      expect(await traces(vendorStaff, restricted.beacon, 'zephyrium ', 'zephy')).toEqual(visible);
    });

    it('facet counts and totals leave out what the reader may not open', async () => {
      // "cluster" is in the public sizing article, the Beacon article, the service-plan article and the vendor-only one.
      const forUnlicensed = await search(unlicensed, 'cluster ');
      expect(titles(forUnlicensed)).toEqual(['Cluster sizing']);
      expect(forUnlicensed.totalCount).toBe(1);
      expect(forUnlicensed.facets).toEqual({
        kinds: [{ value: 'ARTICLE', count: 1 }],
        products: [{ value: 'atlas', count: 1 }],
        categories: [{ value: 'Sizing', count: 1 }],
      });

      const forLicensed = await search(licensed, 'cluster ');
      expect(titles(forLicensed).sort()).toEqual([
        'Cluster sizing',
        'Quasarflux tuning guide',
        'Zephyrium cluster failover',
      ]);
      expect(forLicensed.facets.products).toEqual([
        { value: 'atlas', count: 2 },
        { value: 'beacon', count: 1 },
      ]);

      const forVendor = await search(vendorStaff, 'cluster ');
      expect(forVendor.totalCount).toBe(4);
      expect(forVendor.facets.categories).toEqual(
        expect.arrayContaining([
          { value: 'Internal', count: 1 },
          { value: 'Clustering', count: 1 },
        ]),
      );
    });

    it('drafts and vendor-only articles are for vendor staff', async () => {
      expect(await traces(vendorStaff, restricted.draft, 'draftonium ', 'draftoni')).toEqual(
        visible,
      );
      expect(await traces(licensed, restricted.draft, 'draftonium ', 'draftoni')).toEqual(
        invisible,
      );
      expect(await traces(vendorStaff, restricted.vendorOnly, 'escalation ', 'escala')).toEqual(
        visible,
      );
      expect(await traces(licensed, restricted.vendorOnly, 'escalation ', 'escala')).toEqual(
        invisible,
      );
    });

    // Last: it moves the clock past the end of Acme's service plan.
    it('an article for an active service plan disappears the moment the plan ends', async () => {
      expect(await traces(licensed, restricted.plan, 'quasarflux ', 'quasarf')).toEqual(visible);
      expect(await traces(unlicensed, restricted.plan, 'quasarflux ', 'quasarf')).toEqual(
        invisible,
      );
      clock.advanceDays(1);
      expect(await traces(licensed, restricted.plan, 'quasarflux ', 'quasarf')).toEqual(visible);
      clock.advanceDays(1);
      expect(await traces(licensed, restricted.plan, 'quasarflux ', 'quasarf')).toEqual(invisible);
      // Holding the product is not a plan: the Beacon article stays.
      expect(await traces(licensed, restricted.beacon, 'zephyrium ', 'zephy')).toEqual(visible);
    });
  });
});
