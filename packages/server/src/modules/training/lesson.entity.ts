import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LessonKind } from '@foyer/shared';

/** One step of a course. Readers see it exactly when they may read its course. */
@Entity('lesson')
export class LessonEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'course_id', length: 36 })
  courseId: string;

  /** 1, 2, 3… in the order the course shows them, without gaps. */
  @Column('integer')
  position: number;

  @Column('varchar', { length: 200 })
  title: string;

  @Column('varchar', { length: 8 })
  kind: LessonKind;

  /** The lesson's text (Markdown); for a video, the notes shown beside it. */
  @Column('text', { name: 'body_markdown' })
  bodyMarkdown: string;

  @Column('varchar', { name: 'video_file_id', length: 36, nullable: true })
  videoFileId: string | null;

  @Column('integer', { name: 'duration_seconds', nullable: true })
  durationSeconds: number | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt: Date;
}
