import { In } from 'typeorm';
import { canRead, type Actor, type ReaderEntitlements } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { EntitlementService } from '../licensing/entitlement.service';
import { DomainError, notFound } from '../../platform/graphql/domain-error';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../../platform/graphql/connection';
import { readableCondition } from '../../platform/db/search/readable-filter';
import { runSql } from '../../platform/db/search/sql';
import { valuesInUse } from '../../platform/db/values-in-use';
import { versionCondition } from '../../platform/db/version-filter';
import { ArticleEntity, tagsOf } from './article.entity';
import { ArticleVersionEntity } from './article-version.entity';

export interface ArticleListArgs {
  first?: number | null;
  after?: string | null;
  product?: string | null;
  version?: string | null;
  category?: string | null;
  /** True: published only; false: drafts only (vendor staff); null: both as far as the reader may see. */
  published?: boolean | null;
}

/** The columns of `article a` the reading rule looks at. */
export const ARTICLE_READABLE_COLUMNS = {
  visibility: 'a.visibility',
  product: 'a.product',
  published: 'a.published_at IS NOT NULL',
};

/**
 * Reading articles. An article the reader may not open is NOT_FOUND, exactly like one that does
 * not exist, and lists apply the same rule inside their SQL.
 */
export class ArticleService {
  constructor(
    private readonly db: Database,
    private readonly entitlements: EntitlementService,
  ) {}

  async get(actor: Actor | null, articleId: string): Promise<ArticleEntity> {
    const reader = await this.readerOf(actor);
    const article = await this.db.manager.findOneBy(ArticleEntity, { id: articleId });
    if (!article || !isReadable(reader, article)) throw notFound('Article');
    return article;
  }

  async getBySlug(actor: Actor | null, slug: string): Promise<ArticleEntity> {
    const reader = await this.readerOf(actor);
    const article = await this.db.manager.findOneBy(ArticleEntity, {
      slug: slug.trim().toLowerCase(),
    });
    if (!article || !isReadable(reader, article)) throw notFound('Article');
    return article;
  }

  /** Whether the reader may open it; for fields that show an article only when they may. */
  async canRead(actor: Actor | null, article: ArticleEntity): Promise<boolean> {
    const reader = actor ? await this.entitlements.of(actor) : null;
    return isReadable(reader, article);
  }

  /** Most recently updated first, keyset-paginated on (updated_at, id). */
  async list(actor: Actor | null, args: ArticleListArgs): Promise<Page<ArticleEntity>> {
    const reader = await this.readerOf(actor);
    const size = pageSize(args.first);
    const filtered = () => {
      const readable = readableCondition(reader, ARTICLE_READABLE_COLUMNS);
      const query = this.db.manager
        .createQueryBuilder(ArticleEntity, 'a')
        .where(readable.sql, readable.parameters);
      // Product codes are lower case (PRODUCT_CODE_PATTERN): "Atlas" means atlas.
      if (args.product)
        query.andWhere('a.product = :product', { product: args.product.trim().toLowerCase() });
      if (args.version?.trim()) {
        const version = versionCondition('a.version', 'version', args.version);
        query.andWhere(version.sql, version.parameters);
      }
      if (args.category) query.andWhere('a.category = :category', { category: args.category });
      if (args.published === true) query.andWhere('a.published_at IS NOT NULL');
      if (args.published === false) query.andWhere('a.published_at IS NULL');
      return query;
    };
    const pageQuery = filtered()
      .orderBy('a.updated_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(size + 1);
    if (args.after) {
      const [time, id] = decodeCursor(args.after, 2) as [string, string];
      const updatedAt = new Date(time);
      if (Number.isNaN(updatedAt.getTime()))
        throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', { field: 'after' });
      pageQuery.andWhere(
        '(a.updated_at < :cursorTime OR (a.updated_at = :cursorTime AND a.id < :cursorId))',
        { cursorTime: updatedAt, cursorId: id },
      );
    }
    const [rows, totalCount] = await Promise.all([pageQuery.getMany(), filtered().getCount()]);
    const nodes = rows.slice(0, size);
    return {
      nodes,
      cursors: nodes.map((a) => encodeCursor([a.updatedAt.toISOString(), a.id])),
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(args.after),
      totalCount,
    };
  }

  /** The products of the articles the reader may open, for the knowledge base's filter. */
  async products(actor: Actor | null): Promise<string[]> {
    return this.valuesInUse(actor, 'product');
  }

  /** The categories of the articles the reader may open, for the knowledge base's filter. */
  async categories(actor: Actor | null): Promise<string[]> {
    return this.valuesInUse(actor, 'category');
  }

  /**
   * Readable articles on the same product and category, or sharing tags: the more tags shared
   * (and the same product and category on top), the higher; then the most recently updated.
   */
  async related(
    actor: Actor | null,
    article: ArticleEntity,
    first: number,
  ): Promise<ArticleEntity[]> {
    const reader = await this.readerOf(actor);
    const limit = Math.min(Math.max(first, 1), 20);
    const tags = tagsOf(article);
    const sameShelf = article.product !== null && article.category !== null;
    if (tags.length === 0 && !sameShelf) return [];
    const readable = readableCondition(reader, ARTICLE_READABLE_COLUMNS);
    const sharedTags =
      tags.length > 0
        ? '(SELECT count(*) FROM article_tag t WHERE t.article_id = a.id AND t.tag IN (:...tags))'
        : '0';
    const onShelf = sameShelf ? '(a.product = :product AND a.category = :category)' : '1 = 0';
    const rows = await runSql<{ id: string }>(
      this.db.manager,
      `SELECT a.id AS id FROM article a
        WHERE a.id <> :id AND ${readable.sql}
          AND (${onShelf}${tags.length > 0 ? ' OR a.id IN (SELECT t.article_id FROM article_tag t WHERE t.tag IN (:...tags))' : ''})
        ORDER BY ${sharedTags} + CASE WHEN ${onShelf} THEN 2 ELSE 0 END DESC, a.updated_at DESC, a.id
        LIMIT :limit`,
      {
        ...readable.parameters,
        id: article.id,
        tags,
        product: article.product,
        category: article.category,
        limit,
      },
    );
    if (rows.length === 0) return [];
    const articles = await this.db.manager.findBy(ArticleEntity, { id: In(rows.map((r) => r.id)) });
    const byId = new Map(articles.map((a) => [a.id, a]));
    return rows.flatMap((r) => byId.get(r.id) ?? []);
  }

  /** Every version of an article, newest first. For vendor staff, who edit and restore them. */
  async versions(actor: Actor | null, articleId: string): Promise<ArticleVersionEntity[]> {
    const reader = await this.readerOf(actor);
    const article = await this.db.manager.findOneBy(ArticleEntity, { id: articleId });
    if (!article || !isReadable(reader, article)) throw notFound('Article');
    if (!reader.readsEverything) {
      throw new DomainError(
        'FORBIDDEN',
        'Only vendor staff see the earlier versions of an article.',
        { hint: 'The article as published is the current version.' },
      );
    }
    return this.db.manager.find(ArticleVersionEntity, {
      where: { articleId },
      order: { number: 'DESC' },
    });
  }

  private async valuesInUse(actor: Actor | null, column: string): Promise<string[]> {
    const reader = await this.readerOf(actor);
    return valuesInUse(this.db.manager, {
      table: 'article',
      alias: 'a',
      column,
      where: readableCondition(reader, ARTICLE_READABLE_COLUMNS),
    });
  }

  private readerOf(actor: Actor | null): Promise<ReaderEntitlements> {
    return this.entitlements.ofReader(actor, 'Article');
  }
}

export function isReadable(
  reader: ReaderEntitlements | null,
  article: Pick<ArticleEntity, 'visibility' | 'product' | 'publishedAt'>,
): boolean {
  return canRead(reader, {
    visibility: article.visibility,
    product: article.product,
    published: article.publishedAt !== null,
  });
}
