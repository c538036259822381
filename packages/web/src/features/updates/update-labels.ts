import { UPDATE_KIND_LABELS, productLabel, type UpdateKind } from '@foyer/shared';

export { productLabel };

export function kindLabel(kind: UpdateKind): string {
  return UPDATE_KIND_LABELS[kind];
}

/** "Applies to 7.1, 7.2", or nothing when the update names no versions. */
export function appliesToText(versions: readonly string[]): string | null {
  return versions.length > 0 ? `Applies to ${versions.join(', ')}` : null;
}

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

/** An ISO day ("2030-05-20") as people read it, without a time zone shifting it. */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
