/**
 * Plain-text formats for values the API sends as strings or numbers, shared by every page so a
 * size or a day reads the same wherever it is shown. Instants with a time are <DateTime>'s job.
 */

/** "5.1 KB": sizes as download pages show them (decimal units). */
export function formatSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/**
 * An ISO day ("2030-05-20") as people read it, without a time zone shifting it: "May 20, 2030",
 * or "20 May 2030" with `compact` (for tables and date ranges).
 */
export function formatDay(day: string, { compact = false }: { compact?: boolean } = {}): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return compact
    ? date.toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      })
    : date.toLocaleDateString('en-US', {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      });
}
