import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ContentKind, ContentVisibility } from '@foyer/shared';

/**
 * One searchable item of any kind, keyed by (kind, item_id), with the columns search filters
 * and the reading rule need. The full-text index over it is database-specific (search-schema.ts):
 * an FTS5 table kept in step by triggers on SQLite, a generated tsvector column on PostgreSQL.
 * Written only through SearchDocuments, in the transaction that changes the item.
 */
@Entity('search_document')
export class SearchDocumentEntity {
  /** An integer key: FTS5 addresses documents by rowid. */
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('varchar', { length: 24 })
  kind: ContentKind;

  @Column('varchar', { name: 'item_id', length: 36 })
  itemId: string;

  /** The item's address in the web app, when it has one. */
  @Column('varchar', { length: 120, nullable: true })
  slug: string | null;

  @Column('varchar', { length: 200 })
  title: string;

  @Column('text')
  summary: string;

  /** Plain text (Markdown stripped). */
  @Column('text')
  body: string;

  /** Tags and other keywords, weighted like the summary. */
  @Column('text')
  keywords: string;

  @Column('varchar', { length: 40, nullable: true })
  product: string | null;

  @Column('varchar', { length: 40, nullable: true })
  version: string | null;

  @Column('varchar', { length: 60, nullable: true })
  category: string | null;

  @Column('varchar', { length: 24 })
  visibility: ContentVisibility;

  @Column('boolean')
  published: boolean;

  @Column({ name: 'updated_at', type: Date })
  updatedAt: Date;
}
