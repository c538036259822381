/** What a lesson is: text to read, or a video to watch (with notes beside it). */
export const LESSON_KINDS = ['TEXT', 'VIDEO'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

/** How far someone is through a course, from their completed lessons. */
export interface CourseProgressCounts {
  completedLessons: number;
  totalLessons: number;
}

/**
 * A course is complete when every lesson it has now is complete. Completion is derived, not
 * stored: a lesson added later reopens the course for those who had finished it, which is what
 * an administrator checking "who has done the whole course" needs to see.
 */
export function isCourseComplete(progress: CourseProgressCounts): boolean {
  return progress.totalLessons > 0 && progress.completedLessons >= progress.totalLessons;
}

/** Whole percent, for progress bars and their labels. */
export function progressPercent(progress: CourseProgressCounts): number {
  if (progress.totalLessons <= 0) return 0;
  return Math.min(100, Math.round((progress.completedLessons / progress.totalLessons) * 100));
}
