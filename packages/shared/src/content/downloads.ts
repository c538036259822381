import { canRead, type ReadableItem } from './can-read';
import type { LicenseTerms, ReaderEntitlements } from './entitlements';

/** An update ships new versions; a hotfix repairs a released one and comes with the service plan. */
export const UPDATE_KINDS = ['UPDATE', 'HOTFIX'] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

export const UPDATE_KIND_LABELS: Record<UpdateKind, string> = {
  UPDATE: 'Update',
  HOTFIX: 'Hotfix',
};

/** What the download rule needs to know about an update or hotfix. */
export interface DownloadableItem extends ReadableItem {
  kind: UpdateKind;
}

/**
 * Why a reader may not have an item's files: they may not open the item at all, their
 * organization holds no licence for its product, or (hotfixes) no service plan active today.
 */
export type DownloadBlock = 'UNREADABLE' | 'NO_LICENSE' | 'NO_ACTIVE_PLAN';

/**
 * May this reader download the item's files? Vendor staff always. Everyone else must first be
 * able to open the item (canRead), and then:
 * - a HOTFIX needs a service plan for its product that is active today (any active plan for a
 *   hotfix about no product). Hotfixes are what the plan pays for, so downloads stop the day the
 *   plan ends, even though the organization still holds the licence and still reads the notes.
 * - an UPDATE needs a licence for its product (nothing more for an update about no product).
 *   The release notes may be visible more broadly (ALL_CUSTOMERS, so anyone can see what a new
 *   version brings), but the software itself is for licence holders; a visibility stricter than
 *   that (an active plan, vendor only) already applies through canRead.
 * Checked on every download request, with entitlements worked out for that request.
 */
export function downloadBlock(
  reader: ReaderEntitlements | null,
  item: DownloadableItem,
): DownloadBlock | null {
  if (!canRead(reader, item)) return 'UNREADABLE';
  if (reader!.readsEverything) return null;
  if (item.kind === 'HOTFIX') {
    const active =
      item.product === null
        ? reader!.servicePlanProducts.length > 0
        : reader!.servicePlanProducts.includes(item.product);
    return active ? null : 'NO_ACTIVE_PLAN';
  }
  if (item.product !== null && !reader!.products.includes(item.product)) return 'NO_LICENSE';
  return null;
}

export function canDownload(reader: ReaderEntitlements | null, item: DownloadableItem): boolean {
  return downloadBlock(reader, item) === null;
}

/**
 * What to tell a reader whose download is blocked, naming what to do. `licenses` are their
 * organization's licences for the item's product (to say when a plan ended or starts).
 */
export function downloadBlockedReason(
  block: DownloadBlock,
  item: DownloadableItem,
  licenses: readonly LicenseTerms[],
  today: string,
): string {
  const product = item.product ? productLabel(item.product) : null;
  switch (block) {
    case 'UNREADABLE':
      return 'This item is not available to you. Ask your organization’s administrators for access.';
    case 'NO_LICENSE':
      return `Your organization has no licence for ${product ?? 'this product'}. Ask your account manager about one to download this update.`;
    case 'NO_ACTIVE_PLAN': {
      const plans = licenses.filter(
        (l) => l.servicePlan !== null && (item.product === null || l.product === item.product),
      );
      const upcoming = plans
        .filter((l) => l.startsOn > today)
        .sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
      if (upcoming)
        return `Your service plan for ${product ?? upcoming.product} starts on ${upcoming.startsOn}. You can download hotfixes from that day.`;
      const ended = plans
        .filter((l) => l.endsOn < today)
        .sort((a, b) => b.endsOn.localeCompare(a.endsOn))[0];
      if (ended)
        return `Your service plan for ${product ?? productLabel(ended.product)} ended on ${ended.endsOn}. Renew it to download hotfixes.`;
      return `Hotfixes come with an active service plan, and your organization has none for ${product ?? 'this product'}. Ask your account manager about one.`;
    }
  }
}

/** "dispatch" → "Dispatch", "atlas-cloud" → "Atlas Cloud": product codes as people read them. */
export function productLabel(code: string): string {
  return code
    .split('-')
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}
