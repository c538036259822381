import {
  canDownload,
  canRead,
  downloadBlock,
  downloadBlockedReason,
  isoDay,
  type Actor,
  type DownloadableItem,
  type LicenseTerms,
  type ReaderEntitlements,
  type UpdateKind,
} from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import type { EntitlementService } from '../licensing/entitlement.service';
import { LicenseEntity } from '../licensing/license.entity';
import { DomainError, notFound } from '../../platform/graphql/domain-error';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../../platform/graphql/connection';
import { readableCondition } from '../../platform/db/search/readable-filter';
import { valuesInUse } from '../../platform/db/values-in-use';
import { groupInOrder, runSql } from '../../platform/db/search/sql';
import { requireActor } from '../organization/organization-access';
import { ArticleEntity } from '../knowledge-base/article.entity';
import { ARTICLE_READABLE_COLUMNS } from '../knowledge-base/article.service';
import { SoftwareUpdateEntity, releasedOnOf } from './software-update.entity';

export interface UpdateListArgs {
  first?: number | null;
  after?: string | null;
  product?: string | null;
  kind?: UpdateKind | null;
}

/** The columns of `u` (software_update) the reading rule looks at. */
export const UPDATE_READABLE_COLUMNS = {
  visibility: 'u.visibility',
  product: 'u.product',
  published: 'u.published_at IS NOT NULL',
};

/**
 * Reading updates and hotfixes. One the reader may not open is NOT_FOUND, exactly like one that
 * does not exist; lists apply the same rule inside their SQL. Whether the files may be
 * downloaded is a second rule (canDownload), worked out with the entitlements of this request.
 */
export class UpdateService {
  private readonly licenseCache = new WeakMap<Actor, Promise<LicenseTerms[]>>();

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly entitlements: EntitlementService,
  ) {}

  async get(actor: Actor | null, updateId: string): Promise<SoftwareUpdateEntity> {
    const reader = await this.readerOf(actor);
    const update = await this.db.manager.findOneBy(SoftwareUpdateEntity, { id: updateId });
    if (!update || !isReadable(reader, update)) throw notFound('Update');
    return update;
  }

  async getBySlug(actor: Actor | null, slug: string): Promise<SoftwareUpdateEntity> {
    const reader = await this.readerOf(actor);
    const update = await this.db.manager.findOneBy(SoftwareUpdateEntity, {
      slug: slug.trim().toLowerCase(),
    });
    if (!update || !isReadable(reader, update)) throw notFound('Update');
    return update;
  }

  async canRead(actor: Actor | null, update: SoftwareUpdateEntity): Promise<boolean> {
    const reader = actor ? await this.entitlements.of(actor) : null;
    return isReadable(reader, update);
  }

  /** Newest release first, keyset-paginated on (released_on, created_at, id). */
  async list(actor: Actor | null, args: UpdateListArgs): Promise<Page<SoftwareUpdateEntity>> {
    const reader = await this.readerOf(actor);
    const size = pageSize(args.first);
    const filtered = () => {
      const readable = readableCondition(reader, UPDATE_READABLE_COLUMNS);
      const query = this.db.manager
        .createQueryBuilder(SoftwareUpdateEntity, 'u')
        .where(readable.sql, readable.parameters);
      // Product codes are lower case (PRODUCT_CODE_PATTERN): "Atlas" means atlas.
      if (args.product)
        query.andWhere('u.product = :product', { product: args.product.trim().toLowerCase() });
      if (args.kind) query.andWhere('u.kind = :kind', { kind: args.kind });
      return query;
    };
    const pageQuery = filtered()
      .orderBy('u.released_on', 'DESC')
      .addOrderBy('u.id', 'DESC')
      .limit(size + 1);
    if (args.after) {
      const [day, id] = decodeCursor(args.after, 2) as [string, string];
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
        throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', { field: 'after' });
      pageQuery.andWhere(
        '(u.released_on < :cursorDay OR (u.released_on = :cursorDay AND u.id < :cursorId))',
        { cursorDay: day, cursorId: id },
      );
    }
    const [rows, totalCount] = await Promise.all([pageQuery.getMany(), filtered().getCount()]);
    const nodes = rows.slice(0, size);
    return {
      nodes,
      cursors: nodes.map((u) => encodeCursor([releasedOnOf(u), u.id])),
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(args.after),
      totalCount,
    };
  }

  /** The products of the updates and hotfixes the reader may open, for the list's filter. */
  async products(actor: Actor | null): Promise<string[]> {
    const reader = await this.readerOf(actor);
    return valuesInUse(this.db.manager, {
      table: 'software_update',
      alias: 'u',
      column: 'product',
      where: readableCondition(reader, UPDATE_READABLE_COLUMNS),
    });
  }

  /**
   * For the home page: the newest published updates for the products the reader's organization
   * is licensed for (vendor staff: all published ones), that the reader may open.
   */
  async latest(actor: Actor | null, first: number): Promise<SoftwareUpdateEntity[]> {
    const reader = await this.readerOf(actor);
    const limit = Math.min(Math.max(first, 1), 20);
    if (!reader.readsEverything && reader.products.length === 0) return [];
    const readable = readableCondition(reader, UPDATE_READABLE_COLUMNS);
    const query = this.db.manager
      .createQueryBuilder(SoftwareUpdateEntity, 'u')
      .where(readable.sql, readable.parameters)
      .andWhere('u.published_at IS NOT NULL');
    if (!reader.readsEverything)
      query.andWhere('u.product IN (:...licensedProducts)', {
        licensedProducts: [...reader.products],
      });
    return query.orderBy('u.released_on', 'DESC').addOrderBy('u.id', 'DESC').limit(limit).getMany();
  }

  /** Whether the reader may download the update's files now; null when they may, else why not. */
  async downloadBlockedReason(
    actor: Actor | null,
    update: SoftwareUpdateEntity,
  ): Promise<string | null> {
    const reader = actor ? await this.entitlements.of(actor) : null;
    const item = downloadableOf(update);
    const block = downloadBlock(reader, item);
    if (block === null) return null;
    const licenses =
      actor && block === 'NO_ACTIVE_PLAN'
        ? (await this.licensesOf(actor)).filter((l) => l.product === update.product)
        : [];
    return downloadBlockedReason(block, item, licenses, isoDay(this.clock.now()));
  }

  async mayDownload(actor: Actor | null, update: SoftwareUpdateEntity): Promise<boolean> {
    const reader = actor ? await this.entitlements.of(actor) : null;
    return canDownload(reader, downloadableOf(update));
  }

  /**
   * The entitlement check of a download request: NOT_FOUND when the reader may not open the
   * update (or it is gone), DOWNLOAD_NOT_ENTITLED with what to do when they may read it but not
   * have its files.
   */
  async assertMayDownload(actor: Actor | null, update: SoftwareUpdateEntity | null): Promise<void> {
    const signedIn = requireActor(actor);
    const reader = await this.entitlements.of(signedIn);
    if (!update || !isReadable(reader, update)) throw notFound('File');
    const reason = await this.downloadBlockedReason(signedIn, update);
    if (reason !== null) {
      throw new DomainError('DOWNLOAD_NOT_ENTITLED', reason, {
        hint: 'Your organization’s administrators or your account manager can help.',
      });
    }
  }

  /**
   * For each update, the knowledge-base articles it fixes that the reader may open; by title.
   * One query for all the updates (a page of them), so a list costs as much as one.
   */
  async fixesArticlesOf(
    actor: Actor | null,
    updateIds: readonly string[],
  ): Promise<Map<string, ArticleEntity[]>> {
    const reader = await this.readerOf(actor);
    const readable = readableCondition(reader, ARTICLE_READABLE_COLUMNS);
    const rows = await runSql<{ parent: string; id: string }>(
      this.db.manager,
      `SELECT l.update_id AS parent, a.id AS id FROM update_article_link l JOIN article a ON a.id = l.article_id
        WHERE l.update_id IN (:...updateIds) AND ${readable.sql} ORDER BY a.title ASC`,
      { ...readable.parameters, updateIds: [...updateIds] },
    );
    return groupInOrder(this.db.manager, ArticleEntity, updateIds, rows);
  }

  /**
   * For each article, the updates and hotfixes that fix the problem it describes, that the reader
   * may open; newest first. One query for all the articles.
   */
  async fixedInOf(
    actor: Actor | null,
    articleIds: readonly string[],
  ): Promise<Map<string, SoftwareUpdateEntity[]>> {
    const reader = await this.readerOf(actor);
    const readable = readableCondition(reader, UPDATE_READABLE_COLUMNS);
    const rows = await runSql<{ parent: string; id: string }>(
      this.db.manager,
      `SELECT l.article_id AS parent, u.id AS id FROM update_article_link l JOIN software_update u ON u.id = l.update_id
        WHERE l.article_id IN (:...articleIds) AND ${readable.sql} ORDER BY u.released_on DESC, u.id DESC`,
      { ...readable.parameters, articleIds: [...articleIds] },
    );
    return groupInOrder(this.db.manager, SoftwareUpdateEntity, articleIds, rows);
  }

  /**
   * The reader's organization's licences, to say why a download is blocked. Loaded once per
   * actor object, which lives for one request, so a list of blocked hotfixes costs one query.
   */
  private licensesOf(actor: Actor): Promise<LicenseTerms[]> {
    const cached = this.licenseCache.get(actor);
    if (cached) return cached;
    const loaded = this.db.manager
      .find(LicenseEntity, {
        where: { organizationId: actor.organizationId },
        select: { product: true, servicePlan: true, startsOn: true, endsOn: true },
      })
      .then((rows) =>
        rows.map((l) => ({
          product: l.product,
          servicePlan: l.servicePlan,
          startsOn: day(l.startsOn),
          endsOn: day(l.endsOn),
        })),
      );
    this.licenseCache.set(actor, loaded);
    loaded.catch(() => this.licenseCache.delete(actor));
    return loaded;
  }

  private readerOf(actor: Actor | null): Promise<ReaderEntitlements> {
    return this.entitlements.ofReader(actor, 'Update');
  }
}

export function isReadable(
  reader: ReaderEntitlements | null,
  update: Pick<SoftwareUpdateEntity, 'visibility' | 'product' | 'publishedAt'>,
): boolean {
  return canRead(reader, {
    visibility: update.visibility,
    product: update.product,
    published: update.publishedAt !== null,
  });
}

export function downloadableOf(
  update: Pick<SoftwareUpdateEntity, 'kind' | 'visibility' | 'product' | 'publishedAt'>,
): DownloadableItem {
  return {
    kind: update.kind,
    visibility: update.visibility,
    product: update.product,
    published: update.publishedAt !== null,
  };
}

function day(value: string | Date): string {
  return value instanceof Date ? isoDay(value) : String(value).slice(0, 10);
}
