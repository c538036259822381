import { IsNull, type EntityManager } from 'typeorm';
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
    return this.save(actor, lessonId, async (manager, key, now) => {
      await upsertProgress(manager, { ...key, completedAt: now, updatedAt: now }, ['updated_at']);
      // Only if it was there uncompleted: the first completion's time stays, whichever of two
      // completions at once came first.
      await manager.update(
        LessonProgressEntity,
        { ...key, completedAt: IsNull() },
        { completedAt: now },
      );
    });
  }

  /** Where the video stopped, in whole seconds (clamped to the video's length when it is known). */
  async savePosition(
    actor: Actor | null,
    lessonId: string,
    seconds: number,
  ): Promise<LessonEntity> {
    return this.save(actor, lessonId, async (manager, key, now, lesson) => {
      const whole = Math.max(0, Math.floor(seconds));
      const position =
        lesson.durationSeconds !== null ? Math.min(whole, lesson.durationSeconds) : whole;
      await upsertProgress(manager, { ...key, videoPositionSeconds: position, updatedAt: now }, [
        'video_position_seconds',
        'updated_at',
      ]);
    });
  }

  private async save(
    actor: Actor | null,
    lessonId: string,
    write: (
      manager: EntityManager,
      key: ProgressKey,
      now: Date,
      lesson: LessonEntity,
    ) => Promise<void>,
  ): Promise<LessonEntity> {
    const learner = requireActor(actor);
    // Entitlements read through db.manager, so they are worked out before the write begins.
    const reader = await this.entitlements.of(learner);
    // No organization's lock: progress is the learner's own and no organization rule reads it,
    // and the web page saves it every 15 s of video, so it must not queue behind (or hold up)
    // the organization's administrative changes. Two saves of one lesson at once (two tabs) are
    // kept apart by writing only in single upserts and conditional updates, never read-then-write.
    return this.db.write([], async (manager) => {
      const lesson = await readableLesson(manager, lessonId, (course) =>
        isCourseReadable(reader, course),
      );
      await write(
        manager,
        { professionalId: learner.professionalId, lessonId: lesson.id },
        this.clock.now(),
        lesson,
      );
      return lesson;
    });
  }
}

interface ProgressKey {
  professionalId: string;
  lessonId: string;
}

/**
 * Creates the learner's row for the lesson or, when it is there, sets `columns` from `row`: one
 * statement (INSERT … ON CONFLICT DO UPDATE on both databases), so two saves at once cannot both
 * insert it. A new row starts unwatched and not completed unless `row` says otherwise.
 */
async function upsertProgress(
  manager: EntityManager,
  row: ProgressKey & Partial<LessonProgressEntity>,
  columns: Array<'video_position_seconds' | 'updated_at'>,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(LessonProgressEntity)
    .values({ completedAt: null, videoPositionSeconds: 0, ...row })
    .orUpdate(columns, ['professional_id', 'lesson_id'])
    .execute();
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
