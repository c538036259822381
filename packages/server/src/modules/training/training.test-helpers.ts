import type { TestApp } from '../../test/test-app';

const CREATE = `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { course { id slug } error { code message field } } }`;
const ADD_LESSON = `mutation ($input: AddLessonInput!) { addLesson(input: $input) { lesson { id position } error { code message field } } }`;
const PUBLISH = `mutation ($id: ID!) { publishCourse(id: $id) { course { id publishedAt } error { code } } }`;

export interface CourseSpec {
  title: string;
  summary?: string;
  slug?: string;
  product?: string | null;
  visibility?: 'ALL_CUSTOMERS' | 'ENTITLED_PRODUCT' | 'ACTIVE_SERVICE_PLAN' | 'VENDOR_ONLY';
  lessons?: Array<{
    title: string;
    kind?: 'TEXT' | 'VIDEO';
    bodyMarkdown?: string;
    videoFileId?: string;
    durationSeconds?: number;
  }>;
}

/** Creates a course with its lessons through the API as a vendor administrator, published unless told otherwise. */
export async function createCourse(
  app: TestApp,
  cookie: string,
  spec: CourseSpec,
  options: { publish?: boolean } = {},
): Promise<{ id: string; slug: string; lessonIds: string[] }> {
  const { lessons = [{ title: 'Only lesson' }], ...fields } = spec;
  const created = await app.graphql(CREATE, { input: fields }, cookie);
  const course = created.data?.createCourse?.course;
  if (!course)
    throw new Error(
      `createCourse failed: ${JSON.stringify(created.data?.createCourse?.error ?? created.errors)}`,
    );
  const lessonIds: string[] = [];
  for (const lesson of lessons) {
    const added = await app.graphql(
      ADD_LESSON,
      { input: { courseId: course.id, kind: 'TEXT', ...lesson } },
      cookie,
    );
    const id = added.data?.addLesson?.lesson?.id;
    if (!id)
      throw new Error(
        `addLesson failed: ${JSON.stringify(added.data?.addLesson?.error ?? added.errors)}`,
      );
    lessonIds.push(id);
  }
  if (options.publish !== false) {
    const published = await app.graphql(PUBLISH, { id: course.id }, cookie);
    if (published.data?.publishCourse?.error || published.errors)
      throw new Error(
        `publishCourse failed: ${JSON.stringify(published.data ?? published.errors)}`,
      );
  }
  return { ...course, lessonIds };
}
