import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { coursePath, TRAINING_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import { CourseProgressBar } from './course-progress-bar';
import './training.css';

const CoursesInProgressQuery = graphql(`
  query CoursesInProgress_courses($first: Int!) {
    coursesInProgress(first: $first) {
      id
      slug
      title
      viewerProgress {
        completedLessons
        totalLessons
        percent
        completedAt
      }
    }
  }
`);

export const COURSES_IN_PROGRESS_COUNT = 3;

/**
 * The signed-in professional's started, unfinished courses, most recently touched first, each
 * opening where they left off; for the home page's training card.
 */
export function CoursesInProgress() {
  const { data, loading, error } = useQuery(CoursesInProgressQuery, {
    variables: { first: COURSES_IN_PROGRESS_COUNT },
    fetchPolicy: 'cache-and-network',
  });
  const courses = data?.coursesInProgress;

  if (!courses || courses.length === 0) {
    return (
      <div className="home-content__empty">
        <p className="home-content__empty-title">
          {loading && !courses
            ? 'Loading your courses…'
            : error && !courses
              ? 'Your courses could not be loaded'
              : 'No course in progress'}
        </p>
        <p className="home-content__empty-hint">
          <Link to={TRAINING_PATH}>Browse the courses</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="courses-in-progress">
      <ul className="courses-in-progress__list" aria-label="Courses in progress">
        {courses.map((course) => (
          <li key={course.id} className="courses-in-progress__item">
            <Link to={coursePath(course.slug)}>{course.title}</Link>
            {course.viewerProgress ? (
              <CourseProgressBar {...course.viewerProgress} started />
            ) : null}
          </li>
        ))}
      </ul>
      <Link to={TRAINING_PATH}>All courses</Link>
    </div>
  );
}
