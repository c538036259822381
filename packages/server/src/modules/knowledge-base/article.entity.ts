import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContentVisibility } from '@foyer/shared';

/** A knowledge-base article. A null publishedAt is a draft, which only vendor staff see. */
@Entity('article')
export class ArticleEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  /** Unique, lower-case words joined by hyphens: the article's address in the web app. */
  @Column('varchar', { length: 120 })
  slug: string;

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

  /** JSON array of lower-case tags, as shown; article_tag indexes them for related articles. */
  @Column('text')
  tags: string;

  @Column('varchar', { length: 24 })
  visibility: ContentVisibility;

  @Column({ name: 'published_at', type: Date, nullable: true })
  publishedAt: Date | null;

  /** The number of the version the article shows now (article_version keeps them all). */
  @Column('integer', { name: 'current_version' })
  currentVersion: number;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt: Date;

  @Column('varchar', { name: 'created_by_professional_id', length: 36, nullable: true })
  createdByProfessionalId: string | null;

  @Column('varchar', { name: 'updated_by_professional_id', length: 36, nullable: true })
  updatedByProfessionalId: string | null;
}

export function tagsOf(article: Pick<ArticleEntity, 'tags'>): string[] {
  const parsed: unknown = JSON.parse(article.tags || '[]');
  return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
}
