import { createHash } from 'node:crypto';
import { openDatabase } from '../platform/db/database';
import { createServices } from '../services';
import { createTestDatabase } from '../test/test-database';
import { TEST_SETTINGS } from '../test/test-settings';
import { ProfessionalEntity } from '../modules/professional/professional.entity';
import { StoredFileEntity } from '../modules/files/stored-file.entity';
import { SoftwareUpdateEntity } from '../modules/updates/software-update.entity';
import { UpdateArticleLinkEntity } from '../modules/updates/update-article-link.entity';
import { seedOnStart } from './seed';
import { DEMO_UPDATES } from './demo-updates.data';

describe('demo updates and hotfixes', () => {
  it('are seeded once with files whose checksums match, and show each demo customer what they may download', async () => {
    const database = await createTestDatabase();
    const db = await openDatabase(database.url);
    try {
      const services = createServices(db, TEST_SETTINGS);
      const settings = { demo: { enabled: true, password: 'demo-pass-1' }, firstAdmin: null };
      await seedOnStart(services, settings);
      await seedOnStart(services, settings);
      expect(await db.manager.count(SoftwareUpdateEntity)).toBe(DEMO_UPDATES.length);
      expect(await db.manager.count(UpdateArticleLinkEntity)).toBe(
        DEMO_UPDATES.flatMap((u) => u.fixes).length,
      );

      for (const file of await db.manager.find(StoredFileEntity)) {
        const chunks: Buffer[] = [];
        for await (const chunk of services.files.storage.read(file.storageKey))
          chunks.push(chunk as Buffer);
        const bytes = Buffer.concat(chunks);
        expect({
          name: file.fileName,
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
        }).toEqual({ name: file.fileName, size: file.size, sha256: file.sha256 });
      }

      const actor = async (email: string) =>
        (await services.sessions.actorFor(
          (await db.manager.findOneByOrFail(ProfessionalEntity, { email })).id,
        ))!;
      const [ana, hiro, vera] = await Promise.all(
        ['ana@acme.example', 'hiro@globex.example', 'vera@northwind.example'].map(actor),
      );
      const reason = async (who: typeof ana, slug: string) =>
        services.updates.downloadBlockedReason(who, await services.updates.getBySlug(who, slug));

      expect(await reason(ana, 'ledger-5-0-2-hotfix')).toBeNull();
      expect(await reason(ana, 'dispatch-3-1-0')).toBeNull();
      expect(await reason(ana, 'dispatch-3-0-3-hotfix')).toMatch(
        /^Your service plan for Dispatch ended on \d{4}-\d{2}-\d{2}\. Renew it to download hotfixes\.$/,
      );
      expect(await reason(hiro, 'ledger-5-1-0')).toMatch(/no licence for Ledger/);
      expect(await reason(hiro, 'insight-1-7-2-hotfix')).toBeNull();
      await expect(services.updates.getBySlug(ana, 'ledger-5-2-0-beta')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect((await services.updates.list(vera, {})).totalCount).toBe(DEMO_UPDATES.length);
      const hotfix = await services.updates.getBySlug(ana, 'ledger-5-0-2-hotfix');
      expect(
        (await services.updates.fixesArticlesOf(ana, [hotfix.id]))
          .get(hotfix.id)!
          .map((a) => a.slug),
      ).toEqual(['ledger-posting-queue-stuck-in-pending']);
    } finally {
      await db.close();
      await database.drop();
    }
  });
});
