import { openDatabase } from '../platform/db/database';
import { createServices } from '../services';
import { createTestDatabase } from '../test/test-database';
import { TEST_SETTINGS } from '../test/test-settings';
import { SystemSettingEntity } from '../platform/db/system-setting.entity';
import { AnnouncementEntity } from '../modules/news/announcement.entity';
import { seedOnStart } from './seed';
import { DEMO_NEWS_SEEDED } from './demo-news';
import { DEMO_ANNOUNCEMENTS } from './demo-news.data';

describe('demo news', () => {
  it('seeds the announcements once, each reaching its own audience, also on a demo database seeded before news existed', async () => {
    const database = await createTestDatabase();
    try {
      const db = await openDatabase(database.url);
      const services = createServices(db, TEST_SETTINGS);
      const demo = { demo: { enabled: true, password: 'demo-pass-1' }, firstAdmin: null };
      await seedOnStart(services, demo);
      expect(await db.manager.count(AnnouncementEntity)).toBe(DEMO_ANNOUNCEMENTS.length);

      const titlesFor = async (email: string) => {
        const { professional } = await services.signIn.signIn(email, 'demo-pass-1');
        const actor = await services.sessions.actorFor(professional.id);
        const page = await services.announcements.list(actor, { first: 50 });
        return {
          titles: page.nodes.map((a) => a.title),
          unseen: await services.announcements.unseenCount(actor),
        };
      };
      const acme = await titlesFor('ana@acme.example');
      expect(acme.titles[0]).toBe('Welcome to the Northwind customer portal');
      expect(acme.titles).toEqual(
        expect.arrayContaining([
          'Scheduled maintenance of your hosted services',
          'Ledger 9.2 released',
          'Dispatch 3 reaches the end of support',
        ]),
      );
      expect(acme.titles).not.toContain('Insight dashboards: new export formats');
      expect(acme.unseen).toBe(acme.titles.length);
      const globex = await titlesFor('hiro@globex.example');
      expect(globex.titles).toContain('Insight dashboards: new export formats');
      expect(globex.titles).not.toContain('Scheduled maintenance of your hosted services');
      expect((await titlesFor('vera@northwind.example')).titles).toContain(
        'Coming soon: the training library',
      );

      // A demo database from before news: the marker is missing, the announcements follow on the next start.
      await db.write([], async (manager) => {
        await manager.delete(SystemSettingEntity, { key: DEMO_NEWS_SEEDED });
        await manager.delete(AnnouncementEntity, { slug: 'holiday-support-hours' });
      });
      await seedOnStart(services, demo);
      await seedOnStart(services, demo);
      expect(await db.manager.count(AnnouncementEntity)).toBe(DEMO_ANNOUNCEMENTS.length);
      await db.close();
    } finally {
      await database.drop();
    }
  });
});
