import type { EntityManager } from 'typeorm';

export type SqlParameters = Record<string, unknown>;

/**
 * Runs raw SQL with TypeORM's named parameters (`:name`, `:...list`), which each driver turns
 * into its own placeholders. An empty list must not be bound: `IN ()` is invalid on PostgreSQL.
 */
export function runSql<T>(manager: EntityManager, sql: string, parameters: SqlParameters = {}): Promise<T[]> {
  const [query, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
  return manager.query(query, values);
}
