import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { coursePath, NEW_COURSE_PATH, trainingPath } from '../../app/paths';
import { graphql } from '../../gql';
import type { TrainingPage_CoursesQuery } from '../../gql/graphql';
import { Button, buttonClassName } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { SelectField } from '../../ui/select-field';
import { filterOptions, useAddressFilters } from '../content/address-filters';
import { PagedList } from '../content/paged-list';
import { useCursorPages } from '../organizations/use-cursor-pages';
import { CourseProgressBar } from './course-progress-bar';

const TrainingCoursesQuery = graphql(`
  query TrainingPage_courses($product: String, $first: Int!, $after: String) {
    courses(product: $product, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          slug
          title
          summary
          product
          publishedAt
          lessons {
            id
            kind
          }
          viewerProgress {
            completedLessons
            totalLessons
            percent
            completedAt
          }
        }
      }
    }
  }
`);

// Every product of the courses the reader may open, however many courses there are.
const TrainingFilterOptionsQuery = graphql(`
  query TrainingPage_filterOptions {
    courseProducts
    viewerCanManageCourses
  }
`);

export const TRAINING_PAGE_SIZE = 20;

type ListedCourse = TrainingPage_CoursesQuery['courses']['edges'][number]['node'];

/** The courses the reader may take, with how far they are in each; filtered by product. */
export function TrainingPage() {
  const filters = useAddressFilters();
  const product = filters.get('product');
  const pages = useCursorPages(product);
  const { data: optionsData } = useQuery(TrainingFilterOptionsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const { data, previousData, loading, error, refetch } = useQuery(TrainingCoursesQuery, {
    variables: { product: product || null, first: TRAINING_PAGE_SIZE, after: pages.after },
    // Progress made on a course page shows when coming back.
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.courses;
  const canManage = optionsData?.viewerCanManageCourses ?? false;
  const productOptions = filterOptions('All products', optionsData?.courseProducts ?? [], product);
  const setProduct = (value: string) => filters.set('product', value);

  return (
    <div className="training-page">
      <title>Training · Foyer</title>
      <header className="page-header">
        <div>
          <h1>Training</h1>
          <p className="muted page-header__subtitle">
            Courses for the products your organization uses: short lessons and videos, at your own
            pace. Foyer remembers where you stopped.
          </p>
        </div>
        {canManage ? (
          <Link className={buttonClassName('primary')} to={NEW_COURSE_PATH}>
            New course
          </Link>
        ) : null}
      </header>

      <div className="toolbar training-filters" role="search" aria-label="Filter courses">
        <SelectField
          label="Product"
          name="product"
          value={product}
          options={productOptions}
          onChange={setProduct}
        />
        {product ? (
          <div className="training-filters__clear">
            <Button onPress={() => setProduct('')}>Clear filter</Button>
          </div>
        ) : null}
      </div>
      <PagedList
        connection={connection}
        loading={loading}
        error={error}
        onRetry={refetch}
        what="courses"
        pagerLabel="Pages of courses"
        pages={pages}
        pageSize={TRAINING_PAGE_SIZE}
        empty={
          product ? (
            <EmptyState
              title="No courses for this product"
              message="Choose another product, or see every course again."
              action={
                <Link className={buttonClassName()} to={trainingPath()}>
                  All products
                </Link>
              }
            />
          ) : (
            <EmptyState
              title="No courses yet"
              message="Courses appear here as they are published."
            />
          )
        }
      >
        {(courses) => (
          <ul className="course-cards" aria-label="Courses" aria-busy={loading || undefined}>
            {courses.map((course) => (
              <CourseCard key={course.id} course={course} />
            ))}
          </ul>
        )}
      </PagedList>
    </div>
  );
}

function CourseCard({ course }: { course: ListedCourse }) {
  const videos = course.lessons.filter((lesson) => lesson.kind === 'VIDEO').length;
  const lessons = course.lessons.length;
  const details = [
    course.product,
    `${lessons} ${lessons === 1 ? 'lesson' : 'lessons'}`,
    videos > 0 ? `${videos} ${videos === 1 ? 'video' : 'videos'}` : null,
  ].filter((detail): detail is string => Boolean(detail));
  return (
    <li className="course-card">
      <h2 className="course-card__title">
        <Link to={coursePath(course.slug)}>{course.title}</Link>
        {course.publishedAt ? null : <span className="draft-badge">Draft</span>}
      </h2>
      {course.summary ? <p className="course-card__summary">{course.summary}</p> : null}
      <p className="course-card__meta">
        {details.map((detail) => (
          <span key={detail} className="course-card__detail">
            {detail}
          </span>
        ))}
      </p>
      {course.viewerProgress ? <CourseProgressBar {...course.viewerProgress} /> : null}
    </li>
  );
}
