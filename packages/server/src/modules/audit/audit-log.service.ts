import type { Actor, AuditAction } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import { DomainError } from '../../platform/graphql/domain-error';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../../platform/graphql/connection';
import { findOrganizationFor, requireActor } from '../organization/organization-access';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditEventListArgs {
  organizationId: string;
  first?: number | null;
  after?: string | null;
  action?: AuditAction | null;
  /** Only what this professional did. */
  actorProfessionalId?: string | null;
}

/** One entry of an event's details, ready to show: a value, or a change from one value to another. */
export interface AuditDetail {
  name: string;
  value: string | null;
  previousValue: string | null;
}

/** The reading side of the audit log: an organization's events, newest first. */
export class AuditLogService {
  constructor(private readonly db: Database) {}

  /** Keyset-paginated on (occurred_at DESC, id DESC), which the (organization, time, id) index serves. */
  async list(actor: Actor | null, args: AuditEventListArgs): Promise<Page<AuditEventEntity>> {
    await findOrganizationFor(
      this.db.manager,
      requireActor(actor),
      args.organizationId,
      'viewAuditLog',
    );
    const size = pageSize(args.first);
    const filtered = () => {
      const query = this.db.manager
        .createQueryBuilder(AuditEventEntity, 'e')
        .where('e.organization_id = :organizationId', { organizationId: args.organizationId });
      if (args.action) query.andWhere('e.action = :action', { action: args.action });
      if (args.actorProfessionalId)
        query.andWhere('e.actor_professional_id = :actorId', { actorId: args.actorProfessionalId });
      return query;
    };
    const pageQuery = filtered()
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(size + 1);
    if (args.after) {
      const { occurredAt, id } = decodeEventCursor(args.after);
      pageQuery.andWhere(
        '(e.occurred_at < :occurredAt OR (e.occurred_at = :occurredAt AND e.id < :id))',
        { occurredAt, id },
      );
    }
    const [rows, totalCount] = await Promise.all([pageQuery.getMany(), filtered().getCount()]);
    const nodes = rows.slice(0, size);
    return {
      nodes,
      cursors: nodes.map((e) => encodeCursor([e.occurredAt.toISOString(), e.id])),
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(args.after),
      totalCount,
    };
  }
}

/**
 * The stored details as name/value pairs, in the order they were recorded. A `{ from, to }`
 * entry is a change; lists are joined with commas.
 */
export function detailsOf(event: Pick<AuditEventEntity, 'details'>): AuditDetail[] {
  if (!event.details) return [];
  const parsed: unknown = JSON.parse(event.details);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return [];
  return Object.entries(parsed as Record<string, unknown>).map(([name, raw]) =>
    isChange(raw)
      ? { name, value: textOf(raw.to), previousValue: textOf(raw.from) }
      : { name, value: textOf(raw), previousValue: null },
  );
}

function decodeEventCursor(cursor: string): { occurredAt: Date; id: string } {
  const [time, id] = decodeCursor(cursor, 2) as [string, string];
  const occurredAt = new Date(time);
  if (Number.isNaN(occurredAt.getTime())) {
    throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', {
      field: 'after',
      hint: 'Use an endCursor from an earlier page, or leave it out to start at the beginning.',
    });
  }
  return { occurredAt, id };
}

function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return (
    Boolean(value) &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    'from' in (value as object) &&
    'to' in (value as object)
  );
}

function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value))
    return value.length > 0 ? value.map((v) => textOf(v) ?? '').join(', ') : null;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
