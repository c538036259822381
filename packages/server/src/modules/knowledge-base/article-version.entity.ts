import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContentVisibility } from '@foyer/shared';

/**
 * An article as one edit left it. Every edit adds one; none is ever changed. The details
 * (product, version, category, tags, visibility) are null in versions made before they were
 * recorded: `visibility` is never null otherwise.
 */
@Entity('article_version')
export class ArticleVersionEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'article_id', length: 36 })
  articleId: string;

  /** 1 for the first version, then one more per edit. */
  @Column('integer')
  number: number;

  @Column('varchar', { length: 200 })
  title: string;

  @Column('text')
  summary: string;

  @Column('text', { name: 'body_markdown' })
  bodyMarkdown: string;

  @Column('varchar', { length: 40, nullable: true })
  product: string | null;

  @Column('varchar', { length: 40, nullable: true })
  version: string | null;

  @Column('varchar', { length: 60, nullable: true })
  category: string | null;

  /** JSON array of lower-case tags, as on the article. */
  @Column('text', { nullable: true })
  tags: string | null;

  @Column('varchar', { length: 24, nullable: true })
  visibility: ContentVisibility | null;

  @Column('varchar', { name: 'edited_by_professional_id', length: 36, nullable: true })
  editedByProfessionalId: string | null;

  /** The editor's name at the time, kept if they are deleted later. */
  @Column('varchar', { name: 'edited_by_label', length: 300, nullable: true })
  editedByLabel: string | null;

  @Column({ name: 'edited_at', type: Date })
  editedAt: Date;

  /** For a restore: the version whose content this one brought back. */
  @Column('integer', { name: 'restored_from', nullable: true })
  restoredFrom: number | null;
}
