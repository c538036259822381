import type { SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor } from '../../platform/graphql/connection';
import type { ProfessionalEntity } from './professional.entity';

export const PROFESSIONAL_ORDER_FIELDS = ['NAME', 'EMAIL', 'STATUS', 'LAST_SIGN_IN'] as const;
export type ProfessionalOrderField = (typeof PROFESSIONAL_ORDER_FIELDS)[number];
export type OrderDirection = 'ASC' | 'DESC';

export interface ProfessionalOrder {
  field: ProfessionalOrderField;
  direction: OrderDirection;
}

/** One column of a sort: the SQL that sorts, and the row's value as a cursor keeps it. */
interface SortKey {
  sql: string;
  valueOf(p: ProfessionalEntity): string;
  /** Turns the cursor's string back into a query parameter. */
  parameter(value: string): string | Date;
}

const NEVER = new Date(0);
const byName: SortKey = { sql: 'p.sort_name', valueOf: (p) => p.sortName, parameter: (v) => v };
const KEYS: Record<ProfessionalOrderField, SortKey[]> = {
  NAME: [byName],
  EMAIL: [{ sql: 'p.email_normalized', valueOf: (p) => p.emailNormalized, parameter: (v) => v }],
  STATUS: [{ sql: 'p.status', valueOf: (p) => p.status, parameter: (v) => v }, byName],
  // Never signed in sorts as the oldest sign-in; bound as a Date so each driver formats it.
  LAST_SIGN_IN: [
    {
      sql: 'COALESCE(p.last_sign_in_at, :never)',
      valueOf: (p) => (p.lastSignInAt ?? NEVER).toISOString(),
      parameter: (v) => new Date(v),
    },
    byName,
  ],
};

/**
 * Orders by the chosen field, then by id so the order is total, and pages with a keyset
 * condition: (k1, k2, id) after the cursor's values, spelt out so both databases use it.
 */
export function applyProfessionalOrder(
  query: SelectQueryBuilder<ProfessionalEntity>,
  order: ProfessionalOrder,
  after: string | null | undefined,
): void {
  const keys = KEYS[order.field];
  const columns = [...keys.map((k) => k.sql), 'p.id'];
  query.setParameter('never', NEVER);
  columns.forEach((sql, i) =>
    i === 0 ? query.orderBy(sql, order.direction) : query.addOrderBy(sql, order.direction),
  );
  if (!after) return;
  const values = decodeCursor(after, columns.length);
  const params: Record<string, string | Date> = {};
  values.forEach(
    (value, i) => (params[`k${i}`] = i < keys.length ? keys[i]!.parameter(value) : value),
  );
  const beyond = order.direction === 'ASC' ? '>' : '<';
  const alternatives = columns.map((sql, i) => {
    const equal = columns.slice(0, i).map((prior, j) => `${prior} = :k${j}`);
    return `(${[...equal, `${sql} ${beyond} :k${i}`].join(' AND ')})`;
  });
  query.andWhere(`(${alternatives.join(' OR ')})`, params);
}

export function professionalCursor(
  professional: ProfessionalEntity,
  order: ProfessionalOrder,
): string {
  return encodeCursor([...KEYS[order.field].map((k) => k.valueOf(professional)), professional.id]);
}
