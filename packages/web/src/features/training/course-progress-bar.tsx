export interface CourseProgressBarProps {
  completedLessons: number;
  totalLessons: number;
  percent: number;
  completedAt?: string | null;
  /**
   * Known to be started (on lists of started courses): a video watched without a lesson completed
   * is "0 of n lessons done", not "Not started".
   */
  started?: boolean;
}

/** A bar and its words: "2 of 5 lessons" or "Completed". The bar is a native <progress>. */
export function CourseProgressBar({
  completedLessons,
  totalLessons,
  percent,
  completedAt,
  started = false,
}: CourseProgressBarProps) {
  const words = completedAt
    ? 'Completed'
    : completedLessons === 0 && !started
      ? 'Not started'
      : `${completedLessons} of ${totalLessons} lessons done`;
  return (
    <div className="course-progress" data-complete={completedAt ? true : undefined}>
      <progress
        className="course-progress__bar"
        max={100}
        value={percent}
        aria-label={`Progress: ${percent}%`}
      />
      <span className="course-progress__label">{words}</span>
    </div>
  );
}
