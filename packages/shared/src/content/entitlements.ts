import type { Actor } from '../authorization/can';

/** What a licence says, as far as entitlement is concerned. Dates are ISO days (YYYY-MM-DD), inclusive. */
export interface LicenseTerms {
  product: string;
  /** The service plan's name; null when the licence has none. */
  servicePlan: string | null;
  startsOn: string;
  endsOn: string;
}

/**
 * What a reader may open, worked out once per request from their organization's licences and
 * today's date. The server applies it to single reads (canRead) and, as the same conditions in
 * SQL, inside list and search queries.
 */
export interface ReaderEntitlements {
  /** Vendor staff: every item, drafts and vendor-only items included. */
  readsEverything: boolean;
  /** Products the reader's organization holds a licence for. */
  products: readonly string[];
  /** Products whose service plan is within its dates today. */
  servicePlanProducts: readonly string[];
  /** The reader's own organization, which an item's chosen audience may name; null for vendor staff. */
  organizationId: string | null;
}

export const NO_ENTITLEMENTS: ReaderEntitlements = {
  readsEverything: false,
  products: [],
  servicePlanProducts: [],
  organizationId: null,
};

/** A licence's service plan is active from its first day to its last day, both included. */
export function isServicePlanActive(license: LicenseTerms, today: string): boolean {
  return license.servicePlan !== null && license.startsOn <= today && today <= license.endsOn;
}

/** The reader's entitlements; null for nobody signed in or a disabled professional, who read nothing. */
export function entitlementsOf(
  actor: Actor | null,
  licenses: readonly LicenseTerms[],
  today: string,
): ReaderEntitlements | null {
  if (!actor || actor.status === 'DISABLED') return null;
  if (actor.organizationKind === 'VENDOR')
    return { readsEverything: true, products: [], servicePlanProducts: [], organizationId: null };
  const products = new Set(licenses.map((l) => l.product));
  const servicePlanProducts = new Set(
    licenses.filter((l) => isServicePlanActive(l, today)).map((l) => l.product),
  );
  return {
    readsEverything: false,
    products: [...products].sort(),
    servicePlanProducts: [...servicePlanProducts].sort(),
    organizationId: actor.organizationId,
  };
}

/** The day a Date falls on in UTC, as licence dates are compared. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
