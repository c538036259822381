import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Actor, ContentVisibility, LessonKind } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { DomainError, notFound } from '../../platform/graphql/domain-error';
import {
  blankToNull,
  ContentSlugs,
  requireContentEditor,
  writePublished,
} from '../content/content-editing';
import { StoredFileEntity } from '../files/stored-file.entity';
import { CourseEntity } from './course.entity';
import { LessonEntity } from './lesson.entity';
import type { CourseIndexer } from './course-indexer';

export interface CourseFields {
  slug?: string | null;
  title: string;
  summary?: string | null;
  product?: string | null;
  visibility?: ContentVisibility | null;
}

/** Only the fields given change; an empty string clears the product. */
export type CourseChanges = Partial<{ [K in keyof CourseFields]: CourseFields[K] | null }>;

export interface LessonFields {
  title: string;
  kind: LessonKind;
  bodyMarkdown?: string | null;
  videoFileId?: string | null;
  durationSeconds?: number | null;
}

/** Only the fields given change; an empty videoFileId takes the video away. */
export type LessonChanges = Partial<{ [K in keyof LessonFields]: LessonFields[K] | null }>;

const slugs = new ContentSlugs({
  entity: CourseEntity,
  table: 'course',
  noun: 'course',
  reserved: ['new'],
});

/** Video types a browser plays in a <video> element. */
const PLAYABLE_TYPES = new Set(['video/mp4', 'video/webm', 'video/ogg']);

/**
 * Writing courses and lessons, for the vendor's administrators. Each change rewrites the course's
 * search document in the same transaction. Lessons are numbered 1..n without gaps; every change
 * to a course's lessons first writes the course's row, so two editors of one course queue up.
 */
export class CourseEditor {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly indexer: CourseIndexer,
  ) {}

  async create(actor: Actor | null, fields: CourseFields): Promise<CourseEntity> {
    const editor = requireContentEditor(actor);
    const now = this.clock.now();
    const course: CourseEntity = Object.assign(new CourseEntity(), {
      id: randomUUID(),
      slug: '',
      title: fields.title.trim(),
      summary: (fields.summary ?? '').trim(),
      product: blankToNull(fields.product),
      visibility: fields.visibility ?? 'ALL_CUSTOMERS',
      publishedAt: null,
      createdAt: now,
      updatedAt: now,
      createdByProfessionalId: editor.professionalId,
      updatedByProfessionalId: editor.professionalId,
    });
    assertVisibilityHasProduct(course);
    return slugs.writeNew(this.db, fields.slug, async (manager) => {
      course.slug = fields.slug
        ? await slugs.claim(manager, fields.slug, null)
        : await slugs.freeFor(manager, course.title);
      await manager.insert(CourseEntity, course);
      await this.indexer.index(manager, course);
      return course;
    });
  }

  async update(
    actor: Actor | null,
    courseId: string,
    changes: CourseChanges,
  ): Promise<CourseEntity> {
    const editor = requireContentEditor(actor);
    return this.write(async (manager) => {
      const course = await this.lockCourse(manager, courseId, editor);
      if (changes.title != null) course.title = changes.title.trim();
      if (changes.summary != null) course.summary = changes.summary.trim();
      if (changes.product != null) course.product = blankToNull(changes.product);
      if (changes.visibility != null) course.visibility = changes.visibility;
      if (changes.slug != null && changes.slug.trim().toLowerCase() !== course.slug) {
        course.slug = await slugs.claim(manager, changes.slug, course.id);
      }
      assertVisibilityHasProduct(course);
      await manager.save(CourseEntity, course);
      await this.indexer.index(manager, course);
      return course;
    });
  }

  publish(actor: Actor | null, courseId: string): Promise<CourseEntity> {
    return this.setPublished(actor, courseId, true);
  }

  unpublish(actor: Actor | null, courseId: string): Promise<CourseEntity> {
    return this.setPublished(actor, courseId, false);
  }

  /** Adds a lesson at the end of the course (or at `position`, moving the later ones down). */
  async addLesson(
    actor: Actor | null,
    courseId: string,
    fields: LessonFields,
    position?: number | null,
  ): Promise<LessonEntity> {
    const editor = requireContentEditor(actor);
    return this.write(async (manager) => {
      const course = await this.lockCourse(manager, courseId, editor);
      const lessons = await lessonsOf(manager, course.id);
      const now = this.clock.now();
      const lesson: LessonEntity = Object.assign(new LessonEntity(), {
        id: randomUUID(),
        courseId: course.id,
        position: lessons.length + 1,
        title: fields.title.trim(),
        kind: fields.kind,
        bodyMarkdown: fields.bodyMarkdown ?? '',
        videoFileId: blankToNull(fields.videoFileId),
        durationSeconds: fields.durationSeconds ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await assertVideoFits(manager, lesson);
      await manager.insert(LessonEntity, lesson);
      if (position != null) await renumber(manager, insertAt([...lessons], lesson, position));
      await this.indexer.index(manager, course);
      return (await manager.findOneBy(LessonEntity, { id: lesson.id }))!;
    });
  }

  async updateLesson(
    actor: Actor | null,
    lessonId: string,
    changes: LessonChanges,
  ): Promise<LessonEntity> {
    const editor = requireContentEditor(actor);
    return this.write(async (manager) => {
      const { lesson, course } = await this.lockLesson(manager, lessonId, editor);
      if (changes.title != null) lesson.title = changes.title.trim();
      if (changes.kind != null) lesson.kind = changes.kind;
      if (changes.bodyMarkdown != null) lesson.bodyMarkdown = changes.bodyMarkdown;
      if (changes.videoFileId != null) lesson.videoFileId = blankToNull(changes.videoFileId);
      if (changes.durationSeconds !== undefined) lesson.durationSeconds = changes.durationSeconds;
      lesson.updatedAt = this.clock.now();
      await assertVideoFits(manager, lesson);
      await manager.save(LessonEntity, lesson);
      await this.indexer.index(manager, course);
      return lesson;
    });
  }

  /** Moves a lesson to `position` (1 = first; past the end = last). Returns the course. */
  async moveLesson(actor: Actor | null, lessonId: string, position: number): Promise<CourseEntity> {
    const editor = requireContentEditor(actor);
    return this.write(async (manager) => {
      const { lesson, course } = await this.lockLesson(manager, lessonId, editor);
      const others = (await lessonsOf(manager, course.id)).filter((l) => l.id !== lesson.id);
      await renumber(manager, insertAt(others, lesson, position));
      await this.indexer.index(manager, course);
      return course;
    });
  }

  /** Removes a lesson and everyone's progress on it; the later lessons move up. Returns the course. */
  async removeLesson(actor: Actor | null, lessonId: string): Promise<CourseEntity> {
    const editor = requireContentEditor(actor);
    return this.write(async (manager) => {
      const { lesson, course } = await this.lockLesson(manager, lessonId, editor);
      await manager.delete(LessonEntity, { id: lesson.id });
      await renumber(manager, await lessonsOf(manager, course.id));
      await this.indexer.index(manager, course);
      return course;
    });
  }

  private async setPublished(
    actor: Actor | null,
    courseId: string,
    published: boolean,
  ): Promise<CourseEntity> {
    const editor = requireContentEditor(actor);
    return this.write(async (manager) => {
      const course = await this.lockCourse(manager, courseId, editor, false);
      if (await writePublished(manager, CourseEntity, course, published, this.clock))
        await this.indexer.index(manager, course);
      return course;
    });
  }

  /**
   * Loads the course after writing its row (a row lock on PostgreSQL; SQLite's write lock is
   * already held), so concurrent edits of one course's lessons take turns.
   */
  private async lockCourse(
    manager: EntityManager,
    courseId: string,
    editor: Actor,
    touch = true,
  ): Promise<CourseEntity> {
    const changes = touch
      ? { updatedAt: this.clock.now(), updatedByProfessionalId: editor.professionalId }
      : { updatedAt: () => 'updated_at' };
    await manager.update(CourseEntity, { id: courseId }, changes);
    const course = await manager.findOneBy(CourseEntity, { id: courseId });
    if (!course) throw notFound('Course');
    return course;
  }

  private async lockLesson(
    manager: EntityManager,
    lessonId: string,
    editor: Actor,
  ): Promise<{ lesson: LessonEntity; course: CourseEntity }> {
    const found = await manager.findOne(LessonEntity, {
      where: { id: lessonId },
      select: { id: true, courseId: true },
    });
    if (!found) throw notFound('Lesson');
    const course = await this.lockCourse(manager, found.courseId, editor);
    const lesson = await manager.findOneBy(LessonEntity, { id: lessonId });
    if (!lesson) throw notFound('Lesson');
    return { lesson, course };
  }

  /** lockCourse orders the writers of one course. */
  private write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return slugs.write(this.db, work);
  }
}

function lessonsOf(manager: EntityManager, courseId: string): Promise<LessonEntity[]> {
  return manager.find(LessonEntity, { where: { courseId }, order: { position: 'ASC', id: 'ASC' } });
}

function insertAt(lessons: LessonEntity[], lesson: LessonEntity, position: number): LessonEntity[] {
  const index = Math.min(Math.max(Math.trunc(position), 1), lessons.length + 1) - 1;
  const ordered = lessons.filter((l) => l.id !== lesson.id);
  ordered.splice(index, 0, lesson);
  return ordered;
}

async function renumber(manager: EntityManager, ordered: LessonEntity[]): Promise<void> {
  for (const [index, lesson] of ordered.entries()) {
    if (lesson.position !== index + 1)
      await manager.update(LessonEntity, { id: lesson.id }, { position: index + 1 });
    lesson.position = index + 1;
  }
}

/** A video lesson may wait for its file, but the file it names must exist and be a video a browser plays. */
async function assertVideoFits(manager: EntityManager, lesson: LessonEntity): Promise<void> {
  if (lesson.kind === 'TEXT') {
    lesson.videoFileId = null;
    return;
  }
  if (lesson.videoFileId === null) return;
  const file = await manager.findOneBy(StoredFileEntity, { id: lesson.videoFileId });
  if (!file) {
    throw new DomainError('NOT_FOUND', 'The video file was not found.', {
      field: 'videoFileId',
      hint: 'Upload the video first (POST /api/files) and use the id it answers with.',
    });
  }
  if (!PLAYABLE_TYPES.has(file.contentType)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `“${file.fileName}” is not a video browsers play (${file.contentType}).`,
      {
        field: 'videoFileId',
        hint: 'Upload an MP4 (H.264), WebM or Ogg video.',
      },
    );
  }
}

function assertVisibilityHasProduct(course: CourseEntity): void {
  if (course.visibility === 'ENTITLED_PRODUCT' && !course.product) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Name the product whose licence holders may take this course.',
      { field: 'product', hint: 'Or choose another visibility.' },
    );
  }
}
