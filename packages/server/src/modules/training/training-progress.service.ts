import type { Actor } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../../platform/graphql/connection';
import { runSql } from '../../platform/db/search/sql';
import { findOrganizationFor, requireActor } from '../organization/organization-access';
import { rawCount, rawDate } from './training-sql';
import { readableCondition } from '../../platform/db/search/readable-filter';
import { notFound } from '../../platform/graphql/domain-error';
import type { EntitlementService } from '../licensing/entitlement.service';
import { COURSE_READABLE_COLUMNS } from './course.service';

/** One professional's progress through one course they have started. */
export interface TrainingProgressEntry {
  professionalId: string;
  courseId: string;
  courseTitle: string;
  completedLessons: number;
  totalLessons: number;
  lastActivityAt: Date;
  /** When the last lesson was completed, if every lesson the course has now is complete. */
  completedAt: Date | null;
}

/**
 * What an organization's professionals have done in training, for its administrators (and the
 * partner administrators serving it, and vendor staff): one row per professional per course
 * started, by name then course title. Only courses the viewer may open are listed, so the report
 * never names a course that is unpublished, vendor-only or for a product the viewer does not hold.
 */
export class TrainingProgressService {
  constructor(
    private readonly db: Database,
    private readonly entitlements: EntitlementService,
  ) {}

  async ofOrganization(
    actor: Actor | null,
    organizationId: string,
    args: { first?: number | null; after?: string | null },
  ): Promise<Page<TrainingProgressEntry>> {
    requireActor(actor);
    await findOrganizationFor(this.db.manager, actor, organizationId, 'viewTrainingProgress');
    const reader = await this.entitlements.of(actor);
    if (!reader) throw notFound('Organization');
    const readable = readableCondition(reader, COURSE_READABLE_COLUMNS);
    const size = pageSize(args.first);
    const started = `
      SELECT pr.id AS professional_id, pr.sort_name AS sort_name, c.id AS course_id, c.title AS course_title,
             count(p.completed_at) AS completed, max(p.updated_at) AS last_activity_at,
             max(p.completed_at) AS last_completed_at
        FROM lesson_progress p
        JOIN lesson l ON l.id = p.lesson_id
        JOIN course c ON c.id = l.course_id
        JOIN professional pr ON pr.id = p.professional_id
       WHERE pr.organization_id = :organizationId AND ${readable.sql}
       GROUP BY pr.id, pr.sort_name, c.id, c.title`;
    const parameters: Record<string, unknown> = {
      organizationId,
      ...readable.parameters,
      limit: size + 1,
    };
    let after = '';
    if (args.after) {
      const [sortName, professionalId, courseTitle, courseId] = decodeCursor(args.after, 4);
      Object.assign(parameters, { sortName, professionalId, courseTitle, courseId });
      after = `WHERE (s.sort_name > :sortName
          OR (s.sort_name = :sortName AND s.professional_id > :professionalId)
          OR (s.sort_name = :sortName AND s.professional_id = :professionalId AND s.course_title > :courseTitle)
          OR (s.sort_name = :sortName AND s.professional_id = :professionalId AND s.course_title = :courseTitle AND s.course_id > :courseId))`;
    }
    const [rows, counted] = await Promise.all([
      runSql<Record<string, unknown>>(
        this.db.manager,
        `SELECT s.*, (SELECT count(*) FROM lesson all_lessons WHERE all_lessons.course_id = s.course_id) AS total
           FROM (${started}) s ${after}
          ORDER BY s.sort_name, s.professional_id, s.course_title, s.course_id
          LIMIT :limit`,
        parameters,
      ),
      runSql<{ n: unknown }>(this.db.manager, `SELECT count(*) AS n FROM (${started}) s`, {
        organizationId,
        ...readable.parameters,
      }),
    ]);
    const page = rows.slice(0, size);
    return {
      nodes: page.map((row) => {
        const completedLessons = rawCount(row.completed);
        const totalLessons = rawCount(row.total);
        return {
          professionalId: String(row.professional_id),
          courseId: String(row.course_id),
          courseTitle: String(row.course_title),
          completedLessons,
          totalLessons,
          lastActivityAt: rawDate(row.last_activity_at)!,
          completedAt:
            totalLessons > 0 && completedLessons >= totalLessons
              ? rawDate(row.last_completed_at)
              : null,
        };
      }),
      cursors: page.map((row) =>
        encodeCursor([
          String(row.sort_name),
          String(row.professional_id),
          String(row.course_title),
          String(row.course_id),
        ]),
      ),
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(args.after),
      totalCount: rawCount(counted[0]?.n),
    };
  }
}
