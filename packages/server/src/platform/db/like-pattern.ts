/**
 * Text for a LIKE pattern that matches itself only: %, _ and \ are escaped with \. Use it with
 * `ESCAPE '\'` after the LIKE, which both SQLite (no escape character by default) and PostgreSQL
 * understand.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
