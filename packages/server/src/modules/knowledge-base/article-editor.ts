import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { canManageContent, displayName, type Actor, type ContentVisibility } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { DomainError, notFound } from '../../platform/graphql/domain-error';
import { forbidden, requireActor } from '../organization/organization-access';
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

const CONTENT_FIELDS = ['title', 'summary', 'bodyMarkdown'] as const;

/**
 * Writing articles, for the vendor's administrators. Every change to the title, summary or body
 * adds a version (the earlier ones are kept and can be restored), and the search document is
 * rewritten in the same transaction, so search never shows a change that did not happen.
 */
export class ArticleEditor {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly indexer: ArticleIndexer,
  ) {}

  async create(actor: Actor | null, fields: ArticleFields): Promise<ArticleEntity> {
    const editor = requireEditor(actor);
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
    return this.write(async (manager) => {
      article.slug = fields.slug ? await assertSlugFree(manager, fields.slug, null) : await freeSlugFor(manager, article.title);
      await manager.insert(ArticleEntity, article);
      await replaceTags(manager, article);
      await this.addVersion(manager, article, editor, null);
      await this.indexer.index(manager, article);
      return article;
    });
  }

  async update(actor: Actor | null, articleId: string, changes: ArticleChanges): Promise<ArticleEntity> {
    const editor = requireEditor(actor);
    return this.write(async (manager) => {
      const article = await lockArticle(manager, articleId);
      const before = CONTENT_FIELDS.map((field) => article[field]);
      if (changes.title != null) article.title = changes.title.trim();
      if (changes.summary != null) article.summary = changes.summary.trim();
      if (changes.bodyMarkdown != null) article.bodyMarkdown = changes.bodyMarkdown;
      if (changes.product !== undefined && changes.product !== null) article.product = blankToNull(changes.product);
      if (changes.version !== undefined && changes.version !== null) article.version = blankToNull(changes.version);
      if (changes.category !== undefined && changes.category !== null) article.category = blankToNull(changes.category);
      if (changes.visibility != null) article.visibility = changes.visibility;
      if (changes.tags != null) article.tags = JSON.stringify(normalizeTags(changes.tags));
      if (changes.slug != null && changes.slug.trim().toLowerCase() !== article.slug) {
        article.slug = await assertSlugFree(manager, changes.slug, article.id);
      }
      assertVisibilityHasProduct(article);
      const contentChanged = CONTENT_FIELDS.some((field, i) => article[field] !== before[i]);
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

  /** Brings back an earlier version's title, summary and body, as a new version. */
  async restoreVersion(actor: Actor | null, articleId: string, number: number): Promise<ArticleEntity> {
    const editor = requireEditor(actor);
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
      Object.assign(article, {
        title: version.title,
        summary: version.summary,
        bodyMarkdown: version.bodyMarkdown,
        currentVersion: article.currentVersion + 1,
        updatedAt: this.clock.now(),
        updatedByProfessionalId: editor.professionalId,
      });
      await manager.save(ArticleEntity, article);
      await this.addVersion(manager, article, editor, number);
      await this.indexer.index(manager, article);
      return article;
    });
  }

  private async setPublished(actor: Actor | null, articleId: string, published: boolean): Promise<ArticleEntity> {
    requireEditor(actor);
    return this.write(async (manager) => {
      const article = await lockArticle(manager, articleId);
      if ((article.publishedAt !== null) === published) return article;
      article.publishedAt = published ? this.clock.now() : null;
      await manager.update(ArticleEntity, { id: article.id }, { publishedAt: article.publishedAt });
      await this.indexer.index(manager, article);
      return article;
    });
  }

  private async addVersion(manager: EntityManager, article: ArticleEntity, editor: Actor, restoredFrom: number | null): Promise<void> {
    const person = await manager.findOne(ProfessionalEntity, { where: { id: editor.professionalId }, select: { id: true, firstName: true, lastName: true } });
    await manager.insert(ArticleVersionEntity, {
      id: randomUUID(),
      articleId: article.id,
      number: article.currentVersion,
      title: article.title,
      summary: article.summary,
      bodyMarkdown: article.bodyMarkdown,
      editedByProfessionalId: editor.professionalId,
      editedByLabel: person ? displayName(person) : null,
      editedAt: article.updatedAt,
      restoredFrom,
    });
  }

  /** Articles belong to no organization, so no organization's lock is taken; lockArticle orders writers to one article. */
  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.write([], work);
    } catch (error) {
      // Two editors choosing the same new slug at once: the unique index decides.
      if (isSlugConflict(error)) throw slugTaken();
      throw error;
    }
  }
}

function requireEditor(actor: Actor | null): Actor {
  const signedIn = requireActor(actor);
  if (!canManageContent(signedIn)) throw forbidden();
  return signedIn;
}

/**
 * Loads the article after writing to its row, which makes a concurrent edit of the same article
 * wait for this one (a row lock on PostgreSQL; SQLite's write lock is already held), so version
 * numbers are taken one after the other.
 */
async function lockArticle(manager: EntityManager, articleId: string): Promise<ArticleEntity> {
  await manager.update(ArticleEntity, { id: articleId }, { currentVersion: () => 'current_version' });
  const article = await manager.findOneBy(ArticleEntity, { id: articleId });
  if (!article) throw notFound('Article');
  return article;
}

async function replaceTags(manager: EntityManager, article: ArticleEntity): Promise<void> {
  await manager.delete(ArticleTagEntity, { articleId: article.id });
  const tags = tagsOf(article);
  if (tags.length > 0) await manager.insert(ArticleTagEntity, tags.map((tag) => ({ articleId: article.id, tag })));
}

function assertVisibilityHasProduct(article: ArticleEntity): void {
  if (article.visibility === 'ENTITLED_PRODUCT' && !article.product) {
    throw new DomainError('VALIDATION_FAILED', 'Name the product whose licence holders may read this article.', {
      field: 'product',
      hint: 'Or choose another visibility.',
    });
  }
}

async function assertSlugFree(manager: EntityManager, wanted: string, articleId: string | null): Promise<string> {
  const slug = wanted.trim().toLowerCase();
  const holder = await manager.findOne(ArticleEntity, { where: { slug }, select: { id: true } });
  if (holder && holder.id !== articleId) throw slugTaken();
  return slug;
}

/** The title as a slug, with -2, -3… if another article has it. */
async function freeSlugFor(manager: EntityManager, title: string): Promise<string> {
  const base = slugify(title);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 115)}-${n}`;
    if (!(await manager.exists(ArticleEntity, { where: { slug: candidate } }))) return candidate;
  }
}

/** "Configuring the Proxy (v7.2)" → "configuring-the-proxy-v7-2". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug || 'article';
}

function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function slugTaken(): DomainError {
  return new DomainError('SLUG_TAKEN', 'Another article already has this address.', { field: 'slug', hint: 'Choose another slug.' });
}

function isSlugConflict(error: unknown): boolean {
  const text = String((error as { message?: unknown })?.message ?? '') + String((error as { detail?: unknown })?.detail ?? '');
  return /UNIQUE constraint failed: article\.slug|Key \(slug\)/.test(text);
}
