import type { EntityManager } from 'typeorm';
import { runSql, type SqlParameters } from './search/sql';

export interface ValuesInUseQuery {
  /** The table, e.g. `article`. An index should lead with the column: the walk seeks through it. */
  table: string;
  /** The alias the condition names the table by, e.g. `a`. */
  alias: string;
  /** The column whose values are wanted, e.g. `product`. */
  column: string;
  /** Which rows count, e.g. the reading rule (readableCondition) for the reader. */
  where: { sql: string; parameters: SqlParameters };
}

/**
 * Every distinct value of one column among the rows that meet the condition, alphabetically: what
 * a list's filter offers, however many rows there are. Given the reading rule as the condition,
 * a product carried only by items the reader may not open is never offered, since even its name
 * would say that such items exist.
 *
 * A list has a handful of products among many thousands of items, so rather than reading every
 * row (about 150 ms in a synthetic table of 100,000 articles on SQLite) the query walks the
 * column's index from one distinct value to the next and asks, for each, whether a row the
 * condition accepts exists (about 12 ms there). The same SQL runs on both databases.
 */
export async function valuesInUse(
  manager: EntityManager,
  { table, alias, column, where }: ValuesInUseQuery,
): Promise<string[]> {
  const rows = await runSql<{ value: string }>(
    manager,
    `WITH RECURSIVE distinct_value(value) AS (
       SELECT min(w.${column}) FROM ${table} w WHERE w.${column} IS NOT NULL
       UNION ALL
       SELECT (SELECT min(w.${column}) FROM ${table} w WHERE w.${column} > d.value)
         FROM distinct_value d WHERE d.value IS NOT NULL
     )
     SELECT d.value AS value FROM distinct_value d
      WHERE d.value IS NOT NULL AND d.value <> ''
        AND EXISTS (SELECT 1 FROM ${table} ${alias}
                     WHERE ${alias}.${column} = d.value AND ${where.sql})
      ORDER BY d.value`,
    where.parameters,
  );
  return rows.map((row) => row.value);
}
