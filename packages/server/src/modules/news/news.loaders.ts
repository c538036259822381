import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { AnnouncementEntity } from './announcement.entity';
import { AnnouncementAudienceEntity } from './announcement-audience.entity';
import { NewsLastSeenEntity } from './news-last-seen.entity';

/** Per-request batching for news lists and search results. */
export function createNewsLoaders(manager: EntityManager) {
  const announcementById = new DataLoader<string, AnnouncementEntity | null>(async (ids) => {
    const rows = await manager.findBy(AnnouncementEntity, { id: In([...ids]) });
    const byId = new Map(rows.map((a) => [a.id, a]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const audienceByAnnouncementId = new DataLoader<string, AnnouncementAudienceEntity[]>(
    async (ids) => {
      const rows = await manager.findBy(AnnouncementAudienceEntity, {
        announcementId: In([...ids]),
      });
      return ids.map((id) => rows.filter((r) => r.announcementId === id));
    },
  );

  /** When each professional last opened the news; null for never. */
  const newsLastSeenByProfessionalId = new DataLoader<string, Date | null>(async (ids) => {
    const rows = await manager.findBy(NewsLastSeenEntity, { professionalId: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.professionalId, r.seenAt]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  return { announcementById, audienceByAnnouncementId, newsLastSeenByProfessionalId };
}

export type NewsLoaders = ReturnType<typeof createNewsLoaders>;
