import { In, type EntityManager } from 'typeorm';

/** A date column of a raw row: SQLite gives text (UTC, as TypeORM writes it), PostgreSQL a Date. */
export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}

export type SqlParameters = Record<string, unknown>;

/**
 * Runs raw SQL with TypeORM's named parameters (`:name`, `:...list`), which each driver turns
 * into its own placeholders. An empty list must not be bound: `IN ()` is invalid on PostgreSQL.
 */
export function runSql<T>(
  manager: EntityManager,
  sql: string,
  parameters: SqlParameters = {},
): Promise<T[]> {
  const [query, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
  return manager.query(query, values);
}

/**
 * Loads the entities named by `rows` (pairs of a parent id and an item id, in the wanted order)
 * with one more query, and hands back each parent's items in that order; every parent asked for
 * gets a list, empty when nothing matched.
 */
export async function groupInOrder<T extends { id: string }>(
  manager: EntityManager,
  entity: new () => T,
  parentIds: readonly string[],
  rows: ReadonlyArray<{ parent: string; id: string }>,
): Promise<Map<string, T[]>> {
  const grouped = new Map<string, T[]>(parentIds.map((id) => [id, []]));
  if (rows.length === 0) return grouped;
  const found = await manager.findBy(entity, {
    id: In([...new Set(rows.map((r) => r.id))]),
  } as never);
  const byId = new Map(found.map((item) => [item.id, item]));
  for (const row of rows) {
    const item = byId.get(row.id);
    if (item) grouped.get(row.parent)?.push(item);
  }
  return grouped;
}
