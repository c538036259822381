import type { EntityManager } from 'typeorm';
import type { Actor } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { notFound } from '../../platform/graphql/domain-error';
import type { EntitlementService } from '../licensing/entitlement.service';
import { requireActor } from '../organization/organization-access';
import { CourseEntity } from './course.entity';
import { LessonEntity } from './lesson.entity';
import { LessonProgressEntity } from './lesson-progress.entity';
import { isCourseReadable } from './course.service';

/**
 * A professional's own progress: completing lessons and remembering where a video stopped.
 * Both are idempotent upserts, allowed only on lessons the professional may read now.
 */
export class LessonProgressService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly entitlements: EntitlementService,
  ) {}

  /** Marks the lesson complete; completing it again keeps the first completion's time. */
  async complete(actor: Actor | null, lessonId: string): Promise<LessonEntity> {
    return this.upsert(actor, lessonId, (progress, now) => {
      progress.completedAt ??= now;
    });
  }

  /** Where the video stopped, in whole seconds (clamped to the video's length when it is known). */
  async savePosition(
    actor: Actor | null,
    lessonId: string,
    seconds: number,
  ): Promise<LessonEntity> {
    return this.upsert(actor, lessonId, (progress, _now, lesson) => {
      const whole = Math.max(0, Math.floor(seconds));
      progress.videoPositionSeconds =
        lesson.durationSeconds !== null ? Math.min(whole, lesson.durationSeconds) : whole;
    });
  }

  private async upsert(
    actor: Actor | null,
    lessonId: string,
    change: (progress: LessonProgressEntity, now: Date, lesson: LessonEntity) => void,
  ): Promise<LessonEntity> {
    const learner = requireActor(actor);
    // Entitlements read through db.manager, so they are worked out before the write begins.
    const reader = await this.entitlements.of(learner);
    // The organization's lock orders one person's two tabs saving the same lesson at once.
    return this.db.write([learner.organizationId], async (manager) => {
      const lesson = await readableLesson(manager, lessonId, (course) =>
        isCourseReadable(reader, course),
      );
      const now = this.clock.now();
      const existing = await manager.findOneBy(LessonProgressEntity, {
        professionalId: learner.professionalId,
        lessonId: lesson.id,
      });
      const progress =
        existing ??
        Object.assign(new LessonProgressEntity(), {
          professionalId: learner.professionalId,
          lessonId: lesson.id,
          completedAt: null,
          videoPositionSeconds: 0,
          updatedAt: now,
        });
      change(progress, now, lesson);
      progress.updatedAt = now;
      if (existing) {
        await manager.update(
          LessonProgressEntity,
          { professionalId: progress.professionalId, lessonId: progress.lessonId },
          {
            completedAt: progress.completedAt,
            videoPositionSeconds: progress.videoPositionSeconds,
            updatedAt: now,
          },
        );
      } else {
        await manager.insert(LessonProgressEntity, progress);
      }
      return lesson;
    });
  }
}

async function readableLesson(
  manager: EntityManager,
  lessonId: string,
  readable: (course: CourseEntity) => boolean,
): Promise<LessonEntity> {
  const lesson = await manager.findOneBy(LessonEntity, { id: lessonId });
  const course = lesson ? await manager.findOneBy(CourseEntity, { id: lesson.courseId }) : null;
  if (!lesson || !course || !readable(course)) throw notFound('Lesson');
  return lesson;
}
