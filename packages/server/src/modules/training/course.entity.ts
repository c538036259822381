import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContentVisibility } from '@foyer/shared';

/** A training course: lessons in order. A null publishedAt is a draft, which only vendor staff see. */
@Entity('course')
export class CourseEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  /** Unique, lower-case words joined by hyphens: the course's address in the web app. */
  @Column('varchar', { length: 120 })
  slug: string;

  @Column('varchar', { length: 200 })
  title: string;

  @Column('text')
  summary: string;

  @Column('varchar', { length: 40, nullable: true })
  product: string | null;

  @Column('varchar', { length: 24 })
  visibility: ContentVisibility;

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
