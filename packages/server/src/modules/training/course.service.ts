import { In } from 'typeorm';
import { canRead, type Actor, type ReaderEntitlements } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { EntitlementService } from '../licensing/entitlement.service';
import { DomainError, notFound } from '../../platform/graphql/domain-error';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../../platform/graphql/connection';
import { readableCondition } from '../../platform/db/search/readable-filter';
import { runSql } from '../../platform/db/search/sql';
import { valuesInUse } from '../../platform/db/values-in-use';
import { requireActor } from '../organization/organization-access';
import { CourseEntity } from './course.entity';
import { LessonEntity } from './lesson.entity';

export interface CourseListArgs {
  first?: number | null;
  after?: string | null;
  product?: string | null;
  /** True: published only; false: drafts only (vendor staff); null: both as far as the reader may see. */
  published?: boolean | null;
}

/** The columns of `course c` the reading rule looks at. */
export const COURSE_READABLE_COLUMNS = {
  visibility: 'c.visibility',
  product: 'c.product',
  published: 'c.published_at IS NOT NULL',
};

/**
 * Reading courses and their lessons. A lesson is readable exactly when its course is. A course
 * the reader may not open is NOT_FOUND, exactly like one that does not exist, and lists apply
 * the same rule inside their SQL.
 */
export class CourseService {
  constructor(
    private readonly db: Database,
    private readonly entitlements: EntitlementService,
  ) {}

  async get(actor: Actor | null, courseId: string): Promise<CourseEntity> {
    const reader = await this.readerOf(actor);
    const course = await this.db.manager.findOneBy(CourseEntity, { id: courseId });
    if (!course || !isCourseReadable(reader, course)) throw notFound('Course');
    return course;
  }

  async getBySlug(actor: Actor | null, slug: string): Promise<CourseEntity> {
    const reader = await this.readerOf(actor);
    const course = await this.db.manager.findOneBy(CourseEntity, {
      slug: slug.trim().toLowerCase(),
    });
    if (!course || !isCourseReadable(reader, course)) throw notFound('Course');
    return course;
  }

  /** A lesson and its course, when the reader may open the course; NOT_FOUND otherwise. */
  async getLesson(
    actor: Actor | null,
    lessonId: string,
  ): Promise<{ lesson: LessonEntity; course: CourseEntity }> {
    const reader = await this.readerOf(actor, 'Lesson');
    const lesson = await this.db.manager.findOneBy(LessonEntity, { id: lessonId });
    const course = lesson
      ? await this.db.manager.findOneBy(CourseEntity, { id: lesson.courseId })
      : null;
    if (!lesson || !course || !isCourseReadable(reader, course)) throw notFound('Lesson');
    return { lesson, course };
  }

  /** Whether the reader may open it; for search hits and other fields that show a course only when they may. */
  async canRead(actor: Actor | null, course: CourseEntity): Promise<boolean> {
    const reader = actor ? await this.entitlements.of(actor) : null;
    return isCourseReadable(reader, course);
  }

  /** Most recently updated first, keyset-paginated on (updated_at, id). */
  async list(actor: Actor | null, args: CourseListArgs): Promise<Page<CourseEntity>> {
    const reader = await this.readerOf(actor);
    const size = pageSize(args.first);
    const filtered = () => {
      const readable = readableCondition(reader, COURSE_READABLE_COLUMNS);
      const query = this.db.manager
        .createQueryBuilder(CourseEntity, 'c')
        .where(readable.sql, readable.parameters);
      // Product codes are lower case (PRODUCT_CODE_PATTERN): "Atlas" means atlas.
      if (args.product)
        query.andWhere('c.product = :product', { product: args.product.trim().toLowerCase() });
      if (args.published === true) query.andWhere('c.published_at IS NOT NULL');
      if (args.published === false) query.andWhere('c.published_at IS NULL');
      return query;
    };
    const pageQuery = filtered()
      .orderBy('c.updated_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(size + 1);
    if (args.after) {
      const [time, id] = decodeCursor(args.after, 2) as [string, string];
      const updatedAt = new Date(time);
      if (Number.isNaN(updatedAt.getTime()))
        throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', { field: 'after' });
      pageQuery.andWhere(
        '(c.updated_at < :cursorTime OR (c.updated_at = :cursorTime AND c.id < :cursorId))',
        { cursorTime: updatedAt, cursorId: id },
      );
    }
    const [rows, totalCount] = await Promise.all([pageQuery.getMany(), filtered().getCount()]);
    const nodes = rows.slice(0, size);
    return {
      nodes,
      cursors: nodes.map((c) => encodeCursor([c.updatedAt.toISOString(), c.id])),
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(args.after),
      totalCount,
    };
  }

  /** The products of the courses the reader may open, for the training page's filter. */
  async products(actor: Actor | null): Promise<string[]> {
    const reader = await this.readerOf(actor);
    return valuesInUse(this.db.manager, {
      table: 'course',
      alias: 'c',
      column: 'product',
      where: readableCondition(reader, COURSE_READABLE_COLUMNS),
    });
  }

  /**
   * The courses the signed-in professional has started (a lesson completed or a video watched)
   * and not finished, that they may still open; most recently touched first.
   */
  async inProgress(actor: Actor | null, first: number): Promise<CourseEntity[]> {
    const signedIn = requireActor(actor);
    const reader = await this.readerOf(signedIn);
    const limit = Math.min(Math.max(first, 1), 20);
    const readable = readableCondition(reader, COURSE_READABLE_COLUMNS);
    const rows = await runSql<{ id: string }>(
      this.db.manager,
      `SELECT c.id AS id, max(p.updated_at) AS last_activity
         FROM course c
         JOIN lesson l ON l.course_id = c.id
         JOIN lesson_progress p ON p.lesson_id = l.id AND p.professional_id = :professionalId
        WHERE ${readable.sql}
        GROUP BY c.id
       HAVING count(p.completed_at) < (SELECT count(*) FROM lesson all_lessons WHERE all_lessons.course_id = c.id)
        ORDER BY last_activity DESC, c.id
        LIMIT :limit`,
      { ...readable.parameters, professionalId: signedIn.professionalId, limit },
    );
    if (rows.length === 0) return [];
    const courses = await this.db.manager.findBy(CourseEntity, { id: In(rows.map((r) => r.id)) });
    const byId = new Map(courses.map((c) => [c.id, c]));
    return rows.flatMap((r) => byId.get(r.id) ?? []);
  }

  private readerOf(actor: Actor | null, what = 'Course'): Promise<ReaderEntitlements> {
    return this.entitlements.ofReader(actor, what);
  }
}

export function isCourseReadable(
  reader: ReaderEntitlements | null,
  course: Pick<CourseEntity, 'visibility' | 'product' | 'publishedAt'>,
): boolean {
  return canRead(reader, {
    visibility: course.visibility,
    product: course.product,
    published: course.publishedAt !== null,
  });
}
