import type { EntityManager } from 'typeorm';
import { runSql, type SqlParameters } from './search/sql';

export interface ValuesInUseQuery {
  /** The table and its alias, as the condition and column name it: `article a`. */
  from: string;
  /** The column whose values are wanted: `a.product`. */
  column: string;
  /** Which rows count, e.g. the reading rule (readableCondition) for the reader. */
  where: { sql: string; parameters: SqlParameters };
}

/**
 * Every distinct value of one column among the rows that meet the condition, alphabetically: what
 * a list's filter offers, however many rows there are. Given the reading rule as the condition,
 * a product carried only by items the reader may not open is never offered, since even its name
 * would say that such items exist.
 */
export async function valuesInUse(
  manager: EntityManager,
  { from, column, where }: ValuesInUseQuery,
): Promise<string[]> {
  const rows = await runSql<{ value: string }>(
    manager,
    `SELECT DISTINCT ${column} AS value FROM ${from}
      WHERE ${where.sql} AND ${column} IS NOT NULL AND ${column} <> ''
      ORDER BY value`,
    where.parameters,
  );
  return rows.map((row) => row.value);
}
