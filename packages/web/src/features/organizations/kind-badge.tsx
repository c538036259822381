import { ORGANIZATION_KIND_LABELS, type OrganizationKind } from '@foyer/shared';

/** Customer, Partner or Vendor, each with its own colour so a long list scans quickly. */
export function KindBadge({ kind }: { kind: OrganizationKind }) {
  return (
    <span className={`kind-badge kind-badge--${kind.toLowerCase()}`}>
      {ORGANIZATION_KIND_LABELS[kind]}
    </span>
  );
}
