import { createHash } from 'node:crypto';
import { startTestApp, type TestApp } from '../../test/test-app';
import {
  createOrganization,
  grantLicense,
  linkPartner,
  type CreatedOrganization,
} from '../../test/factories';
import { createCourse } from './training.test-helpers';
import { LessonProgressEntity } from './lesson-progress.entity';
import { fromGlobalId } from '../../platform/graphql/global-id';

const COURSE = `query ($id: ID!) { course(id: $id) {
  id slug title product publishedAt viewerCanEdit
  viewerProgress { completedLessons totalLessons percent completedAt lastActivityAt }
  lessons { id position title kind bodyHtml video { url fileName contentType size } viewerProgress { completedAt videoPositionSeconds } }
} }`;
const BY_SLUG = `query ($slug: String!) { courseBySlug(slug: $slug) { id title } }`;
const NODE = `query ($id: ID!) { node(id: $id) { id ... on Course { title } } }`;
const LIST = `query ($product: String, $first: Int, $after: String) { courses(product: $product, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id title viewerProgress { completedLessons totalLessons } } }
} }`;
const SEARCH = `query ($q: String!) { search(query: $q, kinds: [COURSE]) { totalCount edges { node { kind slug title node { id ... on Course { title } } } } } }`;
const IN_PROGRESS = `query { coursesInProgress(first: 10) { title viewerProgress { completedLessons totalLessons } } }`;
const COMPLETE = `mutation ($id: ID!) { completeLesson(lessonId: $id) {
  lesson { id viewerProgress { completedAt } } course { viewerProgress { completedLessons totalLessons completedAt } } error { code message }
} }`;
const SAVE_POSITION = `mutation ($id: ID!, $s: Int!) { saveLessonPosition(lessonId: $id, seconds: $s) { lesson { viewerProgress { videoPositionSeconds completedAt } } error { code } } }`;
const ADD_LESSON = `mutation ($input: AddLessonInput!) { addLesson(input: $input) { lesson { id position } course { lessons { title position } } error { code field message } } }`;
const MOVE = `mutation ($id: ID!, $p: Int!) { moveLesson(id: $id, position: $p) { course { lessons { title position } } error { code } } }`;
const REMOVE = `mutation ($id: ID!) { removeLesson(id: $id) { course { lessons { title position } } error { code } } }`;
const UPDATE_LESSON = `mutation ($input: UpdateLessonInput!) { updateLesson(input: $input) { lesson { title video { url } } error { code field } } }`;
const UNPUBLISH = `mutation ($id: ID!) { unpublishCourse(id: $id) { course { publishedAt } error { code } } }`;
const PROGRESS = `query ($org: ID!, $first: Int, $after: String) { trainingProgress(organizationId: $org, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { professional { firstName } courseTitle progress { completedLessons totalLessons completedAt } } }
} }`;

/** A few bytes that are not a real video; the server streams whatever was uploaded. */
const VIDEO_BYTES = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));

describe('training', () => {
  let app: TestApp;
  let vendor: CreatedOrganization;
  let licensed: CreatedOrganization;
  let unlicensed: CreatedOrganization;
  let partner: CreatedOrganization;
  let vendorAdmin: string;
  let licensedAdmin: string;
  let licensedMember: string;
  let unlicensedReader: string;
  let partnerAdmin: string;
  let ledgerCourse: { id: string; slug: string; lessonIds: string[] };
  let openCourse: { id: string; slug: string; lessonIds: string[] };
  let draftCourse: { id: string; slug: string; lessonIds: string[] };
  let videoFileId: string;

  const code = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
    response.errors?.[0]?.extensions?.code;
  const videoOf = (lessonGid: string) => `${app.url}/api/training/lessons/${lessonGid}/video`;

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createOrganization(app.services, { kind: 'VENDOR' });
    licensed = await createOrganization(app.services, {
      people: [
        {
          firstName: 'Ana',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        { firstName: 'Chloe' },
      ],
    });
    unlicensed = await createOrganization(app.services);
    partner = await createOrganization(app.services, { kind: 'PARTNER' });
    await linkPartner(app.services, partner, licensed);
    await grantLicense(app.services, licensed, { product: 'ledger' });
    vendorAdmin = await app.signIn(vendor.people[0]!.email);
    licensedAdmin = await app.signIn(licensed.people[0]!.email);
    licensedMember = await app.signIn(licensed.people[1]!.email);
    unlicensedReader = await app.signIn(unlicensed.people[0]!.email);
    partnerAdmin = await app.signIn(partner.people[0]!.email);

    const upload = await app.uploadFile(vendorAdmin, VIDEO_BYTES, {
      fileName: 'intro.mp4',
      contentType: 'video/mp4',
    });
    videoFileId = upload.body.file!.id;
    ledgerCourse = await createCourse(app, vendorAdmin, {
      title: 'Ledger reconciliation basics',
      summary: 'Close the month without surprises.',
      product: 'ledger',
      visibility: 'ENTITLED_PRODUCT',
      lessons: [
        {
          title: 'Watch the overview',
          kind: 'VIDEO',
          videoFileId,
          durationSeconds: 90,
          bodyMarkdown: 'Notes on **matching rules**.',
        },
        {
          title: 'Matching rules',
          bodyMarkdown: 'Match bank lines with the zanzibar algorithm. <script>alert(1)</script>',
        },
        { title: 'Closing the period' },
      ],
    });
    openCourse = await createCourse(app, vendorAdmin, {
      title: 'Portal tour',
      lessons: [{ title: 'Finding things' }, { title: 'Your profile' }],
    });
    draftCourse = await createCourse(
      app,
      vendorAdmin,
      {
        title: 'Unreleased zanzibar features',
        lessons: [{ title: 'Secret', kind: 'VIDEO', videoFileId }],
      },
      { publish: false },
    );
  });
  afterAll(() => app.close());

  describe('entitlement on every kind of access', () => {
    it('by id, slug and node: the licensed read it, the unlicensed and the signed out do not, and drafts stay hidden', async () => {
      const read = await app.graphql(COURSE, { id: ledgerCourse.id }, licensedMember);
      expect(read.data!.course).toMatchObject({
        title: 'Ledger reconciliation basics',
        viewerCanEdit: false,
      });
      expect(
        read.data!.course.lessons.map((l: { title: string; position: number }) => [
          l.position,
          l.title,
        ]),
      ).toEqual([
        [1, 'Watch the overview'],
        [2, 'Matching rules'],
        [3, 'Closing the period'],
      ]);
      expect(read.data!.course.lessons[1].bodyHtml).toContain('zanzibar');
      expect(read.data!.course.lessons[1].bodyHtml).not.toContain('<script');
      expect(
        (await app.graphql(BY_SLUG, { slug: ledgerCourse.slug }, licensedMember)).data!.courseBySlug
          .title,
      ).toBe('Ledger reconciliation basics');
      expect(
        (await app.graphql(NODE, { id: ledgerCourse.id }, licensedMember)).data!.node.title,
      ).toBe('Ledger reconciliation basics');

      expect(code(await app.graphql(COURSE, { id: ledgerCourse.id }, unlicensedReader))).toBe(
        'NOT_FOUND',
      );
      expect(code(await app.graphql(BY_SLUG, { slug: ledgerCourse.slug }, unlicensedReader))).toBe(
        'NOT_FOUND',
      );
      expect(
        (await app.graphql(NODE, { id: ledgerCourse.id }, unlicensedReader)).data!.node,
      ).toBeNull();
      expect(code(await app.graphql(COURSE, { id: ledgerCourse.id }))).toBe('UNAUTHENTICATED');

      expect(code(await app.graphql(COURSE, { id: draftCourse.id }, licensedMember))).toBe(
        'NOT_FOUND',
      );
      expect(
        (await app.graphql(COURSE, { id: draftCourse.id }, vendorAdmin)).data!.course.publishedAt,
      ).toBeNull();
    });

    it('in lists and counts, with the product filter', async () => {
      const titles = async (cookie: string, product?: string) => {
        const list = (await app.graphql(LIST, { product }, cookie)).data!.courses;
        return {
          count: list.totalCount,
          titles: list.edges.map((e: { node: { title: string } }) => e.node.title).sort(),
        };
      };
      expect(await titles(licensedMember)).toEqual({
        count: 2,
        titles: ['Ledger reconciliation basics', 'Portal tour'],
      });
      expect(await titles(licensedMember, 'ledger')).toEqual({
        count: 1,
        titles: ['Ledger reconciliation basics'],
      });
      // Product codes are lower case, whatever the case typed.
      expect(await titles(licensedMember, ' Ledger ')).toEqual({
        count: 1,
        titles: ['Ledger reconciliation basics'],
      });
      expect(await titles(unlicensedReader)).toEqual({ count: 1, titles: ['Portal tour'] });
      expect((await titles(vendorAdmin)).count).toBe(3);
    });

    it('in search, which finds a course by what its lessons teach and never an unreadable one', async () => {
      const licensedHits = (await app.graphql(SEARCH, { q: 'zanzibar' }, licensedMember)).data!
        .search;
      expect(licensedHits.totalCount).toBe(1);
      expect(licensedHits.edges[0].node).toMatchObject({
        kind: 'COURSE',
        slug: ledgerCourse.slug,
        node: { id: ledgerCourse.id, title: 'Ledger reconciliation basics' },
      });
      expect(
        (await app.graphql(SEARCH, { q: 'zanzibar' }, unlicensedReader)).data!.search.totalCount,
      ).toBe(0);
      expect(
        (await app.graphql(SEARCH, { q: 'zanzibar' }, vendorAdmin)).data!.search.totalCount,
      ).toBe(2);
    });

    it('at the video address: 401 signed out, 404 unlicensed or draft, the file to the licensed', async () => {
      const videoLesson = ledgerCourse.lessonIds[0]!;
      const seen = await app.graphql(COURSE, { id: ledgerCourse.id }, licensedMember);
      expect(seen.data!.course.lessons[0].video).toEqual({
        url: `/api/training/lessons/${videoLesson}/video`,
        fileName: 'intro.mp4',
        contentType: 'video/mp4',
        size: 1000,
      });

      expect((await fetch(videoOf(videoLesson))).status).toBe(401);
      expect(
        (await fetch(videoOf(videoLesson), { headers: { cookie: unlicensedReader } })).status,
      ).toBe(404);
      expect(
        (await fetch(videoOf(draftCourse.lessonIds[0]!), { headers: { cookie: licensedMember } }))
          .status,
      ).toBe(404);
      expect(
        (await fetch(videoOf(ledgerCourse.lessonIds[1]!), { headers: { cookie: licensedMember } }))
          .status,
      ).toBe(404);
      expect(
        (await fetch(videoOf('not-an-id'), { headers: { cookie: licensedMember } })).status,
      ).toBe(404);
      expect(
        (await fetch(videoOf(draftCourse.lessonIds[0]!), { headers: { cookie: vendorAdmin } }))
          .status,
      ).toBe(200);
    });
  });

  describe('streaming the video', () => {
    it('answers the whole file inline without Range, a 206 with exactly the bytes asked for, and 416 past the end', async () => {
      const url = videoOf(ledgerCourse.lessonIds[0]!);
      const whole = await fetch(url, { headers: { cookie: licensedMember } });
      expect(whole.status).toBe(200);
      expect(whole.headers.get('content-type')).toBe('video/mp4');
      expect(whole.headers.get('accept-ranges')).toBe('bytes');
      expect(whole.headers.get('content-disposition')).toMatch(/^inline;/);
      const body = Buffer.from(await whole.arrayBuffer());
      expect(createHash('sha256').update(body).digest('hex')).toBe(
        createHash('sha256').update(VIDEO_BYTES).digest('hex'),
      );

      const part = await fetch(url, {
        headers: { cookie: licensedMember, range: 'bytes=100-199' },
      });
      expect(part.status).toBe(206);
      expect(part.headers.get('content-range')).toBe('bytes 100-199/1000');
      expect(Buffer.from(await part.arrayBuffer())).toEqual(VIDEO_BYTES.subarray(100, 200));

      const tail = await fetch(url, { headers: { cookie: licensedMember, range: 'bytes=990-' } });
      expect(tail.status).toBe(206);
      expect(Buffer.from(await tail.arrayBuffer())).toEqual(VIDEO_BYTES.subarray(990));

      const past = await fetch(url, {
        headers: { cookie: licensedMember, range: 'bytes=1000-1100' },
      });
      expect(past.status).toBe(416);
      expect(past.headers.get('content-range')).toBe('bytes */1000');
      await past.arrayBuffer();

      const head = await fetch(url, { method: 'HEAD', headers: { cookie: licensedMember } });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-length')).toBe('1000');
    });
  });

  describe('progress', () => {
    it('completes lessons one by one, idempotently, and the course when all are done', async () => {
      const [video, second, third] = ledgerCourse.lessonIds as [string, string, string];
      const first = await app.graphql(COMPLETE, { id: video }, licensedAdmin);
      expect(first.data!.completeLesson.error).toBeNull();
      const firstCompletedAt = first.data!.completeLesson.lesson.viewerProgress.completedAt;
      expect(firstCompletedAt).toEqual(expect.any(String));
      expect(first.data!.completeLesson.course.viewerProgress).toEqual({
        completedLessons: 1,
        totalLessons: 3,
        completedAt: null,
      });

      const again = await app.graphql(COMPLETE, { id: video }, licensedAdmin);
      expect(again.data!.completeLesson.lesson.viewerProgress.completedAt).toBe(firstCompletedAt);
      expect(again.data!.completeLesson.course.viewerProgress.completedLessons).toBe(1);

      await app.graphql(COMPLETE, { id: second }, licensedAdmin);
      const last = await app.graphql(COMPLETE, { id: third }, licensedAdmin);
      expect(last.data!.completeLesson.course.viewerProgress).toEqual({
        completedLessons: 3,
        totalLessons: 3,
        completedAt: expect.any(String),
      });

      // Someone else's progress is their own.
      const other = await app.graphql(COURSE, { id: ledgerCourse.id }, licensedMember);
      expect(other.data!.course.viewerProgress).toMatchObject({
        completedLessons: 0,
        totalLessons: 3,
        percent: 0,
        completedAt: null,
      });
    });

    it('remembers where a video stopped, clamped to its length, and lists the course as in progress', async () => {
      const video = ledgerCourse.lessonIds[0]!;
      const saved = await app.graphql(SAVE_POSITION, { id: video, s: 42 }, licensedMember);
      expect(saved.data!.saveLessonPosition).toEqual({
        lesson: { viewerProgress: { videoPositionSeconds: 42, completedAt: null } },
        error: null,
      });
      const beyond = await app.graphql(SAVE_POSITION, { id: video, s: 500 }, licensedMember);
      expect(beyond.data!.saveLessonPosition.lesson.viewerProgress.videoPositionSeconds).toBe(90);

      await app.graphql(COMPLETE, { id: openCourse.lessonIds[0]! }, licensedMember);
      const inProgress = (await app.graphql(IN_PROGRESS, {}, licensedMember)).data!
        .coursesInProgress;
      expect(inProgress).toEqual([
        { title: 'Portal tour', viewerProgress: { completedLessons: 1, totalLessons: 2 } },
        {
          title: 'Ledger reconciliation basics',
          viewerProgress: { completedLessons: 0, totalLessons: 3 },
        },
      ]);
      // Ana finished the ledger course: it is not in progress for her.
      expect((await app.graphql(IN_PROGRESS, {}, licensedAdmin)).data!.coursesInProgress).toEqual(
        [],
      );
    });

    it('refuses progress on a lesson the professional may not read, as if it did not exist', async () => {
      const refused = await app.graphql(
        COMPLETE,
        { id: ledgerCourse.lessonIds[0]! },
        unlicensedReader,
      );
      expect(refused.data!.completeLesson).toMatchObject({
        lesson: null,
        error: { code: 'NOT_FOUND' },
      });
      expect(
        (await app.graphql(SAVE_POSITION, { id: draftCourse.lessonIds[0]!, s: 3 }, licensedMember))
          .data!.saveLessonPosition.error.code,
      ).toBe('NOT_FOUND');
      expect(
        (await app.graphql(COMPLETE, { id: ledgerCourse.lessonIds[0]! })).data!.completeLesson.error
          .code,
      ).toBe('UNAUTHENTICATED');
    });

    it('reopens a completed course when a lesson is added, and closes it again when that lesson is removed', async () => {
      const added = await app.graphql(
        ADD_LESSON,
        { input: { courseId: ledgerCourse.id, title: 'Audit trail', position: 2 } },
        vendorAdmin,
      );
      expect(added.data!.addLesson.course.lessons.map((l: { title: string }) => l.title)).toEqual([
        'Watch the overview',
        'Audit trail',
        'Matching rules',
        'Closing the period',
      ]);
      const reopened = await app.graphql(COURSE, { id: ledgerCourse.id }, licensedAdmin);
      expect(reopened.data!.course.viewerProgress).toMatchObject({
        completedLessons: 3,
        totalLessons: 4,
        completedAt: null,
        percent: 75,
      });

      const moved = await app.graphql(
        MOVE,
        { id: added.data!.addLesson.lesson.id, p: 99 },
        vendorAdmin,
      );
      expect(
        moved.data!.moveLesson.course.lessons.map(
          (l: { title: string; position: number }) => `${l.position} ${l.title}`,
        ),
      ).toEqual([
        '1 Watch the overview',
        '2 Matching rules',
        '3 Closing the period',
        '4 Audit trail',
      ]);
      const removed = await app.graphql(
        REMOVE,
        { id: added.data!.addLesson.lesson.id },
        vendorAdmin,
      );
      expect(removed.data!.removeLesson.course.lessons).toHaveLength(3);
      expect(
        (await app.graphql(COURSE, { id: ledgerCourse.id }, licensedAdmin)).data!.course
          .viewerProgress.completedAt,
      ).toEqual(expect.any(String));
    });
  });

  describe('editing', () => {
    it('is for vendor administrators, and refuses a video file that browsers cannot play', async () => {
      const refused = await app.graphql(
        ADD_LESSON,
        { input: { courseId: openCourse.id, title: 'Mine' } },
        licensedAdmin,
      );
      expect(refused.data!.addLesson.error.code).toBe('FORBIDDEN');
      const pdf = await app.uploadFile(vendorAdmin, 'not a video', {
        fileName: 'notes.pdf',
        contentType: 'application/pdf',
      });
      const wrong = await app.graphql(
        UPDATE_LESSON,
        { input: { id: openCourse.lessonIds[0]!, kind: 'VIDEO', videoFileId: pdf.body.file!.id } },
        vendorAdmin,
      );
      expect(wrong.data!.updateLesson.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'videoFileId',
      });
      const missing = await app.graphql(
        UPDATE_LESSON,
        {
          input: {
            id: openCourse.lessonIds[0]!,
            kind: 'VIDEO',
            videoFileId: '00000000-0000-0000-0000-000000000000',
          },
        },
        vendorAdmin,
      );
      expect(missing.data!.updateLesson.error).toMatchObject({
        code: 'NOT_FOUND',
        field: 'videoFileId',
      });
    });

    it('renames a course everywhere search looks, refuses a taken address and a licence rule without a product', async () => {
      const course = await createCourse(app, vendorAdmin, {
        title: 'Quarterly reporting',
        lessons: [{ title: 'Exports' }],
      });
      const UPDATE = `mutation ($input: UpdateCourseInput!) { updateCourse(input: $input) { course { title slug } error { code field } } }`;
      const renamed = await app.graphql(
        UPDATE,
        { input: { id: course.id, title: 'Quarterly filing', slug: 'quarterly-filing' } },
        vendorAdmin,
      );
      expect(renamed.data!.updateCourse).toEqual({
        course: { title: 'Quarterly filing', slug: 'quarterly-filing' },
        error: null,
      });
      const hits = (await app.graphql(SEARCH, { q: 'quarterly filing' }, unlicensedReader)).data!
        .search;
      expect(hits.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual([
        'quarterly-filing',
      ]);
      expect(
        (await app.graphql(SEARCH, { q: 'quarterly reporting' }, unlicensedReader)).data!.search
          .totalCount,
      ).toBe(0);

      const taken = await app.graphql(
        UPDATE,
        { input: { id: course.id, slug: openCourse.slug } },
        vendorAdmin,
      );
      expect(taken.data!.updateCourse.error).toEqual({ code: 'SLUG_TAKEN', field: 'slug' });
      const noProduct = await app.graphql(
        UPDATE,
        { input: { id: course.id, visibility: 'ENTITLED_PRODUCT' } },
        vendorAdmin,
      );
      expect(noProduct.data!.updateCourse.error).toEqual({
        code: 'VALIDATION_FAILED',
        field: 'product',
      });
      // A course stores no audience: a chosen audience would reach nobody.
      const chosen = await app.graphql(
        UPDATE,
        { input: { id: course.id, visibility: 'CHOSEN_AUDIENCE' } },
        vendorAdmin,
      );
      expect(chosen.data!.updateCourse.error).toEqual({
        code: 'VALIDATION_FAILED',
        field: 'visibility',
      });
    });

    it('hides an unpublished course from readers again, with its video', async () => {
      const course = await createCourse(app, vendorAdmin, {
        title: 'Short-lived',
        lessons: [{ title: 'Clip', kind: 'VIDEO', videoFileId }],
      });
      expect(
        (await fetch(videoOf(course.lessonIds[0]!), { headers: { cookie: unlicensedReader } }))
          .status,
      ).toBe(200);
      await app.graphql(UNPUBLISH, { id: course.id }, vendorAdmin);
      expect(
        (await fetch(videoOf(course.lessonIds[0]!), { headers: { cookie: unlicensedReader } }))
          .status,
      ).toBe(404);
      expect(code(await app.graphql(COURSE, { id: course.id }, unlicensedReader))).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('cost', () => {
    it('is as many SQL statements for a page of courses with lessons, videos and progress as for one course', async () => {
      const query = `query ($first: Int) { courses(first: $first) {
        edges { node { title viewerProgress { completedLessons } lessons { title video { url } viewerProgress { completedAt } } } }
      } }`;
      const statementsFor = async (first: number) => {
        const before = app.db.statements.count;
        const result = await app.graphql(query, { first }, vendorAdmin);
        const after = app.db.statements.count;
        expect(result.errors).toBeUndefined();
        expect(result.data!.courses.edges).toHaveLength(first);
        // The first course has a video, so one course already asks for every kind of relation.
        expect(
          result.data!.courses.edges[0].node.lessons.some(
            (l: { video: unknown }) => l.video !== null,
          ),
        ).toBe(true);
        return after - before;
      };
      const one = await statementsFor(1);
      expect(await statementsFor(3)).toBe(one);
    });
  });

  describe("an organization's training progress", () => {
    it('is shown to its administrators, its partner and vendor staff, per professional and course', async () => {
      const rows = async (cookie: string) => {
        const result = await app.graphql(PROGRESS, { org: licensed.gid }, cookie);
        expect(result.errors).toBeUndefined();
        return result.data!.trainingProgress.edges.map(
          (e: {
            node: {
              professional: { firstName: string };
              courseTitle: string;
              progress: {
                completedLessons: number;
                totalLessons: number;
                completedAt: string | null;
              };
            };
          }) =>
            `${e.node.professional.firstName}: ${e.node.courseTitle} ${e.node.progress.completedLessons}/${e.node.progress.totalLessons}${e.node.progress.completedAt ? ' done' : ''}`,
        );
      };
      const expected = [
        'Ana: Ledger reconciliation basics 3/3 done',
        'Chloe: Ledger reconciliation basics 0/3',
        'Chloe: Portal tour 1/2',
      ];
      expect(await rows(licensedAdmin)).toEqual(expected);
      expect(await rows(vendorAdmin)).toEqual(expected);
      // The partner holds no Ledger licence: the report never names a course its reader may not open.
      expect(await rows(partnerAdmin)).toEqual(['Chloe: Portal tour 1/2']);
    });

    it('pages by cursor without repeating or skipping a row', async () => {
      const first = (await app.graphql(PROGRESS, { org: licensed.gid, first: 2 }, licensedAdmin))
        .data!.trainingProgress;
      expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const second = (
        await app.graphql(
          PROGRESS,
          { org: licensed.gid, first: 2, after: first.pageInfo.endCursor },
          licensedAdmin,
        )
      ).data!.trainingProgress;
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect(
        second.edges.map((e: { node: { courseTitle: string } }) => e.node.courseTitle),
      ).toEqual(['Portal tour']);
    });

    it('is refused to a member, and hidden from another organization’s administrator', async () => {
      expect(code(await app.graphql(PROGRESS, { org: licensed.gid }, licensedMember))).toBe(
        'FORBIDDEN',
      );
      expect(code(await app.graphql(PROGRESS, { org: licensed.gid }, unlicensedReader))).toBe(
        'NOT_FOUND',
      );
      expect(code(await app.graphql(PROGRESS, { org: licensed.gid }))).toBe('UNAUTHENTICATED');
    });
  });
});

/** PostgreSQL only: SQLite has one writer at a time by nature, whatever lock a write asks for. */
const onPostgres = process.env.FOYER_TEST_DATABASE_URL?.startsWith('postgres') ? it : it.skip;

describe('saving progress while a video plays', () => {
  let app: TestApp;
  let customer: CreatedOrganization;
  let learner: string;
  let vendorAdmin: string;

  beforeAll(async () => {
    app = await startTestApp();
    const vendor = await createOrganization(app.services, { kind: 'VENDOR' });
    customer = await createOrganization(app.services);
    vendorAdmin = await app.signIn(vendor.people[0]!.email);
    learner = await app.signIn(customer.people[0]!.email);
  });
  afterAll(() => app.close());

  /** A course of video lessons, each with no progress yet. */
  async function newVideoLessons(count: number): Promise<string[]> {
    const upload = await app.uploadFile(vendorAdmin, VIDEO_BYTES, {
      fileName: 'tour.mp4',
      contentType: 'video/mp4',
    });
    const course = await createCourse(app, vendorAdmin, {
      title: `Guided tour ${Date.now()}`,
      lessons: Array.from({ length: count }, (_, i) => ({
        title: `Stop ${i + 1}`,
        kind: 'VIDEO' as const,
        videoFileId: upload.body.file!.id,
        durationSeconds: 600,
      })),
    });
    return course.lessonIds;
  }

  function progressOf(lesson: string): Promise<LessonProgressEntity[]> {
    return app.db.manager.findBy(LessonProgressEntity, { lessonId: fromGlobalId(lesson)!.id });
  }

  it('keeps one row per learner and lesson when two tabs save at once, with the first completion’s time', async () => {
    // Several lessons, each saved from several tabs at once, so that first saves do meet.
    const lessons = await newVideoLessons(8);
    const positions = [30, 31, 32];
    const answers = await Promise.all(
      lessons.flatMap((id) => [
        ...positions.map((s) => app.graphql(SAVE_POSITION, { id, s }, learner)),
        ...[1, 2].map(() => app.graphql(COMPLETE, { id }, learner)),
      ]),
    );
    expect(
      answers.map((a) => a.errors ?? (a.data!.saveLessonPosition ?? a.data!.completeLesson).error),
    ).toEqual(answers.map(() => null));

    for (const lesson of lessons) {
      const rows = await progressOf(lesson);
      expect(rows).toHaveLength(1);
      expect(positions).toContain(rows[0]!.videoPositionSeconds);
      expect(rows[0]!.completedAt).toEqual(expect.any(Date));
    }
    // Completing again, later, keeps the time it was first completed, and the position.
    const [before] = await progressOf(lessons[0]!);
    const again = await app.graphql(COMPLETE, { id: lessons[0]! }, learner);
    expect(new Date(again.data!.completeLesson.lesson.viewerProgress.completedAt)).toEqual(
      before!.completedAt,
    );
    expect(await progressOf(lessons[0]!)).toEqual([{ ...before, updatedAt: expect.any(Date) }]);
  });

  onPostgres(
    'does not wait for an administrative change of the learner’s organization',
    async () => {
      const [lesson] = await newVideoLessons(1);
      let release!: () => void;
      let locked!: () => void;
      const lockHeld = new Promise<void>((resolve) => (locked = resolve));
      const adminChange = app.db.write([customer.organization.id], async () => {
        locked();
        await new Promise<void>((resolve) => (release = resolve));
      });
      await lockHeld;
      try {
        const saved = app.graphql(SAVE_POSITION, { id: lesson!, s: 42 }, learner);
        const first = await Promise.race([
          saved.then(() => 'saved'),
          new Promise((resolve) => setTimeout(() => resolve('still waiting'), 3000)),
        ]);
        expect(first).toBe('saved');
        expect((await saved).data!.saveLessonPosition).toEqual({
          lesson: { viewerProgress: { videoPositionSeconds: 42, completedAt: null } },
          error: null,
        });
      } finally {
        release();
        await adminChange;
      }
    },
  );
});
