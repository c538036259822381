import type { EntityManager } from 'typeorm';
import { UPDATE_KIND_LABELS } from '@foyer/shared';
import type { SearchDocuments } from '../../platform/db/search/search-documents';
import { markdownToText } from '../knowledge-base/markdown';
import { appliesToOf, type SoftwareUpdateEntity } from './software-update.entity';

/** Writes an update's search document; called in the transaction of every change to it. */
export class UpdateIndexer {
  constructor(private readonly documents: SearchDocuments) {}

  index(manager: EntityManager, update: SoftwareUpdateEntity): Promise<void> {
    const text = markdownToText(update.releaseNotesMarkdown);
    return this.documents.upsert(manager, {
      kind: 'UPDATE',
      itemId: update.id,
      slug: update.slug,
      title: update.title,
      summary: firstParagraphOf(update.releaseNotesMarkdown),
      body: text,
      keywords: [
        ...appliesToOf(update),
        update.product,
        update.version,
        UPDATE_KIND_LABELS[update.kind],
      ],
      product: update.product,
      version: update.version,
      category: UPDATE_KIND_LABELS[update.kind],
      visibility: update.visibility,
      published: update.publishedAt !== null,
      updatedAt: update.updatedAt,
    });
  }

  remove(manager: EntityManager, updateId: string): Promise<void> {
    return this.documents.remove(manager, 'UPDATE', updateId);
  }
}

/** The first paragraph of the notes as plain text (headings skipped), for summaries and snippets. */
export function firstParagraphOf(markdown: string): string {
  const paragraphs = markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#'));
  return paragraphs.length > 0 ? markdownToText(paragraphs[0]!).trim().slice(0, 500) : '';
}
