import { useMutation, useQuery } from '@apollo/client/react';
import { CONTENT_VISIBILITY_LABELS } from '@foyer/shared';
import { useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { findGraphQLError } from '../../app/graphql-errors';
import {
  coursePath,
  editCoursePath,
  SEARCH_PATH,
  TRAINING_PATH,
  trainingPath,
} from '../../app/paths';
import { graphql } from '../../gql';
import type { CoursePage_CourseQuery } from '../../gql/graphql';
import { Button, buttonClassName } from '../../ui/button';
import { DateTime } from '../../ui/date-time';
import { LoadFailed } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { notify } from '../../ui/toast';
import { ServerHtml } from '../search/server-html';
import { CourseProgressBar } from './course-progress-bar';
import '../knowledge-base/knowledge-base.css';
import './training.css';

const CoursePageQuery = graphql(`
  query CoursePage_course($slug: String!) {
    courseBySlug(slug: $slug) {
      id
      slug
      title
      summary
      product
      visibility
      publishedAt
      viewerCanEdit
      viewerProgress {
        completedLessons
        totalLessons
        percent
        completedAt
      }
      lessons {
        id
        position
        title
        kind
        bodyHtml
        durationSeconds
        video {
          url
          contentType
        }
        viewerProgress {
          completedAt
          videoPositionSeconds
        }
      }
    }
  }
`);

const CompleteLessonMutation = graphql(`
  mutation CoursePage_completeLesson($lessonId: ID!) {
    completeLesson(lessonId: $lessonId) {
      lesson {
        id
        viewerProgress {
          completedAt
          videoPositionSeconds
        }
      }
      course {
        id
        viewerProgress {
          completedLessons
          totalLessons
          percent
          completedAt
        }
      }
      error {
        code
        message
        hint
      }
    }
  }
`);

const SavePositionMutation = graphql(`
  mutation CoursePage_saveLessonPosition($lessonId: ID!, $seconds: Int!) {
    saveLessonPosition(lessonId: $lessonId, seconds: $seconds) {
      lesson {
        id
        viewerProgress {
          completedAt
          videoPositionSeconds
        }
      }
      error {
        code
        message
      }
    }
  }
`);

type Course = CoursePage_CourseQuery['courseBySlug'];
type Lesson = Course['lessons'][number];

/** While a video plays, where it is is saved this often (and on pause and at the end). */
const SAVE_EVERY_SECONDS = 15;

/** One course: its lessons with check marks, and the current lesson to read or watch. */
export function CoursePage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CoursePageQuery, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const course = data?.courseBySlug;
  if (!course) {
    if (loading) return <LoadingState label="Loading the course…" />;
    if (findGraphQLError(error, 'NOT_FOUND')) return <CourseNotFound />;
    return <LoadFailed what="The course" onRetry={refetch} />;
  }
  return <CourseView course={course} />;
}

function CourseView({ course }: { course: Course }) {
  const [params] = useSearchParams();
  const asked = Number(params.get('lesson'));
  // Without a lesson in the address, the reader continues where they left off: the first lesson
  // not done when the page opened, which stays put when they complete it.
  const [resumeId] = useState(
    () =>
      (course.lessons.find((lesson) => !lesson.viewerProgress?.completedAt) ?? course.lessons[0])
        ?.id,
  );
  const current =
    course.lessons.find((lesson) => lesson.position === asked) ??
    course.lessons.find((lesson) => lesson.id === resumeId) ??
    course.lessons[0];
  const progress = course.viewerProgress;

  return (
    <article className="course-page" aria-labelledby="course-title">
      <title>{`${current ? `${current.title} · ` : ''}${course.title} · Training · Foyer`}</title>
      <p className="article-page__back">
        <Link to={TRAINING_PATH}>Training</Link>
      </p>
      {course.publishedAt ? null : (
        <div className="notice notice--warning">
          <p className="notice__message">Draft: only vendor staff can see this course.</p>
          <p className="notice__hint">Publish it from the editor when it is ready for learners.</p>
        </div>
      )}
      <header className="course-page__header">
        <div className="article-page__heading">
          <h1 id="course-title">{course.title}</h1>
          {course.viewerCanEdit ? (
            <Link className={buttonClassName('secondary')} to={editCoursePath(course.slug)}>
              Edit<span className="visually-hidden"> “{course.title}”</span>
            </Link>
          ) : null}
        </div>
        {course.summary ? <p className="article-page__summary">{course.summary}</p> : null}
        <p className="course-page__meta">
          {course.product ? (
            <Link to={trainingPath({ product: course.product })}>{course.product}</Link>
          ) : null}
          {course.viewerCanEdit ? (
            <span>Visible to: {CONTENT_VISIBILITY_LABELS[course.visibility]}</span>
          ) : null}
        </p>
        {progress ? <CourseProgressBar {...progress} /> : null}
        {progress?.completedAt ? (
          <p className="notice notice--success course-page__done" role="status">
            You completed this course on <DateTime value={progress.completedAt} dateOnly />.
          </p>
        ) : null}
      </header>

      <div className="course-page__layout">
        <nav className="lesson-nav" aria-label="Lessons">
          <ol className="lesson-nav__list">
            {course.lessons.map((lesson) => {
              const done = Boolean(lesson.viewerProgress?.completedAt);
              return (
                <li key={lesson.id} className="lesson-nav__item" data-done={done || undefined}>
                  <Link
                    to={coursePath(course.slug, lesson.position)}
                    className="lesson-nav__link"
                    aria-current={lesson.id === current?.id ? 'step' : undefined}
                  >
                    <span className="lesson-nav__mark" aria-hidden="true">
                      {done ? '✓' : lesson.position}
                    </span>
                    <span className="lesson-nav__title">
                      {lesson.title}
                      {lesson.kind === 'VIDEO' ? (
                        <span className="lesson-nav__kind"> · Video</span>
                      ) : null}
                      {done ? <span className="visually-hidden"> (completed)</span> : null}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ol>
        </nav>
        {current ? (
          <LessonView key={current.id} course={course} lesson={current} />
        ) : (
          <p className="muted">This course has no lessons yet.</p>
        )}
      </div>
    </article>
  );
}

function LessonView({ course, lesson }: { course: Course; lesson: Lesson }) {
  const [complete, { loading: completing }] = useMutation(CompleteLessonMutation);
  const [savePosition] = useMutation(SavePositionMutation);
  const lastSaved = useRef(lesson.viewerProgress?.videoPositionSeconds ?? 0);
  const [problem, setProblem] = useState<string | null>(null);
  const completedAt = lesson.viewerProgress?.completedAt ?? null;
  const next = course.lessons.find((candidate) => candidate.position === lesson.position + 1);
  const canTrack = Boolean(lesson.viewerProgress);

  async function markComplete() {
    setProblem(null);
    try {
      const result = await complete({ variables: { lessonId: lesson.id } });
      const error = result.data?.completeLesson.error;
      if (error) {
        setProblem(`${error.message}${error.hint ? ` ${error.hint}` : ''}`);
        return;
      }
      if (result.data?.completeLesson.course?.viewerProgress?.completedAt) {
        notify({ title: 'Course completed', description: `You finished “${course.title}”.` });
      }
    } catch {
      setProblem('Foyer could not record it. Check your connection, then try again.');
    }
  }

  function save(seconds: number) {
    const whole = Math.floor(seconds);
    if (!canTrack || whole === lastSaved.current) return;
    lastSaved.current = whole;
    // Losing one position save costs a few seconds of replay at most: no error is shown.
    void savePosition({ variables: { lessonId: lesson.id, seconds: whole } }).catch(
      () => undefined,
    );
  }

  return (
    <section className="lesson" aria-labelledby="lesson-title">
      <p className="lesson__position muted">
        Lesson {lesson.position} of {course.lessons.length}
      </p>
      <h2 id="lesson-title">{lesson.title}</h2>
      {lesson.kind === 'VIDEO' ? (
        lesson.video ? (
          <video
            className="lesson__video"
            controls
            preload="metadata"
            src={lesson.video.url}
            aria-label={`Video: ${lesson.title}`}
            onLoadedMetadata={(event) => {
              const video = event.currentTarget;
              const resumeAt = lesson.viewerProgress?.videoPositionSeconds ?? 0;
              // Resume where they stopped, unless that was the very end.
              if (
                resumeAt > 0 &&
                (!Number.isFinite(video.duration) || resumeAt < video.duration - 1)
              )
                video.currentTime = resumeAt;
            }}
            onTimeUpdate={(event) => {
              const time = event.currentTarget.currentTime;
              if (Math.abs(time - lastSaved.current) >= SAVE_EVERY_SECONDS) save(time);
            }}
            onPause={(event) => save(event.currentTarget.currentTime)}
            onEnded={(event) => {
              save(event.currentTarget.currentTime);
              if (canTrack && !completedAt) void markComplete();
            }}
            // The address refuses a reader whose access ended (404) or whose session did (401);
            // the player alone would just sit there.
            onError={() =>
              setProblem(
                'The video could not be played. Reload the page: it then says whether the course is still open to you, or asks you to sign in again.',
              )
            }
          />
        ) : (
          <p className="notice">The video for this lesson is not available yet.</p>
        )
      ) : null}
      <ServerHtml as="div" className="article-body lesson__body" html={lesson.bodyHtml} />

      <div className="lesson__actions">
        {completedAt ? (
          <p className="lesson__completed" role="status">
            <span aria-hidden="true">✓ </span>Completed on <DateTime value={completedAt} dateOnly />
          </p>
        ) : canTrack ? (
          <Button variant="primary" onPress={() => void markComplete()} isPending={completing}>
            {completing ? 'Saving…' : 'Mark as complete'}
          </Button>
        ) : null}
        {next ? (
          <Link
            className={buttonClassName(completedAt ? 'primary' : 'secondary')}
            to={coursePath(course.slug, next.position)}
          >
            Next lesson<span className="visually-hidden">: {next.title}</span>
          </Link>
        ) : null}
      </div>
      {problem ? (
        <p className="notice notice--warning" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}

/** The same page whether the course does not exist or the reader may not open it. */
function CourseNotFound() {
  return (
    <div className="course-page">
      <title>Course not found · Foyer</title>
      <h1>Course not found</h1>
      <div className="notice" role="alert">
        <p className="notice__message">
          There is no course at this address, or it is not one you can open.
        </p>
        <p className="notice__hint">
          It may have been unpublished. Search for it, or browse the courses.
        </p>
      </div>
      <p className="article-page__not-found-links">
        <Link className={buttonClassName('primary')} to={SEARCH_PATH}>
          Search
        </Link>
        <Link className={buttonClassName('secondary')} to={TRAINING_PATH}>
          Browse the courses
        </Link>
      </p>
    </div>
  );
}
