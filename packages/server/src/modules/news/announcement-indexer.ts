import type { EntityManager } from 'typeorm';
import type { ContentAudience } from '@foyer/shared';
import type { SearchDocuments } from '../../platform/db/search/search-documents';
import { markdownToText } from '../knowledge-base/markdown';
import type { AnnouncementEntity } from './announcement.entity';

/** Writes an announcement's search document, audience included; called in the transaction of every change to it. */
export class AnnouncementIndexer {
  constructor(private readonly documents: SearchDocuments) {}

  index(
    manager: EntityManager,
    announcement: AnnouncementEntity,
    audience: ContentAudience | null,
  ): Promise<void> {
    return this.documents.upsert(manager, {
      kind: 'NEWS',
      itemId: announcement.id,
      slug: announcement.slug,
      title: announcement.title,
      summary: announcement.summary,
      body: markdownToText(announcement.bodyMarkdown),
      keywords: [],
      product: null,
      version: null,
      category: null,
      visibility: announcement.visibility,
      published: announcement.publishedAt !== null,
      updatedAt: announcement.updatedAt,
      audience,
    });
  }

  remove(manager: EntityManager, announcementId: string): Promise<void> {
    return this.documents.remove(manager, 'NEWS', announcementId);
  }
}
