import type { Actor } from '../authorization/can';
import type { ContentVisibility } from './content';
import type { ReaderEntitlements } from './entitlements';

/** What the reading rule needs to know about an item of any kind. */
export interface ReadableItem {
  visibility: ContentVisibility;
  /** The product it is about; null for content about no product in particular. */
  product: string | null;
  published: boolean;
  /** For CHOSEN_AUDIENCE: the organizations and products it is for; ignored for other visibilities. */
  audience?: ContentAudience | null;
}

/** The readers an item names: members of these organizations, and holders of a licence for these products. */
export interface ContentAudience {
  organizationIds: readonly string[];
  products: readonly string[];
}

/**
 * May this reader open the item? Drafts and vendor-only items are for vendor staff. Otherwise:
 * ALL_CUSTOMERS for every reader; ENTITLED_PRODUCT for organizations licensed for the product;
 * ACTIVE_SERVICE_PLAN for organizations whose service plan for the product is active today (for
 * an item about no product, any active service plan); CHOSEN_AUDIENCE for readers whose
 * organization the item's audience names, or whose organization is licensed (whatever the
 * service plan) for a product it names — an item without an audience reaches nobody.
 *
 * The server mirrors these conditions in SQL (platform/db/search/readable-filter.ts) so that lists
 * and search never count, rank or suggest an item this function would refuse.
 */
export function canRead(reader: ReaderEntitlements | null, item: ReadableItem): boolean {
  if (!reader) return false;
  if (reader.readsEverything) return true;
  if (!item.published) return false;
  switch (item.visibility) {
    case 'ALL_CUSTOMERS':
      return true;
    case 'ENTITLED_PRODUCT':
      return item.product !== null && reader.products.includes(item.product);
    case 'ACTIVE_SERVICE_PLAN':
      return item.product === null
        ? reader.servicePlanProducts.length > 0
        : reader.servicePlanProducts.includes(item.product);
    case 'VENDOR_ONLY':
      return false;
    case 'CHOSEN_AUDIENCE':
      return isInAudience(reader, item.audience ?? null);
  }
}

function isInAudience(reader: ReaderEntitlements, audience: ContentAudience | null): boolean {
  if (!audience) return false;
  if (reader.organizationId !== null && audience.organizationIds.includes(reader.organizationId))
    return true;
  return audience.products.some((product) => reader.products.includes(product));
}

/** Writing, publishing and restoring content: the vendor's active administrators. */
export function canManageContent(actor: Actor | null): boolean {
  return Boolean(
    actor &&
    actor.status !== 'DISABLED' &&
    actor.organizationKind === 'VENDOR' &&
    actor.roles.includes('ADMINISTRATOR'),
  );
}
