import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { startTestApp, type TestApp } from '../test/test-app';
import { SystemSettingEntity } from '../platform/db/system-setting.entity';
import { ProfessionalEntity } from '../modules/professional/professional.entity';
import { AccountEntity } from '../modules/auth/account.entity';
import { CourseEntity } from '../modules/training/course.entity';
import { LessonEntity } from '../modules/training/lesson.entity';
import { LessonProgressEntity } from '../modules/training/lesson-progress.entity';
import { seedOnStart } from './seed';
import { DEMO_COURSES } from './demo-training.data';
import { DEMO_VIDEO_PATH } from './demo-training';

const LIST = `query { courses(first: 20) { edges { node { slug } } } }`;
const IN_PROGRESS = `query { coursesInProgress { slug viewerProgress { completedLessons totalLessons } } }`;
const COURSE = `query ($slug: String!) { courseBySlug(slug: $slug) { lessons { kind video { url size } } } }`;
const PROGRESS = `query ($org: ID!) { trainingProgress(organizationId: $org) { totalCount } }`;
const ME = `query { viewer { organization { id } } }`;
const SETTINGS = { demo: { enabled: true, password: 'demo-pass-1' }, firstAdmin: null };

describe('demo training', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('seeds courses with a playable video and some progress once, also into a demo database seeded before training', async () => {
    expect(await seedOnStart(app.services, SETTINGS)).toMatchObject({
      demoSeededNow: true,
      demoTrainingSeededNow: true,
    });
    expect(await app.db.manager.count(CourseEntity)).toBe(DEMO_COURSES.length);
    const chloe = await app.signIn('chloe@acme.example', 'demo-pass-1');
    const hiro = await app.signIn('hiro@globex.example', 'demo-pass-1');
    const slugs = async (cookie: string) =>
      (await app.graphql(LIST, {}, cookie))
        .data!.courses.edges.map((e: { node: { slug: string } }) => e.node.slug)
        .sort();
    expect(await slugs(chloe)).toEqual([
      'dispatch-route-planning',
      'ledger-month-end-close',
      'portal-tour',
    ]);
    expect(await slugs(hiro)).toEqual(['insight-dashboards-in-an-afternoon', 'portal-tour']);

    // Chloe is halfway through the Ledger course; she finished the portal tour.
    expect((await app.graphql(IN_PROGRESS, {}, chloe)).data!.coursesInProgress).toEqual([
      { slug: 'ledger-month-end-close', viewerProgress: { completedLessons: 2, totalLessons: 5 } },
    ]);
    const ledger = (await app.graphql(COURSE, { slug: 'ledger-month-end-close' }, chloe)).data!
      .courseBySlug;
    const video = ledger.lessons.find((l: { kind: string }) => l.kind === 'VIDEO').video;
    const served = await fetch(`${app.url}${video.url}`, {
      headers: { cookie: chloe, range: 'bytes=0-' },
    });
    expect(served.status).toBe(206);
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      createHash('sha256').update(readFileSync(DEMO_VIDEO_PATH)).digest('hex'),
    );
    expect(bytes.length).toBeLessThanOrEqual(300_000);

    // Ana, Acme's administrator, sees her people's progress.
    const ana = await app.signIn('ana@acme.example', 'demo-pass-1');
    const acme = (await app.graphql(ME, {}, ana)).data!.viewer.organization.id;
    expect(
      (await app.graphql(PROGRESS, { org: acme }, ana)).data!.trainingProgress.totalCount,
    ).toBeGreaterThanOrEqual(4);

    // Again: nothing more.
    expect(await seedOnStart(app.services, SETTINGS)).toMatchObject({
      demoTrainingSeededNow: false,
    });
    expect(await app.db.manager.count(CourseEntity)).toBe(DEMO_COURSES.length);

    // A demo database from before training gets it on its next start.
    await app.db.write([], async (manager) => {
      for (const entity of [LessonProgressEntity, LessonEntity, CourseEntity])
        await manager.createQueryBuilder().delete().from(entity).execute();
      await manager.delete(SystemSettingEntity, { key: 'demo_training_seeded_at' });
    });
    expect(await seedOnStart(app.services, SETTINGS)).toMatchObject({
      demoSeededNow: false,
      demoTrainingSeededNow: true,
    });
    expect(await app.db.manager.count(LessonEntity)).toBe(
      DEMO_COURSES.reduce((n, c) => n + c.lessons.length, 0),
    );
    expect(await app.db.manager.count(AccountEntity)).toBeGreaterThan(0);
    expect(await app.db.manager.countBy(ProfessionalEntity, { email: 'chloe@acme.example' })).toBe(
      1,
    );
  });
});
