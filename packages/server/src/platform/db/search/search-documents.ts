import type { EntityManager } from 'typeorm';
import type { ContentAudience, ContentKind, ContentVisibility } from '@foyer/shared';
import { SearchDocumentEntity } from './search-document.entity';
import { SearchDocumentAudienceEntity } from './search-document-audience.entity';
import { indexableText } from './highlight';

/** What a content kind hands the index about one of its items. */
export interface SearchDocumentInput {
  kind: ContentKind;
  itemId: string;
  slug: string | null;
  title: string;
  summary: string;
  /** Plain text: strip the markup first. */
  body: string;
  keywords: readonly string[];
  product: string | null;
  version: string | null;
  category: string | null;
  visibility: ContentVisibility;
  published: boolean;
  updatedAt: Date;
  /** Who a CHOSEN_AUDIENCE item is for; kept in search_document_audience. */
  audience?: ContentAudience | null;
}

/**
 * Keeps search_document in step with the items. Call it inside the transaction that changes the
 * item, so the index never shows a state that was rolled back. The database-specific full-text
 * index follows by itself (triggers on SQLite, a generated column on PostgreSQL).
 */
export class SearchDocuments {
  async upsert(manager: EntityManager, input: SearchDocumentInput): Promise<void> {
    const fields = {
      kind: input.kind,
      itemId: input.itemId,
      slug: input.slug,
      title: indexableText(input.title),
      summary: indexableText(input.summary),
      body: indexableText(input.body),
      keywords: indexableText(input.keywords.join(' ')),
      product: input.product,
      version: input.version,
      category: input.category,
      visibility: input.visibility,
      published: input.published,
      updatedAt: input.updatedAt,
    };
    const existing = await manager.findOne(SearchDocumentEntity, {
      where: { kind: input.kind, itemId: input.itemId },
      select: { id: true, visibility: true },
    });
    if (existing) await manager.update(SearchDocumentEntity, { id: existing.id }, fields);
    else await manager.insert(SearchDocumentEntity, fields);
    if (existing?.visibility === 'CHOSEN_AUDIENCE')
      await manager.delete(SearchDocumentAudienceEntity, { documentId: existing.id });
    if (input.visibility === 'CHOSEN_AUDIENCE' && input.audience) {
      const documentId =
        existing?.id ??
        (
          await manager.findOneOrFail(SearchDocumentEntity, {
            where: { kind: input.kind, itemId: input.itemId },
            select: { id: true },
          })
        ).id;
      const rows = [
        ...[...new Set(input.audience.organizationIds)].map((organizationId) => ({
          documentId,
          organizationId,
          product: null,
        })),
        ...[...new Set(input.audience.products)].map((product) => ({
          documentId,
          organizationId: null,
          product,
        })),
      ];
      if (rows.length > 0) await manager.insert(SearchDocumentAudienceEntity, rows);
    }
  }

  async remove(manager: EntityManager, kind: ContentKind, itemId: string): Promise<void> {
    const document = await manager.findOne(SearchDocumentEntity, {
      where: { kind, itemId },
      select: { id: true },
    });
    if (!document) return;
    await manager.delete(SearchDocumentAudienceEntity, { documentId: document.id });
    await manager.delete(SearchDocumentEntity, { id: document.id });
  }
}
