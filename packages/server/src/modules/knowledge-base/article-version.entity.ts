import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The content of an article as one edit left it. Every edit adds one; none is ever changed. */
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
