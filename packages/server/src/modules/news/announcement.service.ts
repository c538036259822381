import { In } from 'typeorm';
import { canRead, type Actor, type ContentAudience, type ReaderEntitlements } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import type { EntitlementService } from '../licensing/entitlement.service';
import { DomainError, notFound } from '../../platform/graphql/domain-error';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../../platform/graphql/connection';
import { readableCondition, type ReadableColumns } from '../../platform/db/search/readable-filter';
import { requireActor } from '../organization/organization-access';
import { AnnouncementEntity } from './announcement.entity';
import { AnnouncementAudienceEntity } from './announcement-audience.entity';
import { NewsLastSeenEntity } from './news-last-seen.entity';

/**
 * How far back "new" reaches for someone who never opened the news (or last did long ago): a
 * new colleague is not greeted with years of announcements as unread.
 */
export const NEWS_NEW_WINDOW_DAYS = 90;

/** The columns of `announcement n` the reading rule looks at; its audience is in announcement_audience. */
export const ANNOUNCEMENT_READABLE_COLUMNS: ReadableColumns = {
  visibility: 'n.visibility',
  product: 'NULL',
  published: 'n.published_at IS NOT NULL',
  audience: { table: 'announcement_audience', itemColumn: 'announcement_id', itemId: 'n.id' },
};

/** Pinned first, then the newest (drafts, which only vendor staff list, by their last edit). */
const PINNED_RANK = 'CASE WHEN n.pinned THEN 1 ELSE 0 END';
const SORT_TIME = 'COALESCE(n.published_at, n.updated_at)';

/**
 * Reading news. An announcement the reader may not open is NOT_FOUND, exactly like one that does
 * not exist; lists and the unseen count apply the same rule inside their SQL.
 */
export class AnnouncementService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly entitlements: EntitlementService,
  ) {}

  async get(actor: Actor | null, announcementId: string): Promise<AnnouncementEntity> {
    const reader = await this.readerOf(actor);
    const announcement = await this.db.manager.findOneBy(AnnouncementEntity, {
      id: announcementId,
    });
    if (!announcement || !(await this.isReadable(reader, announcement)))
      throw notFound('Announcement');
    return announcement;
  }

  async getBySlug(actor: Actor | null, slug: string): Promise<AnnouncementEntity> {
    const reader = await this.readerOf(actor);
    const announcement = await this.db.manager.findOneBy(AnnouncementEntity, {
      slug: slug.trim().toLowerCase(),
    });
    if (!announcement || !(await this.isReadable(reader, announcement)))
      throw notFound('Announcement');
    return announcement;
  }

  /** Whether the reader may open it; for search hits, whose audiences were loaded in a batch. */
  async canRead(
    actor: Actor | null,
    announcement: AnnouncementEntity,
    audience: ContentAudience,
  ): Promise<boolean> {
    const reader = actor ? await this.entitlements.of(actor) : null;
    return isAnnouncementReadable(reader, announcement, audience);
  }

  /** Pinned first, then newest published; keyset-paginated; drafts are listed for vendor staff only. */
  async list(
    actor: Actor | null,
    args: { first?: number | null; after?: string | null },
  ): Promise<Page<AnnouncementEntity>> {
    const reader = await this.readerOf(actor);
    const size = pageSize(args.first);
    const readable = readableCondition(reader, ANNOUNCEMENT_READABLE_COLUMNS);
    const filtered = () =>
      this.db.manager
        .createQueryBuilder(AnnouncementEntity, 'n')
        .where(readable.sql, readable.parameters);
    const pageQuery = filtered()
      .orderBy(PINNED_RANK, 'DESC')
      .addOrderBy(SORT_TIME, 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(size + 1);
    if (args.after) {
      const [rank, time, id] = decodeCursor(args.after, 3) as [string, string, string];
      const sortTime = new Date(time);
      if (!['0', '1'].includes(rank) || Number.isNaN(sortTime.getTime())) {
        throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', {
          field: 'after',
          hint: 'Use an endCursor from an earlier page.',
        });
      }
      pageQuery.andWhere(
        `(${PINNED_RANK} < :cursorRank OR (${PINNED_RANK} = :cursorRank AND (${SORT_TIME} < :cursorTime OR (${SORT_TIME} = :cursorTime AND n.id < :cursorId))))`,
        { cursorRank: Number(rank), cursorTime: sortTime, cursorId: id },
      );
    }
    const [rows, totalCount] = await Promise.all([pageQuery.getMany(), filtered().getCount()]);
    const nodes = rows.slice(0, size);
    return {
      nodes,
      cursors: nodes.map((n) =>
        encodeCursor([n.pinned ? '1' : '0', (n.publishedAt ?? n.updatedAt).toISOString(), n.id]),
      ),
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(args.after),
      totalCount,
    };
  }

  /** Announcements the viewer may open that were published since they last opened the news. */
  async unseenCount(actor: Actor | null): Promise<number> {
    const signedIn = requireActor(actor);
    const reader = await this.readerOf(signedIn);
    const since = await this.newSince(signedIn.professionalId);
    const readable = readableCondition(reader, ANNOUNCEMENT_READABLE_COLUMNS);
    return this.db.manager
      .createQueryBuilder(AnnouncementEntity, 'n')
      .where(readable.sql, readable.parameters)
      .andWhere('n.published_at > :since', { since })
      .getCount();
  }

  /** Everything published up to now counts as seen by this professional. */
  async markSeen(actor: Actor | null): Promise<Date> {
    const signedIn = requireActor(actor);
    const seenAt = this.clock.now();
    // One statement, so two tabs opening the news at once cannot both try to insert the row.
    await this.db.write([], (manager) =>
      manager.upsert(NewsLastSeenEntity, { professionalId: signedIn.professionalId, seenAt }, [
        'professionalId',
      ]),
    );
    return seenAt;
  }

  /** Published after this moment is new to the professional (see NEWS_NEW_WINDOW_DAYS). */
  newSinceOf(lastSeen: Date | null): Date {
    const windowStart = new Date(this.clock.now().getTime() - NEWS_NEW_WINDOW_DAYS * 86_400_000);
    return lastSeen && lastSeen > windowStart ? lastSeen : windowStart;
  }

  private async newSince(professionalId: string): Promise<Date> {
    const row = await this.db.manager.findOneBy(NewsLastSeenEntity, { professionalId });
    return this.newSinceOf(row?.seenAt ?? null);
  }

  private async isReadable(
    reader: ReaderEntitlements,
    announcement: AnnouncementEntity,
  ): Promise<boolean> {
    if (reader.readsEverything) return true;
    const audience =
      announcement.visibility === 'CHOSEN_AUDIENCE'
        ? await loadAudience(this.db, announcement.id)
        : null;
    return isAnnouncementReadable(reader, announcement, audience);
  }

  private readerOf(actor: Actor | null): Promise<ReaderEntitlements> {
    return this.entitlements.ofReader(actor, 'Announcement');
  }
}

export function isAnnouncementReadable(
  reader: ReaderEntitlements | null,
  announcement: Pick<AnnouncementEntity, 'visibility' | 'publishedAt'>,
  audience: ContentAudience | null,
): boolean {
  return canRead(reader, {
    visibility: announcement.visibility,
    product: null,
    published: announcement.publishedAt !== null,
    audience,
  });
}

async function loadAudience(db: Database, announcementId: string): Promise<ContentAudience> {
  const rows = await db.manager.findBy(AnnouncementAudienceEntity, {
    announcementId: In([announcementId]),
  });
  return audienceOf(rows);
}

/** Audience rows as the reading rule takes them. */
export function audienceOf(
  rows: readonly Pick<AnnouncementAudienceEntity, 'organizationId' | 'product'>[],
): ContentAudience {
  return {
    organizationIds: rows.flatMap((r) => (r.organizationId ? [r.organizationId] : [])),
    products: rows.flatMap((r) => (r.product ? [r.product] : [])),
  };
}
