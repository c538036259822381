import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ContentVisibility } from '@foyer/shared';
import { ArticleEntity, tagsOf } from '../article.entity';
import { ArticleTagEntity } from '../article-tag.entity';
import { ArticleVersionEntity } from '../article-version.entity';
import type { ArticleIndexer } from '../article-indexer';

/** An article as an import file (or the demo content) describes it. */
export interface ArticleRecord {
  slug: string;
  title: string;
  summary: string;
  bodyMarkdown: string;
  product: string | null;
  version: string | null;
  category: string | null;
  /** Null leaves an existing article's tags as they are. */
  tags: readonly string[] | null;
  /** Null leaves an existing article's visibility as it is (new ones get ALL_CUSTOMERS). */
  visibility: ContentVisibility | null;
}

/** Who and when, for the article's dates and the version it adds. */
export interface WriteStamp {
  at: Date;
  professionalId: string | null;
  /** Shown as the version's editor, e.g. a name or "Imported from docs/install.md". */
  label: string | null;
}

/** What applying a record to an existing article would change. */
export interface ArticleDiff {
  /** Title, summary or body. */
  content: boolean;
  /** Product, version, category, visibility or tags. Either kind of change makes a new version. */
  details: boolean;
  tags: boolean;
  /** A draft that the import publishes. */
  publish: boolean;
}

const CONTENT_FIELDS = ['title', 'summary', 'bodyMarkdown'] as const;
const DETAIL_FIELDS = ['product', 'version', 'category'] as const;

export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

export function diffArticle(
  article: ArticleEntity,
  record: ArticleRecord,
  publish: boolean,
): ArticleDiff {
  const content = CONTENT_FIELDS.some((field) => article[field] !== record[field]);
  const tags =
    record.tags !== null &&
    JSON.stringify(tagsOf(article)) !== JSON.stringify(normalizeTags(record.tags));
  const details =
    tags ||
    DETAIL_FIELDS.some((field) => article[field] !== record[field]) ||
    (record.visibility !== null && article.visibility !== record.visibility);
  return { content, details, tags, publish: publish && article.publishedAt === null };
}

export function isUnchanged(diff: ArticleDiff): boolean {
  return !diff.content && !diff.details && !diff.publish;
}

/**
 * Inserts a new article with its first version, its tags and its search document, in the
 * caller's transaction: the same rows ArticleEditor.create writes.
 */
export async function insertArticle(
  manager: EntityManager,
  indexer: ArticleIndexer,
  record: ArticleRecord,
  stamp: WriteStamp,
  publishedAt: Date | null,
): Promise<ArticleEntity> {
  const article: ArticleEntity = Object.assign(new ArticleEntity(), {
    id: randomUUID(),
    slug: record.slug,
    title: record.title,
    summary: record.summary,
    bodyMarkdown: record.bodyMarkdown,
    product: record.product,
    version: record.version,
    category: record.category,
    tags: JSON.stringify(normalizeTags(record.tags ?? [])),
    visibility: record.visibility ?? 'ALL_CUSTOMERS',
    publishedAt,
    currentVersion: 1,
    createdAt: stamp.at,
    updatedAt: stamp.at,
    createdByProfessionalId: stamp.professionalId,
    updatedByProfessionalId: stamp.professionalId,
  });
  await manager.insert(ArticleEntity, article);
  await replaceTags(manager, article);
  await addVersion(manager, article, stamp);
  await indexer.index(manager, article);
  return article;
}

/**
 * Loads the article after writing to its row, so a concurrent edit of the same article waits
 * for this transaction (as ArticleEditor does): version numbers are taken one after the other.
 */
export async function lockArticleBySlug(
  manager: EntityManager,
  slug: string,
): Promise<ArticleEntity | null> {
  await manager.update(ArticleEntity, { slug }, { currentVersion: () => 'current_version' });
  return manager.findOneBy(ArticleEntity, { slug });
}

/**
 * Brings a locked article in line with the record: a new version when anything a version keeps
 * differs (as ArticleEditor.update), publishing it when asked. Returns what changed; nothing is
 * written when nothing differs.
 */
export async function applyRecord(
  manager: EntityManager,
  indexer: ArticleIndexer,
  article: ArticleEntity,
  record: ArticleRecord,
  stamp: WriteStamp,
  publish: boolean,
): Promise<ArticleDiff> {
  const diff = diffArticle(article, record, publish);
  if (isUnchanged(diff)) return diff;
  Object.assign(article, {
    title: record.title,
    summary: record.summary,
    bodyMarkdown: record.bodyMarkdown,
    product: record.product,
    version: record.version,
    category: record.category,
  });
  if (record.visibility !== null) article.visibility = record.visibility;
  if (record.tags !== null) article.tags = JSON.stringify(normalizeTags(record.tags));
  if (diff.publish) article.publishedAt = stamp.at;
  const edited = diff.content || diff.details;
  if (edited) article.currentVersion += 1;
  if (edited) {
    article.updatedAt = stamp.at;
    article.updatedByProfessionalId = stamp.professionalId;
  }
  await manager.save(ArticleEntity, article);
  if (diff.tags) await replaceTags(manager, article);
  if (edited) await addVersion(manager, article, stamp);
  await indexer.index(manager, article);
  return diff;
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

async function addVersion(
  manager: EntityManager,
  article: ArticleEntity,
  stamp: WriteStamp,
): Promise<void> {
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
    editedByProfessionalId: stamp.professionalId,
    editedByLabel: stamp.label ? stamp.label.slice(0, 300) : null,
    editedAt: stamp.at,
    restoredFrom: null,
  });
}
