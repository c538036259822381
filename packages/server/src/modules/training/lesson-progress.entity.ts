import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How far one professional is with one lesson: where the video stopped, and whether it is done. */
@Entity('lesson_progress')
export class LessonProgressEntity {
  @PrimaryColumn('varchar', { name: 'professional_id', length: 36 })
  professionalId: string;

  @PrimaryColumn('varchar', { name: 'lesson_id', length: 36 })
  lessonId: string;

  @Column({ name: 'completed_at', type: Date, nullable: true })
  completedAt: Date | null;

  @Column('integer', { name: 'video_position_seconds' })
  videoPositionSeconds: number;

  @Column({ name: 'updated_at', type: Date })
  updatedAt: Date;
}
