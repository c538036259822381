import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who an announcement is for once published: everybody, or the audience it names (announcement_audience). */
export type AnnouncementVisibility = 'ALL_CUSTOMERS' | 'CHOSEN_AUDIENCE';

/** A news announcement. A null publishedAt is a draft, which only vendor staff see. */
@Entity('announcement')
export class AnnouncementEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  /** Unique, lower-case words joined by hyphens: its address in the web app (/news/:slug). */
  @Column('varchar', { length: 120 })
  slug: string;

  @Column('varchar', { length: 200 })
  title: string;

  @Column('text')
  summary: string;

  @Column('text', { name: 'body_markdown' })
  bodyMarkdown: string;

  @Column('varchar', { length: 24 })
  visibility: AnnouncementVisibility;

  /** Pinned announcements come first in every list. */
  @Column('boolean')
  pinned: boolean;

  @Column({ name: 'published_at', type: Date, nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt: Date;

  @Column('varchar', { name: 'created_by_professional_id', length: 36, nullable: true })
  createdByProfessionalId: string | null;

  @Column('varchar', { name: 'updated_by_professional_id', length: 36, nullable: true })
  updatedByProfessionalId: string | null;
}
