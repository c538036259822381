/**
 * A timestamp from a raw query: PostgreSQL's driver hands back a Date, SQLite the text TypeORM
 * stored ("YYYY-MM-DD HH:MM:SS.SSS", UTC).
 */
export function rawDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}

/** count(*) and sums come back as numbers on SQLite and as text on PostgreSQL. */
export function rawCount(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}
