import { startTestApp, type TestApp } from '../../test/test-app';
import { createOrganization } from '../../test/factories';

const CREATE_ARTICLE = `mutation ($input: CreateArticleInput!) {
  created: createArticle(input: $input) { item: article { slug } error { code message } } }`;
const CREATE_ANNOUNCEMENT = `mutation ($input: CreateAnnouncementInput!) {
  created: createAnnouncement(input: $input) { item: announcement { slug } error { code message } } }`;
const CREATE_COURSE = `mutation ($input: CreateCourseInput!) {
  created: createCourse(input: $input) { item: course { slug } error { code message } } }`;
const CREATE_UPDATE = `mutation ($input: CreateUpdateInput!) {
  created: createUpdate(input: $input) { item: update { slug } error { code message } } }`;

/**
 * Items whose editors leave the slug empty get one made from the title. On PostgreSQL the writes
 * of several such items with one title run side by side, and each must still find a free slug
 * rather than be told to choose another one.
 */
describe('slugs made from the title', () => {
  let app: TestApp;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp();
    const vendor = await createOrganization(app.services, { kind: 'VENDOR' });
    admin = await app.signIn(vendor.people[0]!.email);
  });
  afterAll(() => app.close());

  it.each([
    ['articles', CREATE_ARTICLE, { bodyMarkdown: 'Install it.' }],
    ['announcements', CREATE_ANNOUNCEMENT, { bodyMarkdown: 'Saturday.' }],
    ['courses', CREATE_COURSE, {}],
    [
      'updates',
      CREATE_UPDATE,
      {
        kind: 'UPDATE',
        product: 'atlas',
        version: '7.3',
        releaseNotesMarkdown: 'New.',
        releasedOn: '2030-05-01',
      },
    ],
  ])('gives %s written at once with one title an address each', async (_kind, mutation, input) => {
    const title = `Atlas 7.3 is out ${Date.now()}`;
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => app.graphql(mutation, { input: { title, ...input } }, admin)),
    );
    expect(results.map((r) => r.errors ?? r.data!.created.error)).toEqual([null, null, null, null]);
    const slugs = results.map((r) => r.data!.created.item.slug as string);
    expect(new Set(slugs).size).toBe(4);
  });
});
