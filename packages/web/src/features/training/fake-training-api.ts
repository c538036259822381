import { graphql, http, HttpResponse } from 'msw';
import { isCourseComplete, progressPercent } from '@foyer/shared';
import {
  CourseEditor_AddLessonDocument,
  CourseEditor_CourseDocument,
  CourseEditor_CreateDocument,
  CourseEditor_PermissionDocument,
  CourseEditor_PublishDocument,
  CourseEditor_RemoveLessonDocument,
  CourseEditor_UpdateDocument,
  type AddLessonInput,
  type CreateCourseInput,
  type UpdateCourseInput,
  CoursePage_CompleteLessonDocument,
  CoursesInProgress_CoursesDocument,
  CoursePage_CourseDocument,
  CoursePage_SaveLessonPositionDocument,
  OrganizationTrainingPage_ProgressDocument,
  TrainingPage_CoursesDocument,
  TrainingPage_FilterOptionsDocument,
  type ContentVisibility,
  type LessonKind,
} from '../../gql/graphql';
import { distinctSorted } from '../../test/distinct-sorted';
import { server } from '../../test/msw-server';

export interface FakeLesson {
  id: string;
  title: string;
  kind: LessonKind;
  bodyHtml: string;
  durationSeconds: number | null;
  videoUrl: string | null;
  completedAt: string | null;
  videoPositionSeconds: number;
  videoFileName?: string | null;
}

export interface FakeCourse {
  id: string;
  slug: string;
  title: string;
  summary: string;
  product: string | null;
  visibility: ContentVisibility;
  publishedAt: string | null;
  lessons: FakeLesson[];
}

function lesson(id: string, title: string, fields: Partial<FakeLesson> = {}): FakeLesson {
  return {
    id,
    title,
    kind: 'TEXT',
    bodyHtml: `<p>About ${title}.</p>`,
    durationSeconds: null,
    videoUrl: null,
    completedAt: null,
    videoPositionSeconds: 0,
    ...fields,
  };
}

export const LEDGER_COURSE: FakeCourse = {
  id: 'course-ledger',
  slug: 'ledger-month-end-close',
  title: 'Ledger: closing the month',
  summary: 'From bank import to a locked period.',
  product: 'ledger',
  visibility: 'ENTITLED_PRODUCT',
  publishedAt: '2030-02-01T09:00:00.000Z',
  lessons: [
    lesson('lesson-overview', 'The close at a glance', {
      kind: 'VIDEO',
      durationSeconds: 4,
      videoUrl: '/api/training/lessons/lesson-overview/video',
      completedAt: '2030-03-01T09:00:00.000Z',
      videoPositionSeconds: 4,
    }),
    lesson('lesson-import', 'Importing bank statements', {
      completedAt: '2030-03-02T09:00:00.000Z',
    }),
    lesson('lesson-matching', 'Matching rules', {
      bodyHtml: '<h3>Rules that save hours</h3><p>Start with the reference rule.</p>',
    }),
    lesson('lesson-lock', 'Locking the period'),
  ],
};

export const PORTAL_COURSE: FakeCourse = {
  id: 'course-portal',
  slug: 'portal-tour',
  title: 'Getting the most out of the portal',
  summary: 'Where to find answers.',
  product: null,
  visibility: 'ALL_CUSTOMERS',
  publishedAt: '2030-01-01T09:00:00.000Z',
  lessons: [
    lesson('lesson-search', 'Searching well'),
    lesson('lesson-access', 'Who manages your access'),
  ],
};

const NOW = '2030-03-06T12:00:00.000Z';

const ORGANIZATION_PROGRESS = [
  {
    name: 'Chloe Martin',
    courseId: 'course-ledger',
    courseTitle: 'Ledger: closing the month',
    completed: 2,
    total: 4,
  },
  {
    name: 'Frank Osei',
    courseId: 'course-ledger',
    courseTitle: 'Ledger: closing the month',
    completed: 4,
    total: 4,
  },
  // Started by watching part of a video, no lesson completed yet.
  {
    name: 'Frank Osei',
    courseId: 'course-portal',
    courseTitle: 'Getting the most out of the portal',
    completed: 0,
    total: 2,
  },
];

/** The training API as the server behaves for one learner, kept in memory; every change is recorded. */
export function installFakeTrainingApi({
  courses = [LEDGER_COURSE, PORTAL_COURSE],
  canManage = false,
  refuseProgress = false,
} = {}) {
  const state = {
    courses: courses.map((course): FakeCourse => JSON.parse(JSON.stringify(course))),
    completed: [] as string[],
    positions: [] as { lessonId: string; seconds: number }[],
    listRequests: [] as { product?: string | null }[],
    created: [] as CreateCourseInput[],
    updated: [] as UpdateCourseInput[],
    addedLessons: [] as AddLessonInput[],
    published: [] as string[],
    removedLessons: [] as string[],
    uploads: [] as { fileName: string; size: number }[],
  };
  const findLesson = (id: string) => {
    for (const course of state.courses) {
      const found = course.lessons.find((candidate) => candidate.id === id);
      if (found) return { course, lesson: found };
    }
    return null;
  };

  server.use(
    graphql.query(TrainingPage_FilterOptionsDocument, () =>
      HttpResponse.json({
        data: {
          viewerCanManageCourses: canManage,
          courseProducts: distinctSorted(state.courses.map((course) => course.product)),
        },
      }),
    ),
    graphql.query(TrainingPage_CoursesDocument, ({ variables }) => {
      state.listRequests.push({ product: variables.product });
      const shown = state.courses.filter(
        (course) => !variables.product || course.product === variables.product,
      );
      return HttpResponse.json({
        data: {
          courses: {
            __typename: 'CourseConnection',
            totalCount: shown.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: shown.map((course) => ({
              __typename: 'CourseEdge' as const,
              cursor: course.id,
              node: {
                __typename: 'Course' as const,
                id: course.id,
                slug: course.slug,
                title: course.title,
                summary: course.summary,
                product: course.product,
                publishedAt: course.publishedAt,
                lessons: course.lessons.map((l) => ({
                  __typename: 'Lesson' as const,
                  id: l.id,
                  kind: l.kind,
                })),
                viewerProgress: progressOf(course),
              },
            })),
          },
        },
      });
    }),
    graphql.query(CoursesInProgress_CoursesDocument, ({ variables }) => {
      const started = state.courses.filter((course) => {
        const progress = progressOf(course);
        return (
          progress.completedAt === null &&
          course.lessons.some((l) => l.completedAt || l.videoPositionSeconds > 0)
        );
      });
      return HttpResponse.json({
        data: {
          coursesInProgress: started.slice(0, variables.first).map((course) => ({
            __typename: 'Course' as const,
            id: course.id,
            slug: course.slug,
            title: course.title,
            viewerProgress: progressOf(course),
          })),
        },
      });
    }),
    graphql.query(CoursePage_CourseDocument, ({ variables }) => {
      const course = state.courses.find((candidate) => candidate.slug === variables.slug);
      if (!course) {
        return HttpResponse.json({
          data: null,
          errors: [
            {
              message: 'Course was not found.',
              path: ['courseBySlug'],
              extensions: { code: 'NOT_FOUND' },
            },
          ],
        });
      }
      return HttpResponse.json({ data: { courseBySlug: coursePageFields(course, canManage) } });
    }),
    graphql.mutation(CoursePage_CompleteLessonDocument, ({ variables }) => {
      const found = findLesson(String(variables.lessonId))!;
      state.completed.push(found.lesson.id);
      found.lesson.completedAt ??= NOW;
      return HttpResponse.json({
        data: {
          completeLesson: {
            __typename: 'CompleteLessonPayload',
            error: null,
            lesson: {
              __typename: 'Lesson',
              id: found.lesson.id,
              viewerProgress: lessonProgressOf(found.lesson),
            },
            course: {
              __typename: 'Course',
              id: found.course.id,
              viewerProgress: progressOf(found.course),
            },
          },
        },
      });
    }),
    graphql.query(OrganizationTrainingPage_ProgressDocument, ({ variables }) => {
      const organization = {
        __typename: 'Organization' as const,
        id: String(variables.organizationId),
        name: 'Northwind Traders',
      };
      if (refuseProgress) {
        return HttpResponse.json({
          data: null,
          errors: [
            {
              message: 'You are not allowed to do that.',
              path: ['trainingProgress'],
              extensions: { code: 'FORBIDDEN' },
            },
          ],
        });
      }
      return HttpResponse.json({
        data: {
          organization,
          trainingProgress: {
            __typename: 'TrainingProgressConnection',
            totalCount: ORGANIZATION_PROGRESS.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: ORGANIZATION_PROGRESS.map((row, index) => ({
              __typename: 'TrainingProgressEdge' as const,
              cursor: `row-${index}`,
              node: {
                __typename: 'TrainingProgressEntry' as const,
                professional: {
                  __typename: 'Professional' as const,
                  id: `professional-${row.name}`,
                  displayName: row.name,
                  email: `${row.name}@example.test`,
                },
                courseId: row.courseId,
                courseTitle: row.courseTitle,
                progress: {
                  __typename: 'CourseProgress' as const,
                  completedLessons: row.completed,
                  totalLessons: row.total,
                  percent: progressPercent({
                    completedLessons: row.completed,
                    totalLessons: row.total,
                  }),
                  completedAt: row.completed === row.total ? '2030-03-03T10:00:00.000Z' : null,
                  lastActivityAt: '2030-03-03T10:00:00.000Z',
                },
              },
            })),
          },
        },
      });
    }),
    graphql.query(CourseEditor_PermissionDocument, () =>
      HttpResponse.json({ data: { viewerCanManageCourses: canManage } }),
    ),
    graphql.query(CourseEditor_CourseDocument, ({ variables }) => {
      const course = state.courses.find((candidate) => candidate.slug === variables.slug);
      if (!course)
        return HttpResponse.json({
          data: null,
          errors: [
            {
              message: 'Course was not found.',
              path: ['courseBySlug'],
              extensions: { code: 'NOT_FOUND' },
            },
          ],
        });
      return HttpResponse.json({ data: { courseBySlug: editorFields(course) } });
    }),
    graphql.mutation(CourseEditor_CreateDocument, ({ variables }) => {
      state.created.push(variables.input);
      const slug =
        variables.input.slug ||
        variables.input.title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '');
      const course: FakeCourse = {
        id: `course-${state.courses.length + 1}`,
        slug,
        title: variables.input.title.trim(),
        summary: variables.input.summary ?? '',
        product: variables.input.product ?? null,
        visibility: variables.input.visibility ?? 'ALL_CUSTOMERS',
        publishedAt: null,
        lessons: [],
      };
      state.courses.push(course);
      return HttpResponse.json({
        data: {
          createCourse: {
            __typename: 'CreateCoursePayload',
            error: null,
            course: { __typename: 'Course', id: course.id, slug },
          },
        },
      });
    }),
    graphql.mutation(CourseEditor_UpdateDocument, ({ variables }) => {
      const { input } = variables;
      state.updated.push(input);
      const course = state.courses.find((candidate) => candidate.id === input.id)!;
      Object.assign(course, {
        slug: input.slug || course.slug,
        title: input.title?.trim() ?? course.title,
        summary: input.summary ?? course.summary,
        product: input.product === undefined ? course.product : input.product || null,
        visibility: input.visibility ?? course.visibility,
      });
      const { id, slug, title, summary, product, visibility } = course;
      return HttpResponse.json({
        data: {
          updateCourse: {
            __typename: 'UpdateCoursePayload',
            error: null,
            course: { __typename: 'Course', id, slug, title, summary, product, visibility },
          },
        },
      });
    }),
    graphql.mutation(CourseEditor_AddLessonDocument, ({ variables }) => {
      state.addedLessons.push(variables.input);
      const course = state.courses.find((candidate) => candidate.id === variables.input.courseId)!;
      const upload = variables.input.videoFileId
        ? state.uploads[Number(variables.input.videoFileId.replace('file-', '')) - 1]
        : null;
      const added = lesson(`lesson-${course.lessons.length + 1}`, variables.input.title, {
        kind: variables.input.kind ?? 'TEXT',
        videoUrl: upload ? `/api/training/lessons/lesson-${course.lessons.length + 1}/video` : null,
        videoFileName: upload?.fileName ?? null,
      });
      course.lessons.push(added);
      return HttpResponse.json({
        data: {
          addLesson: {
            __typename: 'AddLessonPayload',
            error: null,
            lesson: { __typename: 'Lesson', id: added.id },
          },
        },
      });
    }),
    graphql.mutation(CourseEditor_PublishDocument, ({ variables }) => {
      const course = state.courses.find((candidate) => candidate.id === variables.id)!;
      state.published.push(course.id);
      course.publishedAt = NOW;
      return HttpResponse.json({
        data: {
          publishCourse: {
            __typename: 'PublishCoursePayload',
            error: null,
            course: { __typename: 'Course', id: course.id, publishedAt: NOW },
          },
        },
      });
    }),
    graphql.mutation(CourseEditor_RemoveLessonDocument, ({ variables }) => {
      const found = findLesson(String(variables.id))!;
      state.removedLessons.push(found.lesson.id);
      found.course.lessons = found.course.lessons.filter((item) => item.id !== found.lesson.id);
      return HttpResponse.json({
        data: {
          removeLesson: {
            __typename: 'RemoveLessonPayload',
            error: null,
            course: { __typename: 'Course', id: found.course.id },
          },
        },
      });
    }),
    http.post('*/api/files', async ({ request }) => {
      const bytes = await request.arrayBuffer();
      const fileName = decodeURIComponent(request.headers.get('x-file-name') ?? '');
      state.uploads.push({ fileName, size: bytes.byteLength });
      return HttpResponse.json(
        {
          file: {
            id: `file-${state.uploads.length}`,
            fileName,
            contentType: request.headers.get('content-type'),
            size: bytes.byteLength,
            sha256: '0'.repeat(64),
          },
        },
        { status: 201 },
      );
    }),
    graphql.mutation(CoursePage_SaveLessonPositionDocument, ({ variables }) => {
      const found = findLesson(String(variables.lessonId))!;
      state.positions.push({ lessonId: found.lesson.id, seconds: variables.seconds });
      found.lesson.videoPositionSeconds = variables.seconds;
      return HttpResponse.json({
        data: {
          saveLessonPosition: {
            __typename: 'SaveLessonPositionPayload',
            error: null,
            lesson: {
              __typename: 'Lesson',
              id: found.lesson.id,
              viewerProgress: lessonProgressOf(found.lesson),
            },
          },
        },
      });
    }),
  );
  return state;
}

function progressOf(course: FakeCourse) {
  const counts = {
    completedLessons: course.lessons.filter((l) => l.completedAt).length,
    totalLessons: course.lessons.length,
  };
  const completedAt = isCourseComplete(counts)
    ? course.lessons
        .map((l) => l.completedAt!)
        .sort()
        .at(-1)!
    : null;
  return {
    __typename: 'CourseProgress' as const,
    ...counts,
    percent: progressPercent(counts),
    completedAt,
  };
}

function lessonProgressOf(item: FakeLesson) {
  return {
    __typename: 'LessonProgress' as const,
    completedAt: item.completedAt,
    videoPositionSeconds: item.videoPositionSeconds,
  };
}

function coursePageFields(course: FakeCourse, canManage: boolean) {
  return {
    __typename: 'Course' as const,
    id: course.id,
    slug: course.slug,
    title: course.title,
    summary: course.summary,
    product: course.product,
    visibility: course.visibility,
    publishedAt: course.publishedAt,
    viewerCanEdit: canManage,
    viewerProgress: progressOf(course),
    lessons: course.lessons.map((item, index) => ({
      __typename: 'Lesson' as const,
      id: item.id,
      position: index + 1,
      title: item.title,
      kind: item.kind,
      bodyHtml: item.bodyHtml,
      durationSeconds: item.durationSeconds,
      video: item.videoUrl
        ? { __typename: 'LessonVideo' as const, url: item.videoUrl, contentType: 'video/mp4' }
        : null,
      viewerProgress: lessonProgressOf(item),
    })),
  };
}

function editorFields(course: FakeCourse) {
  return {
    __typename: 'Course' as const,
    id: course.id,
    slug: course.slug,
    title: course.title,
    summary: course.summary,
    product: course.product,
    visibility: course.visibility,
    publishedAt: course.publishedAt,
    lessons: course.lessons.map((item, index) => ({
      __typename: 'Lesson' as const,
      id: item.id,
      position: index + 1,
      title: item.title,
      kind: item.kind,
      bodyMarkdown: '',
      durationSeconds: item.durationSeconds,
      video: item.videoUrl
        ? {
            __typename: 'LessonVideo' as const,
            url: item.videoUrl,
            fileName: item.videoFileName ?? 'video.mp4',
          }
        : null,
    })),
  };
}
