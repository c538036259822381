import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { isCourseComplete } from '@foyer/shared';
import { runSql } from '../../platform/db/search/sql';
import { StoredFileEntity } from '../files/stored-file.entity';
import { CourseEntity } from './course.entity';
import { LessonEntity } from './lesson.entity';
import { LessonProgressEntity } from './lesson-progress.entity';
import { rawCount, rawDate } from './training-sql';

/** One professional's progress through one course, derived from their lessons' progress. */
export interface CourseProgress {
  completedLessons: number;
  totalLessons: number;
  /** When the last lesson was completed, if every lesson the course has now is complete. */
  completedAt: Date | null;
  /** The last time they opened a video or completed a lesson of it; null if never. */
  lastActivityAt: Date | null;
}

/** Per-request batching for course lists, course pages and search results. */
export function createTrainingLoaders(manager: EntityManager) {
  const courseById = new DataLoader<string, CourseEntity | null>(async (ids) => {
    const rows = await manager.findBy(CourseEntity, { id: In([...ids]) });
    const byId = new Map(rows.map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const lessonsByCourseId = new DataLoader<string, LessonEntity[]>(async (ids) => {
    const rows = await manager.find(LessonEntity, {
      where: { courseId: In([...ids]) },
      order: { position: 'ASC', id: 'ASC' },
    });
    return ids.map((id) => rows.filter((l) => l.courseId === id));
  });

  /** Keyed "professionalId courseId". */
  const courseProgressByKey = new DataLoader<string, CourseProgress>(async (keys) => {
    const byKey = new Map<string, CourseProgress>();
    const pairs = keys.map((key) => key.split(' ') as [string, string]);
    for (const professionalId of new Set(pairs.map(([p]) => p))) {
      const courseIds = [...new Set(pairs.filter(([p]) => p === professionalId).map(([, c]) => c))];
      for (const [courseId, progress] of await courseProgressOf(manager, professionalId, courseIds))
        byKey.set(`${professionalId} ${courseId}`, progress);
    }
    return keys.map(
      (key) =>
        byKey.get(key) ?? {
          completedLessons: 0,
          totalLessons: 0,
          completedAt: null,
          lastActivityAt: null,
        },
    );
  });

  /** Keyed "professionalId lessonId". */
  const lessonProgressByKey = new DataLoader<string, LessonProgressEntity | null>(async (keys) => {
    const pairs = keys.map((key) => key.split(' ') as [string, string]);
    const rows = await manager.findBy(LessonProgressEntity, {
      professionalId: In([...new Set(pairs.map(([p]) => p))]),
      lessonId: In([...new Set(pairs.map(([, l]) => l))]),
    });
    const byKey = new Map(rows.map((r) => [`${r.professionalId} ${r.lessonId}`, r]));
    return keys.map((key) => byKey.get(key) ?? null);
  });

  const storedFileById = new DataLoader<string, StoredFileEntity | null>(async (ids) => {
    const rows = await manager.findBy(StoredFileEntity, { id: In([...ids]) });
    const byId = new Map(rows.map((f) => [f.id, f]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  return {
    courseById,
    lessonsByCourseId,
    courseProgressByKey,
    lessonProgressByKey,
    storedFileById,
  };
}

export type TrainingLoaders = ReturnType<typeof createTrainingLoaders>;

/** Every course's lessons counted against one professional's completions, in one query. */
export async function courseProgressOf(
  manager: EntityManager,
  professionalId: string,
  courseIds: readonly string[],
): Promise<Map<string, CourseProgress>> {
  const result = new Map<string, CourseProgress>();
  if (courseIds.length === 0) return result;
  const rows = await runSql<{
    courseId: string;
    total: unknown;
    completed: unknown;
    lastCompletedAt: unknown;
    lastActivityAt: unknown;
  }>(
    manager,
    `SELECT l.course_id AS "courseId", count(*) AS total, count(p.completed_at) AS completed,
            max(p.completed_at) AS "lastCompletedAt", max(p.updated_at) AS "lastActivityAt"
       FROM lesson l
       LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.professional_id = :professionalId
      WHERE l.course_id IN (:...courseIds)
      GROUP BY l.course_id`,
    { professionalId, courseIds: [...courseIds] },
  );
  for (const row of rows) {
    const counts = { completedLessons: rawCount(row.completed), totalLessons: rawCount(row.total) };
    result.set(row.courseId, {
      ...counts,
      completedAt: isCourseComplete(counts) ? rawDate(row.lastCompletedAt) : null,
      lastActivityAt: rawDate(row.lastActivityAt),
    });
  }
  return result;
}
