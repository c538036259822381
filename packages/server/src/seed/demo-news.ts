import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { OrganizationEntity } from '../modules/organization/organization.entity';
import { ProfessionalEntity } from '../modules/professional/professional.entity';
import { AnnouncementEntity } from '../modules/news/announcement.entity';
import { AnnouncementAudienceEntity } from '../modules/news/announcement-audience.entity';
import { AnnouncementIndexer } from '../modules/news/announcement-indexer';
import { SearchDocuments } from '../platform/db/search/search-documents';
import { SystemSettingEntity } from '../platform/db/system-setting.entity';
import type { Database } from '../platform/db/database';
import { DEMO_ORGANIZATIONS } from './demo-world.data';
import { DEMO_ANNOUNCEMENTS } from './demo-news.data';

/** Its own step, so a demo database seeded before news existed gets the announcements too. */
export const DEMO_NEWS_SEEDED = 'demo_news_seeded_at';

const DAY_MS = 86_400_000;
const AUTHOR_EMAIL = 'vera@northwind.example';

/**
 * The demo announcements, once per demo database. Dated back from now, so that their "new"
 * badges and unseen counts mean something on a fresh demo. An announcement whose slug exists is
 * left as it is; one for a demo organization that was deleted is skipped.
 */
export async function seedDemoNewsOnce(db: Database, now: Date): Promise<boolean> {
  if (await db.manager.existsBy(SystemSettingEntity, { key: DEMO_NEWS_SEEDED })) return false;
  return db.write([], async (manager) => {
    if (await manager.existsBy(SystemSettingEntity, { key: DEMO_NEWS_SEEDED })) return false;
    await seedDemoNews(manager, now);
    await manager.insert(SystemSettingEntity, { key: DEMO_NEWS_SEEDED, value: now.toISOString() });
    return true;
  });
}

export async function seedDemoNews(manager: EntityManager, now: Date): Promise<number> {
  const author = await manager.findOne(ProfessionalEntity, {
    where: { email: AUTHOR_EMAIL },
    select: { id: true },
  });
  const indexer = new AnnouncementIndexer(new SearchDocuments());
  let seeded = 0;
  for (const demo of DEMO_ANNOUNCEMENTS) {
    if (await manager.existsBy(AnnouncementEntity, { slug: demo.slug })) continue;
    let audience = null;
    if (demo.audience !== 'ALL_CUSTOMERS') {
      const organizationIds: string[] = [];
      for (const key of demo.audience.organizationKeys ?? []) {
        const accountNumber = DEMO_ORGANIZATIONS.find((o) => o.key === key)?.accountNumber;
        const organization = accountNumber
          ? await manager.findOne(OrganizationEntity, {
              where: { accountNumber },
              select: { id: true },
            })
          : null;
        if (organization) organizationIds.push(organization.id);
      }
      audience = { organizationIds, products: demo.audience.products ?? [] };
      if (audience.organizationIds.length === 0 && audience.products.length === 0) continue;
    }
    const at = demo.daysAgo === null ? now : new Date(now.getTime() - demo.daysAgo * DAY_MS);
    const announcement = Object.assign(new AnnouncementEntity(), {
      id: randomUUID(),
      slug: demo.slug,
      title: demo.title,
      summary: demo.summary,
      bodyMarkdown: `${demo.body.trim()}\n`,
      visibility: audience ? 'CHOSEN_AUDIENCE' : 'ALL_CUSTOMERS',
      pinned: demo.pinned,
      publishedAt: demo.daysAgo === null ? null : at,
      createdAt: at,
      updatedAt: at,
      createdByProfessionalId: author?.id ?? null,
      updatedByProfessionalId: author?.id ?? null,
    } satisfies Partial<AnnouncementEntity>);
    await manager.insert(AnnouncementEntity, announcement);
    if (audience) {
      const rows = [
        ...audience.organizationIds.map((organizationId) => ({
          announcementId: announcement.id,
          organizationId,
          product: null,
        })),
        ...audience.products.map((product) => ({
          announcementId: announcement.id,
          organizationId: null,
          product,
        })),
      ];
      await manager.insert(AnnouncementAudienceEntity, rows);
    }
    await indexer.index(manager, announcement, audience);
    seeded += 1;
  }
  return seeded;
}
