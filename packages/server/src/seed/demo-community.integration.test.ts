import type { Actor } from '@foyer/shared';
import { openDatabase, type Database } from '../platform/db/database';
import { createServices } from '../services';
import { createTestDatabase } from '../test/test-database';
import { TEST_SETTINGS } from '../test/test-settings';
import { SystemSettingEntity } from '../platform/db/system-setting.entity';
import { OrganizationEntity } from '../modules/organization/organization.entity';
import { ProfessionalEntity } from '../modules/professional/professional.entity';
import { ArticleEntity } from '../modules/knowledge-base/article.entity';
import {
  AnswerEntity,
  CommunityVoteEntity,
  QuestionArticleLinkEntity,
  QuestionEntity,
} from '../modules/community/community.entity';
import { seedOnStart } from './seed';
import { DEMO_QUESTIONS } from './demo-community.data';

describe('demo community', () => {
  it('seeds questions across organizations once, with exact scores, an accepted answer, a link and a hidden post, also into an older demo database', async () => {
    const database = await createTestDatabase();
    const db = await openDatabase(database.url);
    try {
      const services = createServices(db, TEST_SETTINGS);
      const settings = { demo: { enabled: true, password: 'demo-pass-1' }, firstAdmin: null };
      await seedOnStart(services, settings);
      expect(await db.manager.count(QuestionEntity)).toBe(DEMO_QUESTIONS.length);
      expect(
        new Set((await db.manager.find(QuestionEntity)).map((q) => q.authorOrganizationName)).size,
      ).toBeGreaterThanOrEqual(3);

      // Cached scores equal the votes cast.
      const votes = await db.manager.find(CommunityVoteEntity);
      for (const post of [
        ...(await db.manager.find(QuestionEntity)),
        ...(await db.manager.find(AnswerEntity)),
      ]) {
        const sum = votes
          .filter((v) => v.postId === post.id)
          .reduce((total, v) => total + v.value, 0);
        expect({ id: post.id, score: post.score }).toEqual({ id: post.id, score: sum });
      }

      const [ana, vera] = await Promise.all(
        ['ana@acme.example', 'vera@northwind.example'].map((email) => actorFor(db, email)),
      );
      const readable = await services.community.list(ana, { first: 50 });
      expect(readable.totalCount).toBe(DEMO_QUESTIONS.length - 1);
      expect((await services.community.list(vera, { first: 50 })).totalCount).toBe(
        DEMO_QUESTIONS.length,
      );
      const upgrade = await services.community.getBySlug(
        ana,
        'is-it-safe-to-skip-ledger-4-2-cumulative-updates-before-upgrading-to-5-0',
      );
      expect(upgrade.acceptedAnswerId).not.toBeNull();
      expect(
        (await services.community.linkedArticlesOf(ana, [upgrade.id]))
          .get(upgrade.id)!
          .map((a) => a.slug),
      ).toEqual(['upgrading-ledger-from-4-2-to-5-0']);
      const found = await services.contentSearch.search(ana, {
        query: 'cumulative updates',
        kinds: ['QUESTION'],
      });
      expect(found.nodes.map((hit) => hit.slug)).toContain(upgrade.slug);

      // Once only; a demo database seeded before the community gets it on its next start.
      await seedOnStart(services, settings);
      expect(await db.manager.count(QuestionEntity)).toBe(DEMO_QUESTIONS.length);
      await db.write([], async (manager) => {
        for (const entity of [
          QuestionArticleLinkEntity,
          CommunityVoteEntity,
          AnswerEntity,
          QuestionEntity,
        ])
          await manager.createQueryBuilder().delete().from(entity).execute();
        await manager.delete(SystemSettingEntity, { key: 'demo_community_seeded_at' });
      });
      await seedOnStart(services, settings);
      expect(await db.manager.count(QuestionEntity)).toBe(DEMO_QUESTIONS.length);
      expect(await db.manager.count(ArticleEntity)).toBeGreaterThan(0);
    } finally {
      await db.close();
      await database.drop();
    }
  });
});

async function actorFor(db: Database, email: string): Promise<Actor> {
  const person = await db.manager.findOneByOrFail(ProfessionalEntity, { email });
  const organization = await db.manager.findOneByOrFail(OrganizationEntity, {
    id: person.organizationId,
  });
  return {
    professionalId: person.id,
    organizationId: organization.id,
    organizationKind: organization.kind,
    status: person.status,
    roles: [],
    servedCustomerIds: [],
  };
}
