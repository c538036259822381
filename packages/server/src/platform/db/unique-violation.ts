/**
 * Whether a write failed because another row already holds its value in the unique column
 * `table`.`column`. The two databases say it differently: SQLite in its message, PostgreSQL with
 * code 23505, the table and the key in the detail. For a change that lost a race the unique
 * index settled, to be told or run again rather than end as an internal error.
 */
export function isUniqueViolation(error: unknown, table: string, column: string): boolean {
  const failure = (error ?? {}) as {
    message?: unknown;
    code?: unknown;
    table?: unknown;
    detail?: unknown;
  };
  if (String(failure.message ?? '').includes(`UNIQUE constraint failed: ${table}.${column}`))
    return true;
  return (
    failure.code === '23505' &&
    failure.table === table &&
    String(failure.detail ?? '').startsWith(`Key (${column})=`)
  );
}
