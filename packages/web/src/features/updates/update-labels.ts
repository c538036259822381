import { UPDATE_KIND_LABELS, productLabel, type UpdateKind } from '@foyer/shared';

export { productLabel };

export function kindLabel(kind: UpdateKind): string {
  return UPDATE_KIND_LABELS[kind];
}

/** "Applies to 7.1, 7.2", or nothing when the update names no versions. */
export function appliesToText(versions: readonly string[]): string | null {
  return versions.length > 0 ? `Applies to ${versions.join(', ')}` : null;
}
