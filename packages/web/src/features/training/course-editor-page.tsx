import { useMutation, useQuery } from '@apollo/client/react';
import {
  CONTENT_VISIBILITY_LABELS,
  ITEM_VISIBILITIES,
  type ContentVisibility,
  type ErrorCode,
} from '@foyer/shared';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { findGraphQLError } from '../../app/graphql-errors';
import { coursePath, editCoursePath, TRAINING_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import type { CourseEditor_CourseQuery, LessonKind } from '../../gql/graphql';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { LoadFailed } from '../../ui/error-state';
import { FormField, type FieldProblem } from '../../ui/form-field';
import { LoadingState } from '../../ui/loading-state';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { notify } from '../../ui/toast';
import { EditorNotice } from '../content/editor-parts';
import { sameFields } from '../content/same-fields';
import { uploadFileChecked, UploadError } from '../content/upload-file';
import { useUnsavedChangesWarning } from '../content/use-unsaved-changes-warning';
import './training.css';

const CourseEditorPermissionQuery = graphql(`
  query CourseEditor_permission {
    viewerCanManageCourses
  }
`);

const CourseEditorCourseQuery = graphql(`
  query CourseEditor_course($slug: String!) {
    courseBySlug(slug: $slug) {
      id
      slug
      title
      summary
      product
      visibility
      publishedAt
      lessons {
        id
        position
        title
        kind
        bodyMarkdown
        durationSeconds
        video {
          url
          fileName
        }
      }
    }
  }
`);

const CreateCourseMutation = graphql(`
  mutation CourseEditor_create($input: CreateCourseInput!) {
    createCourse(input: $input) {
      course {
        id
        slug
      }
      error {
        code
        message
        hint
        field
      }
    }
  }
`);

const UpdateCourseMutation = graphql(`
  mutation CourseEditor_update($input: UpdateCourseInput!) {
    updateCourse(input: $input) {
      course {
        id
        slug
        title
        summary
        product
        visibility
      }
      error {
        code
        message
        hint
        field
      }
    }
  }
`);

const PublishCourseMutation = graphql(`
  mutation CourseEditor_publish($id: ID!) {
    publishCourse(id: $id) {
      course {
        id
        publishedAt
      }
      error {
        message
        hint
      }
    }
  }
`);

const UnpublishCourseMutation = graphql(`
  mutation CourseEditor_unpublish($id: ID!) {
    unpublishCourse(id: $id) {
      course {
        id
        publishedAt
      }
      error {
        message
        hint
      }
    }
  }
`);

const AddLessonMutation = graphql(`
  mutation CourseEditor_addLesson($input: AddLessonInput!) {
    addLesson(input: $input) {
      lesson {
        id
      }
      error {
        code
        message
        hint
        field
      }
    }
  }
`);

const UpdateLessonMutation = graphql(`
  mutation CourseEditor_updateLesson($input: UpdateLessonInput!) {
    updateLesson(input: $input) {
      lesson {
        id
      }
      error {
        code
        message
        hint
        field
      }
    }
  }
`);

const MoveLessonMutation = graphql(`
  mutation CourseEditor_moveLesson($id: ID!, $position: Int!) {
    moveLesson(id: $id, position: $position) {
      course {
        id
      }
      error {
        message
        hint
      }
    }
  }
`);

const RemoveLessonMutation = graphql(`
  mutation CourseEditor_removeLesson($id: ID!) {
    removeLesson(id: $id) {
      course {
        id
      }
      error {
        message
        hint
      }
    }
  }
`);

type EditedCourse = CourseEditor_CourseQuery['courseBySlug'];
type EditedLesson = EditedCourse['lessons'][number];
interface PayloadError {
  code?: ErrorCode;
  message: string;
  hint?: string | null;
  field?: string | null;
}

const VISIBILITY_OPTIONS = ITEM_VISIBILITIES.map((value) => ({
  value,
  label: CONTENT_VISIBILITY_LABELS[value],
}));
const KIND_OPTIONS: { value: LessonKind; label: string }[] = [
  { value: 'TEXT' as LessonKind, label: 'Text' },
  { value: 'VIDEO' as LessonKind, label: 'Video' },
];

/** Vendor staff write a course (/training/new) and edit it and its lessons (/training/:slug/edit). */
export function CourseEditorPage() {
  const { slug } = useParams();
  const permission = useQuery(CourseEditorPermissionQuery);
  const course = useQuery(CourseEditorCourseQuery, {
    variables: { slug: slug ?? '' },
    skip: !slug,
    fetchPolicy: 'cache-and-network',
  });

  if (permission.loading || (slug && course.loading && !course.data))
    return <LoadingState label="Loading the editor…" />;
  if (!permission.data?.viewerCanManageCourses) {
    return (
      <EditorNotice
        className="course-editor"
        title="Course editor"
        message="Only the vendor’s administrators write courses."
        hint={
          <>
            The published courses are in <Link to={TRAINING_PATH}>Training</Link>.
          </>
        }
      />
    );
  }
  if (slug && !course.data) {
    if (findGraphQLError(course.error, 'NOT_FOUND')) {
      return (
        <div className="course-editor">
          <h1>Course not found</h1>
          <p className="notice" role="alert">
            There is no course at this address. <Link to={TRAINING_PATH}>Back to the courses</Link>
          </p>
        </div>
      );
    }
    return <LoadFailed what="The course" onRetry={course.refetch} />;
  }
  const existing = course.data?.courseBySlug ?? null;
  return (
    <div className="course-editor">
      <title>{`${existing ? `Edit “${existing.title}”` : 'New course'} · Training · Foyer`}</title>
      <p className="article-page__back">
        <Link to={existing ? coursePath(existing.slug) : TRAINING_PATH}>
          {existing ? existing.title : 'Training'}
        </Link>
      </p>
      <h1>{existing ? 'Edit course' : 'New course'}</h1>
      <CourseForm key={existing?.id ?? 'new'} course={existing} />
      {existing ? (
        <>
          <PublishControls course={existing} />
          <LessonsEditor
            course={existing}
            onChanged={() => void course.refetch().catch(() => undefined)}
          />
        </>
      ) : (
        <p className="muted">Save the course first; then add its lessons and publish it.</p>
      )}
    </div>
  );
}

function CourseForm({ course }: { course: EditedCourse | null }) {
  const navigate = useNavigate();
  const [create, created] = useMutation(CreateCourseMutation);
  const [update, updated] = useMutation(UpdateCourseMutation);
  const [draft, setDraft] = useState({
    title: course?.title ?? '',
    summary: course?.summary ?? '',
    product: course?.product ?? '',
    visibility: (course?.visibility ?? 'ALL_CUSTOMERS') as ContentVisibility,
    slug: course?.slug ?? '',
  });
  // The draft as last saved: while the form differs from it, leaving asks first.
  const [saved, setSaved] = useState(draft);
  const [problem, setProblem] = useState<PayloadError | null>(null);
  const saving = created.loading || updated.loading;
  const unsaved = useUnsavedChangesWarning(!sameFields(draft, saved));
  const fieldProblem = (field: string): FieldProblem | null =>
    problem?.field === field ? problem : null;

  async function save(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!draft.title.trim()) {
      setProblem({ message: 'Enter a title.', field: 'title' });
      return;
    }
    try {
      if (course) {
        const result = await update({
          variables: { input: { id: course.id, ...draft, slug: draft.slug || null } },
        });
        const payload = result.data?.updateCourse;
        if (payload?.error) return setProblem(payload.error);
        unsaved.markSaved();
        setSaved(draft);
        notify({ title: 'Course saved' });
        if (payload?.course && payload.course.slug !== course.slug)
          navigate(editCoursePath(payload.course.slug), { replace: true });
      } else {
        const result = await create({
          variables: {
            input: { ...draft, product: draft.product || null, slug: draft.slug || null },
          },
        });
        const payload = result.data?.createCourse;
        if (payload?.error) return setProblem(payload.error);
        unsaved.markSaved();
        setSaved(draft);
        notify({ title: 'Course created', description: 'Add its lessons, then publish it.' });
        if (payload?.course) navigate(editCoursePath(payload.course.slug), { replace: true });
      }
    } catch {
      setProblem({
        message: 'Foyer could not save the course.',
        hint: 'Check your connection, then try again.',
      });
    }
  }

  return (
    <form
      className="course-editor__form"
      onSubmit={(event) => void save(event)}
      aria-label="Course"
      noValidate
    >
      <TextField
        label="Title"
        value={draft.title}
        onChange={(title) => setDraft({ ...draft, title })}
        problem={fieldProblem('title')}
        isRequired
      />
      <FormField
        label="Summary"
        labelNote="optional"
        description="One or two sentences, shown on the course card."
        problem={fieldProblem('summary')}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={draft.summary}
            onChange={(event) => setDraft({ ...draft, summary: event.target.value })}
          />
        )}
      </FormField>
      <div className="course-editor__row">
        <TextField
          label="Product"
          labelNote="optional"
          description="A product code, e.g. ledger."
          value={draft.product}
          onChange={(product) => setDraft({ ...draft, product })}
          problem={fieldProblem('product')}
        />
        <SelectField<ContentVisibility>
          label="Visible to"
          value={draft.visibility}
          options={VISIBILITY_OPTIONS}
          onChange={(visibility) => setDraft({ ...draft, visibility })}
        />
      </div>
      <TextField
        label="Address"
        labelNote="optional"
        description={
          course
            ? 'Changing it breaks links to the old address.'
            : 'Leave it empty to make it from the title.'
        }
        value={draft.slug}
        onChange={(slug) => setDraft({ ...draft, slug })}
        problem={fieldProblem('slug')}
      />
      {problem && !problem.field ? <ProblemNotice problem={problem} /> : null}
      <div>
        <Button type="submit" variant="primary" isPending={saving}>
          {saving ? 'Saving…' : course ? 'Save course' : 'Create course'}
        </Button>
      </div>
    </form>
  );
}

function PublishControls({ course }: { course: EditedCourse }) {
  const [publish, published] = useMutation(PublishCourseMutation);
  const [unpublish, unpublished] = useMutation(UnpublishCourseMutation);
  const pending = published.loading || unpublished.loading;
  const isPublished = Boolean(course.publishedAt);

  async function toggle() {
    const result = isPublished
      ? await unpublish({ variables: { id: course.id } })
      : await publish({ variables: { id: course.id } });
    const error =
      result.data &&
      ('publishCourse' in result.data
        ? result.data.publishCourse.error
        : result.data.unpublishCourse.error);
    notify(
      error
        ? { title: error.message, description: error.hint ?? undefined, tone: 'error' }
        : { title: isPublished ? 'Back to a draft' : 'Course published' },
    );
  }

  return (
    <section className="course-editor__publish" aria-label="Publishing">
      <p>
        {isPublished
          ? 'Published: learners the visibility allows can take it.'
          : 'Draft: only vendor staff can see it.'}
      </p>
      <Button
        variant={isPublished ? 'secondary' : 'primary'}
        isPending={pending}
        onPress={() => void toggle().catch(() => undefined)}
      >
        {isPublished ? 'Unpublish' : 'Publish'}
      </Button>
    </section>
  );
}

function LessonsEditor({ course, onChanged }: { course: EditedCourse; onChanged: () => void }) {
  const [move] = useMutation(MoveLessonMutation);
  const [remove] = useMutation(RemoveLessonMutation);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<EditedLesson | null>(null);
  const count = course.lessons.length;

  async function moveAndSay(
    work: Promise<{ data?: { moveLesson: { error: PayloadError | null } } | null }>,
    done: string,
  ) {
    try {
      const error = (await work).data?.moveLesson.error;
      if (error)
        notify({ title: error.message, description: error.hint ?? undefined, tone: 'error' });
      else notify({ title: done });
      onChanged();
    } catch {
      notify({
        title: 'That did not work',
        description: 'Check your connection, then try again.',
        tone: 'error',
      });
    }
  }

  return (
    <section className="course-editor__lessons" aria-labelledby="lessons-heading">
      <h2 id="lessons-heading">Lessons</h2>
      {count === 0 ? <p className="muted">No lessons yet.</p> : null}
      <ol className="lesson-editor-list">
        {course.lessons.map((lesson) => (
          <li key={lesson.id} className="lesson-editor-list__item">
            <div className="lesson-editor-list__row">
              <span className="lesson-editor-list__title">
                {lesson.position}. {lesson.title}
                <span className="muted">
                  {' '}
                  ·{' '}
                  {lesson.kind === 'VIDEO'
                    ? lesson.video
                      ? `Video: ${lesson.video.fileName}`
                      : 'Video, no file yet'
                    : 'Text'}
                </span>
              </span>
              <span className="lesson-editor-list__actions">
                <Button
                  size="small"
                  variant="quiet"
                  isDisabled={lesson.position === 1}
                  onPress={() =>
                    void moveAndSay(
                      move({ variables: { id: lesson.id, position: lesson.position - 1 } }),
                      'Lesson moved up',
                    )
                  }
                >
                  Move up<span className="visually-hidden">: {lesson.title}</span>
                </Button>
                <Button
                  size="small"
                  variant="quiet"
                  isDisabled={lesson.position === count}
                  onPress={() =>
                    void moveAndSay(
                      move({ variables: { id: lesson.id, position: lesson.position + 1 } }),
                      'Lesson moved down',
                    )
                  }
                >
                  Move down<span className="visually-hidden">: {lesson.title}</span>
                </Button>
                <Button
                  size="small"
                  onPress={() => setEditing(editing === lesson.id ? null : lesson.id)}
                  aria-expanded={editing === lesson.id}
                >
                  Edit<span className="visually-hidden">: {lesson.title}</span>
                </Button>
                <Button size="small" variant="danger" onPress={() => setRemoving(lesson)}>
                  Remove<span className="visually-hidden">: {lesson.title}</span>
                </Button>
              </span>
            </div>
            {editing === lesson.id ? (
              <LessonForm
                courseId={course.id}
                lesson={lesson}
                onSaved={() => {
                  setEditing(null);
                  onChanged();
                }}
              />
            ) : null}
          </li>
        ))}
      </ol>
      <ConfirmDialog
        isOpen={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null);
        }}
        title="Remove this lesson?"
        variant="danger"
        onConfirm={async () => {
          const result = await remove({ variables: { id: removing!.id } });
          const error = result.data?.removeLesson.error;
          if (error) return error;
          notify({ title: 'Lesson removed' });
          onChanged();
          return null;
        }}
      >
        <p>
          “{removing?.title}” and everyone’s progress on it will be gone. Those who had done every
          other lesson will have completed the course.
        </p>
      </ConfirmDialog>
      <h3>Add a lesson</h3>
      <LessonForm key={count} courseId={course.id} lesson={null} onSaved={onChanged} />
    </section>
  );
}

function LessonForm({
  courseId,
  lesson,
  onSaved,
}: {
  courseId: string;
  lesson: EditedLesson | null;
  onSaved: () => void;
}) {
  const [add, added] = useMutation(AddLessonMutation);
  const [update, updated] = useMutation(UpdateLessonMutation);
  const [draft, setDraft] = useState({
    title: lesson?.title ?? '',
    kind: (lesson?.kind ?? 'TEXT') as LessonKind,
    bodyMarkdown: lesson?.bodyMarkdown ?? '',
    durationSeconds: lesson?.durationSeconds ? String(lesson.durationSeconds) : '',
  });
  const [video, setVideo] = useState<{ id: string; fileName: string } | null>(null);
  // The lesson as last saved, its new video included: while the form differs from it, leaving asks first.
  const [saved, setSaved] = useState({ draft, video });
  const [uploading, setUploading] = useState<number | null>(null);
  const [problem, setProblem] = useState<PayloadError | null>(null);
  const fileInputId = useId();
  const saving = added.loading || updated.loading;
  useUnsavedChangesWarning(!sameFields(draft, saved.draft) || video !== saved.video);

  async function chooseFile(file: File | undefined) {
    if (!file) return;
    setProblem(null);
    setUploading(0);
    try {
      const uploaded = await uploadFileChecked(file, setUploading);
      setVideo({ id: uploaded.id, fileName: uploaded.fileName });
    } catch (error) {
      setProblem(
        error instanceof UploadError
          ? { message: error.message, hint: error.hint }
          : { message: 'The upload failed.' },
      );
    } finally {
      setUploading(null);
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!draft.title.trim()) return setProblem({ message: 'Enter a title.', field: 'title' });
    const durationSeconds = draft.durationSeconds ? Number(draft.durationSeconds) : null;
    const fields = {
      title: draft.title,
      kind: draft.kind,
      bodyMarkdown: draft.bodyMarkdown,
      durationSeconds,
      ...(video ? { videoFileId: video.id } : {}),
    };
    try {
      const result = lesson
        ? (await update({ variables: { input: { id: lesson.id, ...fields } } })).data?.updateLesson
        : (await add({ variables: { input: { courseId, ...fields } } })).data?.addLesson;
      if (result?.error) return setProblem(result.error);
      setSaved({ draft, video });
      notify({ title: lesson ? 'Lesson saved' : 'Lesson added' });
      onSaved();
    } catch {
      setProblem({
        message: 'Foyer could not save the lesson.',
        hint: 'Check your connection, then try again.',
      });
    }
  }

  const label = lesson ? `Lesson ${lesson.position}` : 'New lesson';
  return (
    <form
      className="lesson-form"
      aria-label={label}
      onSubmit={(event) => void save(event)}
      noValidate
    >
      <div className="course-editor__row">
        <TextField
          label="Lesson title"
          value={draft.title}
          onChange={(title) => setDraft({ ...draft, title })}
          problem={problem?.field === 'title' ? problem : null}
        />
        <SelectField<LessonKind>
          label="Kind"
          value={draft.kind}
          options={KIND_OPTIONS}
          onChange={(kind) => setDraft({ ...draft, kind })}
        />
      </div>
      {draft.kind === 'VIDEO' ? (
        <div className="course-editor__row">
          <div className="form__field">
            <label htmlFor={fileInputId}>Video file</label>
            <p className="form__field-description">
              {video
                ? `Uploaded: ${video.fileName}`
                : lesson?.video
                  ? `Now: ${lesson.video.fileName}`
                  : 'MP4 (H.264), WebM or Ogg.'}
            </p>
            <input
              id={fileInputId}
              type="file"
              accept="video/mp4,video/webm,video/ogg"
              onChange={(event) => void chooseFile(event.target.files?.[0])}
            />
            {uploading !== null ? (
              <progress
                max={1}
                value={uploading}
                aria-label={`Uploading: ${Math.round(uploading * 100)}%`}
              />
            ) : null}
          </div>
          <TextField
            label="Length in seconds"
            labelNote="optional"
            inputMode="numeric"
            value={draft.durationSeconds}
            onChange={(durationSeconds) =>
              setDraft({ ...draft, durationSeconds: durationSeconds.replace(/\D/g, '') })
            }
          />
        </div>
      ) : null}
      <FormField
        label={draft.kind === 'VIDEO' ? 'Notes' : 'Text'}
        description="Markdown: # headings, **bold**, - lists, [links](https://…)."
      >
        {(control) => (
          <textarea
            {...control}
            rows={8}
            value={draft.bodyMarkdown}
            onChange={(event) => setDraft({ ...draft, bodyMarkdown: event.target.value })}
          />
        )}
      </FormField>
      {problem && problem.field !== 'title' ? <ProblemNotice problem={problem} /> : null}
      <div>
        <Button type="submit" variant="primary" isPending={saving || uploading !== null}>
          {saving ? 'Saving…' : lesson ? 'Save lesson' : 'Add lesson'}
        </Button>
      </div>
    </form>
  );
}

/** A refusal that belongs to no field shown, under the form. */
function ProblemNotice({ problem }: { problem: PayloadError }) {
  return (
    <div className="notice notice--warning" role="alert">
      <p className="notice__message">{problem.message}</p>
      {problem.hint ? <p className="notice__hint">{problem.hint}</p> : null}
    </div>
  );
}
