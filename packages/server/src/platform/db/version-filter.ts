import { escapeLike } from './like-pattern';

/**
 * The SQL of shared's versionWithin: the column holds the version asked for or one under it
 * ("5.0" takes 5.0 and 5.0.3, not 5.01). The value is bound under `parameter`; the condition
 * reads the same on SQLite and PostgreSQL.
 */
export function versionCondition(
  column: string,
  parameter: string,
  version: string,
): { sql: string; parameters: Record<string, string> } {
  const wanted = version.trim();
  return {
    sql: `(${column} = :${parameter} OR ${column} LIKE :${parameter}_under ESCAPE '\\')`,
    parameters: { [parameter]: wanted, [`${parameter}_under`]: `${escapeLike(wanted)}.%` },
  };
}
