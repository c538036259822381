import { startTestApp, type TestApp } from '../../test/test-app';
import { createOrganization, grantLicense, type CreatedOrganization } from '../../test/factories';
import { TestClock } from '../../test/test-clock';
import { createAnnouncement } from './news.test-helpers';

const FIELDS =
  'id slug title summary bodyHtml visibility pinned publishedAt isNew viewerCanEdit audience { allCustomers products organizations { id name } }';
const ANNOUNCEMENT = `query ($id: ID!) { announcement(id: $id) { ${FIELDS} } }`;
const BY_SLUG = `query ($slug: String!) { announcementBySlug(slug: $slug) { id title } }`;
const NODE = `query ($id: ID!) { node(id: $id) { id ... on Announcement { title } } }`;
const LIST = `query ($first: Int, $after: String) {
  announcements(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title pinned isNew } } }
}`;
const SEARCH = `query ($q: String!) {
  search(query: $q) { totalCount facets { kinds { value count } } edges { node { kind slug title node { id ... on Announcement { title } } } } }
}`;
const SUGGEST = `query ($prefix: String!) { searchSuggestions(prefix: $prefix) { kind slug title } }`;
const UNSEEN = `query { newsUnseenCount }`;
const MARK_SEEN = `mutation { markNewsSeen { seenAt newsUnseenCount error { code } } }`;
const CREATE = `mutation ($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) { announcement { id slug } error { code message field hint } } }`;
const UPDATE = `mutation ($input: UpdateAnnouncementInput!) { updateAnnouncement(input: $input) { announcement { id title visibility } error { code message field } } }`;
const PUBLISH = `mutation ($id: ID!) { publishAnnouncement(id: $id) { announcement { id publishedAt } error { code } } }`;
const UNPUBLISH = `mutation ($id: ID!) { unpublishAnnouncement(id: $id) { announcement { id publishedAt } error { code } } }`;
const PIN = `mutation ($id: ID!) { pinAnnouncement(id: $id) { announcement { id pinned } error { code } } }`;
const UNPIN = `mutation ($id: ID!) { unpinAnnouncement(id: $id) { announcement { id pinned } error { code } } }`;
const DELETE = `mutation ($id: ID!) { deleteAnnouncement(id: $id) { deletedAnnouncementId error { code } } }`;

const ADMIN_ROLES = [
  'ADMINISTRATOR',
  'BILLING_CONTACT',
  'CUSTOMER_CARE_CONTACT',
  'SHIPPING_CONTACT',
] as const;

describe('news', () => {
  let app: TestApp;
  const clock = new TestClock(new Date('2031-03-01T09:00:00Z'));
  let vendor: CreatedOrganization;
  let acme: CreatedOrganization;
  let globex: CreatedOrganization;
  let partner: CreatedOrganization;
  let vendorAdmin: string;
  let vendorStaff: string;
  let acmeReader: string;
  let globexReader: string;
  let partnerReader: string;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    vendor = await createOrganization(app.services, {
      kind: 'VENDOR',
      people: [{ roles: [...ADMIN_ROLES] }, {}],
    });
    acme = await createOrganization(app.services, {
      name: 'Acme',
      people: [{ roles: [...ADMIN_ROLES] }, {}],
    });
    globex = await createOrganization(app.services, { name: 'Globex' });
    partner = await createOrganization(app.services, { kind: 'PARTNER', name: 'Bluefin' });
    // Globex holds beacon with a service plan that ended long ago: a licence is enough for a product audience.
    await grantLicense(app.services, acme, { product: 'atlas' });
    await grantLicense(app.services, globex, {
      product: 'beacon',
      startsOn: '2020-01-01',
      endsOn: '2020-12-31',
    });
    vendorAdmin = await app.signIn(vendor.people[0]!.email);
    vendorStaff = await app.signIn(vendor.people[1]!.email);
    acmeReader = await app.signIn(acme.people[1]!.email);
    globexReader = await app.signIn(globex.people[0]!.email);
    partnerReader = await app.signIn(partner.people[0]!.email);
  });
  afterAll(() => app.close());

  const later = () => clock.advance(60_000);
  const titles = async (cookie: string) =>
    (
      (await app.graphql(LIST, { first: 50 }, cookie)).data!.announcements.edges as Array<{
        node: { title: string };
      }>
    ).map((e) => e.node.title);
  const unseen = async (cookie: string) =>
    (await app.graphql(UNSEEN, {}, cookie)).data!.newsUnseenCount as number;

  describe('targeting', () => {
    let forAcme: { id: string; slug: string };
    let forBeacon: { id: string; slug: string };

    beforeAll(async () => {
      later();
      forAcme = await createAnnouncement(app, vendorAdmin, {
        title: 'Quokkaplan maintenance window for Acme',
        summary: 'Only Acme is told.',
        audience: { allCustomers: false, organizationIds: [acme.gid] },
      });
      later();
      forBeacon = await createAnnouncement(app, vendorAdmin, {
        title: 'Quokkaplan beacon licence renewal',
        bodyMarkdown: 'For **beacon** licence holders.',
        audience: { allCustomers: false, products: ['beacon'] },
      });
    });

    it('an organization outside the audience finds nothing: not by id, slug, node, list, search, suggestion or facet count', async () => {
      for (const { cookie, hidden } of [
        { cookie: globexReader, hidden: forAcme },
        { cookie: acmeReader, hidden: forBeacon },
        { cookie: partnerReader, hidden: forAcme },
        { cookie: partnerReader, hidden: forBeacon },
      ]) {
        expect(
          (await app.graphql(ANNOUNCEMENT, { id: hidden.id }, cookie)).errors?.[0]?.extensions
            ?.code,
        ).toBe('NOT_FOUND');
        expect(
          (await app.graphql(BY_SLUG, { slug: hidden.slug }, cookie)).errors?.[0]?.extensions?.code,
        ).toBe('NOT_FOUND');
        expect((await app.graphql(NODE, { id: hidden.id }, cookie)).data!.node).toBeNull();
      }
      expect(await titles(partnerReader)).not.toEqual(
        expect.arrayContaining([expect.stringContaining('Quokkaplan')]),
      );

      const acmeSearch = (await app.graphql(SEARCH, { q: 'quokkaplan' }, acmeReader)).data!.search;
      expect(acmeSearch.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual([
        'Quokkaplan maintenance window for Acme',
      ]);
      expect(acmeSearch.totalCount).toBe(1);
      expect(acmeSearch.facets.kinds).toEqual([{ value: 'NEWS', count: 1 }]);
      const partnerSearch = (await app.graphql(SEARCH, { q: 'quokkaplan' }, partnerReader)).data!
        .search;
      expect(partnerSearch).toMatchObject({ totalCount: 0, edges: [], facets: { kinds: [] } });
      expect(
        (await app.graphql(SUGGEST, { prefix: 'quokkap' }, partnerReader)).data!.searchSuggestions,
      ).toEqual([]);
      expect(
        (await app.graphql(SUGGEST, { prefix: 'quokkap' }, globexReader)).data!.searchSuggestions,
      ).toEqual([
        { kind: 'NEWS', slug: forBeacon.slug, title: 'Quokkaplan beacon licence renewal' },
      ]);
    });

    it('the organizations named read it everywhere, and a product audience follows licences whatever the service plan', async () => {
      const acmeRead = await app.graphql(ANNOUNCEMENT, { id: forAcme.id }, acmeReader);
      expect(acmeRead.data!.announcement).toMatchObject({
        title: 'Quokkaplan maintenance window for Acme',
        visibility: 'CHOSEN_AUDIENCE',
        audience: null,
        viewerCanEdit: false,
      });
      expect(
        (await app.graphql(BY_SLUG, { slug: forBeacon.slug }, globexReader)).data!
          .announcementBySlug.title,
      ).toBe('Quokkaplan beacon licence renewal');
      expect((await app.graphql(NODE, { id: forAcme.id }, acmeReader)).data!.node).toEqual({
        id: forAcme.id,
        title: 'Quokkaplan maintenance window for Acme',
      });
      const hit = (await app.graphql(SEARCH, { q: 'quokkaplan beacon' }, globexReader)).data!.search
        .edges[0].node;
      expect(hit).toMatchObject({
        kind: 'NEWS',
        slug: forBeacon.slug,
        node: { id: forBeacon.id, title: 'Quokkaplan beacon licence renewal' },
      });
      expect(await titles(globexReader)).toContain('Quokkaplan beacon licence renewal');

      // Acme takes a beacon licence: it reads the beacon news from the next request on.
      const licence = await grantLicense(app.services, acme, { product: 'beacon' });
      expect(
        (await app.graphql(ANNOUNCEMENT, { id: forBeacon.id }, acmeReader)).data!.announcement
          .title,
      ).toBe('Quokkaplan beacon licence renewal');
      expect(
        (await app.graphql(SEARCH, { q: 'quokkaplan' }, acmeReader)).data!.search.totalCount,
      ).toBe(2);
      await app.services.db.write([acme.organization.id], (manager) =>
        manager.delete('license', { id: licence.id }),
      );
      expect(
        (await app.graphql(ANNOUNCEMENT, { id: forBeacon.id }, acmeReader)).errors?.[0]?.extensions
          ?.code,
      ).toBe('NOT_FOUND');
    });

    it('shows vendor staff the audience, and changing it moves the announcement to its new readers, in search too', async () => {
      const seen = (await app.graphql(ANNOUNCEMENT, { id: forAcme.id }, vendorStaff)).data!
        .announcement;
      expect(seen.audience).toEqual({
        allCustomers: false,
        products: [],
        organizations: [{ id: acme.gid, name: 'Acme' }],
      });

      const moved = await app.graphql(
        UPDATE,
        {
          input: {
            id: forAcme.id,
            audience: { allCustomers: false, organizationIds: [partner.gid] },
          },
        },
        vendorAdmin,
      );
      expect(moved.data!.updateAnnouncement.error).toBeNull();
      expect(
        (await app.graphql(SEARCH, { q: 'quokkaplan maintenance' }, partnerReader)).data!.search
          .totalCount,
      ).toBe(1);
      expect(
        (await app.graphql(SEARCH, { q: 'quokkaplan maintenance' }, acmeReader)).data!.search
          .totalCount,
      ).toBe(0);
      expect(
        (await app.graphql(ANNOUNCEMENT, { id: forAcme.id }, acmeReader)).errors?.[0]?.extensions
          ?.code,
      ).toBe('NOT_FOUND');

      const everyone = await app.graphql(
        UPDATE,
        { input: { id: forAcme.id, audience: { allCustomers: true } } },
        vendorAdmin,
      );
      expect(everyone.data!.updateAnnouncement.announcement.visibility).toBe('ALL_CUSTOMERS');
      expect(
        (await app.graphql(SEARCH, { q: 'quokkaplan maintenance' }, globexReader)).data!.search
          .totalCount,
      ).toBe(1);
      await app.graphql(
        UPDATE,
        {
          input: { id: forAcme.id, audience: { allCustomers: false, organizationIds: [acme.gid] } },
        },
        vendorAdmin,
      );
    });

    it('a draft is for vendor staff only, and a deleted announcement leaves search', async () => {
      later();
      const draft = await createAnnouncement(
        app,
        vendorAdmin,
        { title: 'Quokkaplan draft for everyone' },
        { publish: false },
      );
      expect(
        (await app.graphql(ANNOUNCEMENT, { id: draft.id }, acmeReader)).errors?.[0]?.extensions
          ?.code,
      ).toBe('NOT_FOUND');
      expect(
        (await app.graphql(ANNOUNCEMENT, { id: draft.id }, vendorStaff)).data!.announcement
          .publishedAt,
      ).toBeNull();
      expect(
        (await app.graphql(SEARCH, { q: 'quokkaplan draft' }, acmeReader)).data!.search.totalCount,
      ).toBe(0);
      await app.graphql(PUBLISH, { id: draft.id }, vendorAdmin);
      expect(
        (await app.graphql(SEARCH, { q: 'quokkaplan draft' }, acmeReader)).data!.search.totalCount,
      ).toBe(1);
      expect(
        (await app.graphql(DELETE, { id: draft.id }, vendorAdmin)).data!.deleteAnnouncement.error,
      ).toBeNull();
      expect(
        (await app.graphql(SEARCH, { q: 'quokkaplan draft' }, vendorStaff)).data!.search.totalCount,
      ).toBe(0);
      expect(
        (await app.graphql(ANNOUNCEMENT, { id: draft.id }, vendorStaff)).errors?.[0]?.extensions
          ?.code,
      ).toBe('NOT_FOUND');
    });
  });

  describe('the list', () => {
    it('puts pinned announcements first, then the newest, page by page', async () => {
      const base = (await titles(vendorStaff)).length;
      later();
      const older = await createAnnouncement(app, vendorAdmin, { title: 'Older pinned news' });
      later();
      await createAnnouncement(app, vendorAdmin, { title: 'Newest news' });
      later();
      await createAnnouncement(app, vendorAdmin, { title: 'Pinned from the start', pinned: true });
      await app.graphql(PIN, { id: older.id }, vendorAdmin);

      const all = await titles(acmeReader);
      expect(all.slice(0, 3)).toEqual([
        'Pinned from the start',
        'Older pinned news',
        'Newest news',
      ]);
      const first = (await app.graphql(LIST, { first: 2 }, acmeReader)).data!.announcements;
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(first.totalCount).toBe(all.length);
      const second = (
        await app.graphql(LIST, { first: 2, after: first.pageInfo.endCursor }, acmeReader)
      ).data!.announcements;
      expect(second.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(
        all.slice(2, 4),
      );
      expect((await titles(vendorStaff)).length).toBe(base + 3);

      expect(
        (await app.graphql(UNPIN, { id: older.id }, vendorAdmin)).data!.unpinAnnouncement
          .announcement.pinned,
      ).toBe(false);
      expect((await titles(acmeReader)).slice(0, 2)).toEqual([
        'Pinned from the start',
        'Newest news',
      ]);
    });
  });

  describe('cost', () => {
    it('a page of four costs as many SQL statements as a page of one, badges and audiences included', async () => {
      const query = `query ($first: Int) { announcements(first: $first) { totalCount edges { node { title isNew audience { products organizations { name } } } } } }`;
      const statementsFor = async (cookie: string, first: number) => {
        const before = app.db.statements.count;
        const result = await app.graphql(query, { first }, cookie);
        const after = app.db.statements.count;
        expect(result.errors).toBeUndefined();
        expect(result.data!.announcements.edges).toHaveLength(first);
        return after - before;
      };
      for (const cookie of [vendorStaff, acmeReader]) {
        expect(await statementsFor(cookie, 4)).toBe(await statementsFor(cookie, 1));
      }
    });
  });

  describe('what is new', () => {
    it('counts readable announcements published since the reader last looked', async () => {
      const reader = await app.signIn(acme.people[0]!.email);
      const before = await unseen(reader);
      expect(before).toBeGreaterThan(0);
      expect(await unseen(reader)).toBe(
        (
          (await app.graphql(LIST, { first: 50 }, reader)).data!.announcements.edges as Array<{
            node: { isNew: boolean };
          }>
        ).filter((e) => e.node.isNew).length,
      );

      later();
      // Two tabs opening the news at the same moment: both succeed.
      const [marked, again] = await Promise.all([
        app.graphql(MARK_SEEN, {}, reader),
        app.graphql(MARK_SEEN, {}, reader),
      ]);
      expect(again.errors).toBeUndefined();
      expect(marked.data!.markNewsSeen).toMatchObject({ newsUnseenCount: 0, error: null });
      expect(await unseen(reader)).toBe(0);
      expect(
        (
          (await app.graphql(LIST, { first: 50 }, reader)).data!.announcements.edges as Array<{
            node: { isNew: boolean };
          }>
        ).some((e) => e.node.isNew),
      ).toBe(false);

      later();
      await createAnnouncement(app, vendorAdmin, { title: 'Fresh news for everyone' });
      expect(await unseen(reader)).toBe(1);
      const fresh = (await app.graphql(LIST, { first: 50 }, reader)).data!.announcements.edges.find(
        (e: { node: { title: string } }) => e.node.title === 'Fresh news for everyone',
      );
      expect(fresh.node.isNew).toBe(true);

      later();
      await createAnnouncement(app, vendorAdmin, {
        title: 'Fresh news for Globex only',
        audience: { allCustomers: false, organizationIds: [globex.gid] },
      });
      await createAnnouncement(app, vendorAdmin, { title: 'Fresh draft' }, { publish: false });
      expect(await unseen(reader)).toBe(1);
      // Another professional of the same organization has their own last look.
      expect(await unseen(acmeReader)).toBeGreaterThan(1);
    });
  });

  describe('writing', () => {
    it('refuses every change to anyone but the vendor’s administrators', async () => {
      const target = await createAnnouncement(app, vendorAdmin, { title: 'Not yours to change' });
      for (const cookie of [vendorStaff, acmeReader, partnerReader]) {
        expect(
          (await app.graphql(CREATE, { input: { title: 'x', bodyMarkdown: '' } }, cookie)).data!
            .createAnnouncement.error.code,
        ).toBe('FORBIDDEN');
        expect(
          (await app.graphql(UPDATE, { input: { id: target.id, title: 'x' } }, cookie)).data!
            .updateAnnouncement.error.code,
        ).toBe('FORBIDDEN');
        for (const [mutation, name] of [
          [PUBLISH, 'publishAnnouncement'],
          [UNPUBLISH, 'unpublishAnnouncement'],
          [PIN, 'pinAnnouncement'],
          [UNPIN, 'unpinAnnouncement'],
          [DELETE, 'deleteAnnouncement'],
        ] as const) {
          expect(
            (await app.graphql(mutation, { id: target.id }, cookie)).data![name].error.code,
          ).toBe('FORBIDDEN');
        }
      }
      expect(
        (await app.graphql(ANNOUNCEMENT, { id: target.id }, acmeReader)).data!.announcement,
      ).toMatchObject({ title: 'Not yours to change', pinned: false });
      expect((await app.graphql(UNSEEN, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('validates the audience, the slug and the text as payload errors', async () => {
      const create = async (input: Record<string, unknown>) =>
        (
          await app.graphql(
            CREATE,
            { input: { title: 'T', bodyMarkdown: '', ...input } },
            vendorAdmin,
          )
        ).data!.createAnnouncement;
      expect((await create({ audience: { allCustomers: false } })).error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'audience',
      });
      expect(
        (await create({ audience: { allCustomers: false, products: [], organizationIds: [] } }))
          .error,
      ).toMatchObject({ code: 'VALIDATION_FAILED', field: 'audience' });
      expect(
        (await create({ audience: { allCustomers: false, products: ['Not A Code'] } })).error,
      ).toMatchObject({ code: 'VALIDATION_FAILED', field: 'audience.products' });
      expect(
        (await create({ audience: { allCustomers: false, organizationIds: [vendor.gid] } })).error,
      ).toMatchObject({ code: 'VALIDATION_FAILED', field: 'audience.organizationIds' });
      expect(
        (
          await create({
            audience: { allCustomers: false, organizationIds: [acme.people[0]!.gid] },
          })
        ).error,
      ).toMatchObject({ code: 'VALIDATION_FAILED', field: 'audience.organizationIds' });
      expect(
        (await create({ audience: { allCustomers: true, products: ['atlas'] } })).error,
      ).toMatchObject({ code: 'VALIDATION_FAILED', field: 'audience' });
      expect((await create({ title: '' })).error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'title',
      });
      expect((await create({ slug: 'Bad Slug' })).error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'slug',
      });
      const first = await create({ title: 'Same news title' });
      expect(first.announcement.slug).toBe('same-news-title');
      expect((await create({ title: 'Same news title' })).announcement.slug).toBe(
        'same-news-title-2',
      );
      expect((await create({ slug: 'same-news-title' })).error).toMatchObject({
        code: 'SLUG_TAKEN',
        field: 'slug',
      });
      expect((await create({ slug: 'new' })).error).toMatchObject({
        code: 'SLUG_TAKEN',
        field: 'slug',
      });
      expect((await create({ title: 'New' })).announcement.slug).toBe('new-2');
      const partnerAudience = await create({
        title: 'For the partner',
        audience: { allCustomers: false, organizationIds: [partner.gid], products: ['atlas'] },
      });
      expect(partnerAudience.error).toBeNull();
    });

    it('keeps articles out of the chosen-audience visibility', async () => {
      const created = await app.graphql(
        `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { article { id } error { code field } } }`,
        { input: { title: 'Chosen?', bodyMarkdown: '', visibility: 'CHOSEN_AUDIENCE' } },
        vendorAdmin,
      );
      expect(created.data!.createArticle).toMatchObject({
        article: null,
        error: { code: 'VALIDATION_FAILED', field: 'visibility' },
      });
    });
  });

  // Last: it moves the clock a quarter ahead.
  describe('a long absence', () => {
    it('reaches back 90 days at most for someone who never looked', async () => {
      const newcomer = await createOrganization(app.services, { name: 'Newcomer' });
      const cookie = await app.signIn(newcomer.people[0]!.email);
      const everything = await unseen(cookie);
      expect(everything).toBeGreaterThan(0);
      clock.advanceDays(91);
      // Sessions do not last a quarter: sign in again.
      const again = await app.signIn(newcomer.people[0]!.email);
      expect(await unseen(again)).toBe(0);
      later();
      await createAnnouncement(app, await app.signIn(vendor.people[0]!.email), {
        title: 'After a quiet quarter',
      });
      expect(await unseen(again)).toBe(1);
    });
  });
});
