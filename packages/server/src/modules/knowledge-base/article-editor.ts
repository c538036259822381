import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { displayName, type Actor, type ContentVisibility } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { DomainError } from '../../platform/graphql/domain-error';
import {
  blankToNull,
  ContentSlugs,
  lockContentRow,
  requireContentEditor,
  writePublished,
} from '../content/content-editing';
import { ProfessionalEntity } from '../professional/professional.entity';
import { ArticleEntity, tagsOf } from './article.entity';
import { ArticleTagEntity } from './article-tag.entity';
import { ArticleVersionEntity } from './article-version.entity';
import type { ArticleIndexer } from './article-indexer';

export interface ArticleFields {
  slug?: string | null;
  title: string;
  summary?: string | null;
  bodyMarkdown: string;
  product?: string | null;
  version?: string | null;
  category?: string | null;
  tags?: readonly string[] | null;
  visibility?: ContentVisibility | null;
}

/** Only the fields given change; an empty string clears product, version or category. */
export type ArticleChanges = Partial<{ [K in keyof ArticleFields]: ArticleFields[K] | null }>;

/** What a version keeps: an edit that changes any of them adds one. The address (slug) is not. */
const VERSIONED_FIELDS = [
  'title',
  'summary',
  'bodyMarkdown',
  'product',
  'version',
  'category',
  'tags',
  'visibility',
] as const;

/**
 * Visibilities under which the product says who may read (its licence or service-plan holders):
 * restoring a version keeps the product then, as it keeps the visibility.
 */
const PRODUCT_DECIDES_READERS: ReadonlySet<ContentVisibility> = new Set([
  'ENTITLED_PRODUCT',
  'ACTIVE_SERVICE_PLAN',
]);

/** Addresses of the web app's own knowledge-base pages (/kb/new is the editor): no article may take one. */
export const RESERVED_ARTICLE_SLUGS: readonly string[] = ['new'];

const slugs = new ContentSlugs({
  entity: ArticleEntity,
  table: 'article',
  noun: 'article',
  reserved: RESERVED_ARTICLE_SLUGS,
});

/**
 * Writing articles, for the vendor's administrators. Every change to the title, summary, body,
 * product, version, category, tags or visibility adds a version (the earlier ones are kept and
 * can be restored), and the search document is
 * rewritten in the same transaction, so search never shows a change that did not happen.
 */
export class ArticleEditor {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly indexer: ArticleIndexer,
  ) {}

  async create(actor: Actor | null, fields: ArticleFields): Promise<ArticleEntity> {
    const editor = requireContentEditor(actor);
    const now = this.clock.now();
    const article: ArticleEntity = Object.assign(new ArticleEntity(), {
      id: randomUUID(),
      slug: '',
      title: fields.title.trim(),
      summary: (fields.summary ?? '').trim(),
      bodyMarkdown: fields.bodyMarkdown,
      product: blankToNull(fields.product),
      version: blankToNull(fields.version),
      category: blankToNull(fields.category),
      tags: JSON.stringify(normalizeTags(fields.tags ?? [])),
      visibility: fields.visibility ?? 'ALL_CUSTOMERS',
      publishedAt: null,
      currentVersion: 1,
      createdAt: now,
      updatedAt: now,
      createdByProfessionalId: editor.professionalId,
      updatedByProfessionalId: editor.professionalId,
    });
    assertVisibilityHasProduct(article);
    // Run again, with the next free slug, when another article took the one made from the title.
    return slugs.writeNew(this.db, fields.slug, async (manager) => {
      article.slug = fields.slug
        ? await slugs.claim(manager, fields.slug, null)
        : await slugs.freeFor(manager, article.title);
      await manager.insert(ArticleEntity, article);
      await replaceTags(manager, article);
      await this.addVersion(manager, article, editor, null);
      await this.indexer.index(manager, article);
      return article;
    });
  }

  async update(
    actor: Actor | null,
    articleId: string,
    changes: ArticleChanges,
  ): Promise<ArticleEntity> {
    const editor = requireContentEditor(actor);
    return this.write(async (manager) => {
      const article = await lockArticle(manager, articleId);
      const before = VERSIONED_FIELDS.map((field) => article[field]);
      if (changes.title != null) article.title = changes.title.trim();
      if (changes.summary != null) article.summary = changes.summary.trim();
      if (changes.bodyMarkdown != null) article.bodyMarkdown = changes.bodyMarkdown;
      if (changes.product !== undefined && changes.product !== null)
        article.product = blankToNull(changes.product);
      if (changes.version !== undefined && changes.version !== null)
        article.version = blankToNull(changes.version);
      if (changes.category !== undefined && changes.category !== null)
        article.category = blankToNull(changes.category);
      if (changes.visibility != null) article.visibility = changes.visibility;
      if (changes.tags != null) article.tags = JSON.stringify(normalizeTags(changes.tags));
      if (changes.slug != null && changes.slug.trim().toLowerCase() !== article.slug) {
        article.slug = await slugs.claim(manager, changes.slug, article.id);
      }
      assertVisibilityHasProduct(article);
      const contentChanged = VERSIONED_FIELDS.some((field, i) => article[field] !== before[i]);
      if (contentChanged) article.currentVersion += 1;
      article.updatedAt = this.clock.now();
      article.updatedByProfessionalId = editor.professionalId;
      await manager.save(ArticleEntity, article);
      if (changes.tags != null) await replaceTags(manager, article);
      if (contentChanged) await this.addVersion(manager, article, editor, null);
      await this.indexer.index(manager, article);
      return article;
    });
  }

  /** Makes it visible to its readers. Publishing a published article changes nothing. */
  publish(actor: Actor | null, articleId: string): Promise<ArticleEntity> {
    return this.setPublished(actor, articleId, true);
  }

  /** Back to a draft, which only vendor staff see. */
  unpublish(actor: Actor | null, articleId: string): Promise<ArticleEntity> {
    return this.setPublished(actor, articleId, false);
  }

  /**
   * Brings back an earlier version's title, summary, body, product, version, category and tags, as
   * a new version. Not its visibility: who may read the article stays as it is now, so restoring
   * old text never reopens an article to readers it was since closed to. For the same reason the
   * product stays while the visibility makes it say who may read (PRODUCT_DECIDES_READERS). A
   * version made before the details were recorded brings back its text only.
   */
  async restoreVersion(
    actor: Actor | null,
    articleId: string,
    number: number,
  ): Promise<ArticleEntity> {
    const editor = requireContentEditor(actor);
    return this.write(async (manager) => {
      const article = await lockArticle(manager, articleId);
      const version = await manager.findOneBy(ArticleVersionEntity, { articleId, number });
      if (!version) {
        throw new DomainError('NOT_FOUND', `Version ${number} of this article was not found.`, {
          field: 'number',
          hint: 'Pick one of the numbers articleVersions lists.',
        });
      }
      if (number === article.currentVersion) return article;
      const detailsRecorded = version.visibility !== null;
      Object.assign(article, {
        title: version.title,
        summary: version.summary,
        bodyMarkdown: version.bodyMarkdown,
        ...(detailsRecorded
          ? {
              product: PRODUCT_DECIDES_READERS.has(article.visibility)
                ? article.product
                : version.product,
              version: version.version,
              category: version.category,
              tags: version.tags ?? '[]',
            }
          : {}),
        currentVersion: article.currentVersion + 1,
        updatedAt: this.clock.now(),
        updatedByProfessionalId: editor.professionalId,
      });
      assertVisibilityHasProduct(article);
      await manager.save(ArticleEntity, article);
      if (detailsRecorded) await replaceTags(manager, article);
      await this.addVersion(manager, article, editor, number);
      await this.indexer.index(manager, article);
      return article;
    });
  }

  private async setPublished(
    actor: Actor | null,
    articleId: string,
    published: boolean,
  ): Promise<ArticleEntity> {
    requireContentEditor(actor);
    return this.write(async (manager) => {
      const article = await lockArticle(manager, articleId);
      if (await writePublished(manager, ArticleEntity, article, published, this.clock))
        await this.indexer.index(manager, article);
      return article;
    });
  }

  private async addVersion(
    manager: EntityManager,
    article: ArticleEntity,
    editor: Actor,
    restoredFrom: number | null,
  ): Promise<void> {
    const person = await manager.findOne(ProfessionalEntity, {
      where: { id: editor.professionalId },
      select: { id: true, firstName: true, lastName: true },
    });
    await manager.insert(ArticleVersionEntity, {
      id: randomUUID(),
      articleId: article.id,
      number: article.currentVersion,
      title: article.title,
      summary: article.summary,
      bodyMarkdown: article.bodyMarkdown,
      product: article.product,
      version: article.version,
      category: article.category,
      tags: article.tags,
      visibility: article.visibility,
      editedByProfessionalId: editor.professionalId,
      editedByLabel: person ? displayName(person) : null,
      editedAt: article.updatedAt,
      restoredFrom,
    });
  }

  private write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return slugs.write(this.db, work);
  }
}

/** Concurrent edits of one article take turns, so its version numbers are taken one after the other. */
function lockArticle(manager: EntityManager, articleId: string): Promise<ArticleEntity> {
  return lockContentRow(manager, ArticleEntity, articleId, 'Article');
}

async function replaceTags(manager: EntityManager, article: ArticleEntity): Promise<void> {
  await manager.delete(ArticleTagEntity, { articleId: article.id });
  const tags = tagsOf(article);
  if (tags.length > 0)
    await manager.insert(
      ArticleTagEntity,
      tags.map((tag) => ({ articleId: article.id, tag })),
    );
}

function assertVisibilityHasProduct(article: ArticleEntity): void {
  if (article.visibility === 'ENTITLED_PRODUCT' && !article.product) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Name the product whose licence holders may read this article.',
      {
        field: 'product',
        hint: 'Or choose another visibility.',
      },
    );
  }
}

function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}
