import type { EntityManager } from 'typeorm';
import type { SearchDocuments } from '../../platform/db/search/search-documents';
import { tagsOf, type ArticleEntity } from './article.entity';
import { markdownToText } from './markdown';

/** Writes an article's search document; called in the transaction of every change to it. */
export class ArticleIndexer {
  constructor(private readonly documents: SearchDocuments) {}

  index(manager: EntityManager, article: ArticleEntity): Promise<void> {
    return this.documents.upsert(manager, {
      kind: 'ARTICLE',
      itemId: article.id,
      slug: article.slug,
      title: article.title,
      summary: article.summary,
      body: markdownToText(article.bodyMarkdown),
      keywords: [...tagsOf(article), article.category ?? ''].filter(Boolean),
      product: article.product,
      version: article.version,
      category: article.category,
      visibility: article.visibility,
      published: article.publishedAt !== null,
      updatedAt: article.updatedAt,
    });
  }
}
