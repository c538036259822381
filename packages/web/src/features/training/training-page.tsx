import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { coursePath, NEW_COURSE_PATH, trainingPath } from '../../app/paths';
import { graphql } from '../../gql';
import type { TrainingPage_CoursesQuery } from '../../gql/graphql';
import { Button, buttonClassName } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { Pager } from '../../ui/pager';
import { SelectField, type SelectOption } from '../../ui/select-field';
import { useCursorPages } from '../organizations/use-cursor-pages';
import { CourseProgressBar } from './course-progress-bar';
import '../knowledge-base/knowledge-base.css';
import './training.css';

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

// The products courses are about, from the courses the reader may open.
const TrainingFilterOptionsQuery = graphql(`
  query TrainingPage_filterOptions {
    courses(first: 100) {
      edges {
        node {
          id
          product
        }
      }
    }
    viewerCanManageCourses
  }
`);

export const TRAINING_PAGE_SIZE = 20;

type ListedCourse = TrainingPage_CoursesQuery['courses']['edges'][number]['node'];

/** The courses the reader may take, with how far they are in each; filtered by product. */
export function TrainingPage() {
  const [params, setParams] = useSearchParams();
  const product = params.get('product')?.trim() || '';
  const pages = useCursorPages(product);
  const { data: optionsData } = useQuery(TrainingFilterOptionsQuery, { fetchPolicy: 'cache-and-network' });
  const { data, previousData, loading, error, refetch } = useQuery(TrainingCoursesQuery, {
    variables: { product: product || null, first: TRAINING_PAGE_SIZE, after: pages.after },
    // Progress made on a course page shows when coming back.
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.courses;
  const canManage = optionsData?.viewerCanManageCourses ?? false;
  const productOptions = optionsOf(optionsData?.courses.edges.map((edge) => edge.node.product) ?? [], product);

  function setProduct(value: string) {
    setParams(value ? { product: value } : {}, { replace: true });
  }

  let list;
  if (!connection) {
    list = error ? (
      <ErrorState
        title="Courses could not be loaded"
        message="Foyer did not answer as expected. Check your connection, then try again."
        onRetry={() => void refetch().catch(() => undefined)}
      />
    ) : (
      <LoadingState label="Loading courses…" />
    );
  } else if (connection.edges.length === 0 && !loading) {
    list = product ? (
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
      <EmptyState title="No courses yet" message="Courses appear here as they are published." />
    );
  } else {
    const courses = connection.edges.map((edge) => edge.node);
    list = (
      <>
        <ul className="course-cards" aria-label="Courses" aria-busy={loading || undefined}>
          {courses.map((course) => (
            <CourseCard key={course.id} course={course} />
          ))}
        </ul>
        <Pager
          label="Pages of courses"
          pageIndex={pages.pageIndex}
          pageSize={TRAINING_PAGE_SIZE}
          shown={courses.length}
          totalCount={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          isBusy={loading}
          onPrevious={pages.previous}
          onNext={() => pages.next(connection.pageInfo.endCursor)}
        />
      </>
    );
  }

  return (
    <div className="training-page">
      <title>Training · Foyer</title>
      <header className="page-header">
        <div>
          <h1>Training</h1>
          <p className="muted page-header__subtitle">
            Courses for the products your organization uses: short lessons and videos, at your own pace. Foyer
            remembers where you stopped.
          </p>
        </div>
        {canManage ? (
          <Link className={buttonClassName('primary')} to={NEW_COURSE_PATH}>
            New course
          </Link>
        ) : null}
      </header>

      <div className="toolbar training-filters" role="search" aria-label="Filter courses">
        <SelectField label="Product" name="product" value={product} options={productOptions} onChange={setProduct} />
        {product ? (
          <div className="training-filters__clear">
            <Button onPress={() => setProduct('')}>Clear filter</Button>
          </div>
        ) : null}
      </div>
      {list}
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

function optionsOf(values: readonly (string | null)[], chosen: string): SelectOption[] {
  const distinct = new Set(values.filter((value): value is string => Boolean(value)));
  if (chosen) distinct.add(chosen);
  return [
    { value: '', label: 'All products' },
    ...[...distinct].sort((a, b) => a.localeCompare(b)).map((value) => ({ value, label: value })),
  ];
}
