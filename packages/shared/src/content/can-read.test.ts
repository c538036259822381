import type { Actor } from '../authorization/can';
import { canManageContent, canRead, type ReadableItem } from './can-read';
import type { ContentVisibility } from './content';
import {
  entitlementsOf,
  isServicePlanActive,
  type LicenseTerms,
  type ReaderEntitlements,
} from './entitlements';

const TODAY = '2030-06-15';

function actor(kind: Actor['organizationKind'], overrides: Partial<Actor> = {}): Actor {
  return {
    professionalId: 'p',
    organizationId: `org-${kind}`,
    organizationKind: kind,
    status: 'ACTIVE',
    roles: [],
    servedCustomerIds: [],
    ...overrides,
  };
}

const license = (
  product: string,
  servicePlan: string | null,
  startsOn: string,
  endsOn: string,
): LicenseTerms => ({ product, servicePlan, startsOn, endsOn });

/** Readers: atlas is licensed with a current plan, beacon is licensed with an expired plan. */
const READERS: Record<string, ReaderEntitlements | null> = {
  'vendor staff': entitlementsOf(actor('VENDOR'), [], TODAY),
  'licensed customer': entitlementsOf(
    actor('CUSTOMER'),
    [
      license('atlas', 'Premier', '2030-01-01', '2030-12-31'),
      license('beacon', 'Standard', '2029-01-01', '2030-06-14'),
    ],
    TODAY,
  ),
  'customer without licences': entitlementsOf(actor('CUSTOMER'), [], TODAY),
  'disabled professional': entitlementsOf(
    actor('CUSTOMER', { status: 'DISABLED' }),
    [license('atlas', 'Premier', '2030-01-01', '2030-12-31')],
    TODAY,
  ),
  'nobody signed in': entitlementsOf(null, [], TODAY),
};

const item = (
  visibility: ContentVisibility,
  product: string | null,
  published = true,
): ReadableItem => ({ visibility, product, published });
const forAudience = (
  organizationIds: string[],
  products: string[],
  published = true,
): ReadableItem => ({
  visibility: 'CHOSEN_AUDIENCE',
  product: null,
  published,
  audience: { organizationIds, products },
});

// One character per reader, in READERS' order: 'Y' may open, '-' may not.
const EXPECTED: Array<[string, ReadableItem, string]> = [
  ['published, all customers', item('ALL_CUSTOMERS', 'atlas'), 'YYY--'],
  ['draft, all customers', item('ALL_CUSTOMERS', 'atlas', false), 'Y----'],
  ['licensed product', item('ENTITLED_PRODUCT', 'atlas'), 'YY---'],
  ['licensed product whose plan expired', item('ENTITLED_PRODUCT', 'beacon'), 'YY---'],
  ['unlicensed product', item('ENTITLED_PRODUCT', 'comet'), 'Y----'],
  ['entitled product without a product', item('ENTITLED_PRODUCT', null), 'Y----'],
  ['active plan for the product', item('ACTIVE_SERVICE_PLAN', 'atlas'), 'YY---'],
  ['expired plan for the product', item('ACTIVE_SERVICE_PLAN', 'beacon'), 'Y----'],
  ['any active plan (no product)', item('ACTIVE_SERVICE_PLAN', null), 'YY---'],
  ['vendor only', item('VENDOR_ONLY', 'atlas'), 'Y----'],
  ['draft, vendor only', item('VENDOR_ONLY', null, false), 'Y----'],
  ['audience naming the reader’s organization', forAudience(['org-CUSTOMER'], []), 'YYY--'],
  ['audience naming another organization', forAudience(['org-other'], []), 'Y----'],
  ['audience naming a licensed product', forAudience([], ['atlas']), 'YY---'],
  [
    'audience naming a product whose plan expired (licences count)',
    forAudience([], ['beacon']),
    'YY---',
  ],
  ['audience naming an unlicensed product', forAudience([], ['comet']), 'Y----'],
  [
    'audience naming another organization or a licensed product',
    forAudience(['org-other'], ['comet', 'atlas']),
    'YY---',
  ],
  ['draft for the reader’s organization', forAudience(['org-CUSTOMER'], [], false), 'Y----'],
  ['chosen audience without an audience', item('CHOSEN_AUDIENCE', 'atlas'), 'Y----'],
  ['audience naming nobody', forAudience([], []), 'Y----'],
];

describe('canRead', () => {
  const names = Object.keys(READERS);
  it.each(
    EXPECTED.flatMap(([label, target, row]) =>
      names.map((reader, i) => [label, reader, row[i] === 'Y', target] as const),
    ),
  )('%s, read by %s: %s', (_label, reader, allowed, target) => {
    expect(canRead(READERS[reader]!, target)).toBe(allowed);
  });
});

describe('service plans', () => {
  const plan = license('atlas', 'Premier', '2030-01-01', '2030-06-30');
  it.each([
    ['the day before it starts', '2029-12-31', false],
    ['its first day', '2030-01-01', true],
    ['its last day', '2030-06-30', true],
    ['the day after it ends', '2030-07-01', false],
  ])('%s: active = %s', (_label, today, active) => {
    expect(isServicePlanActive(plan, today)).toBe(active);
  });

  it('a licence without a service plan never has an active one', () => {
    expect(isServicePlanActive(license('atlas', null, '2000-01-01', '2100-01-01'), TODAY)).toBe(
      false,
    );
  });
});

describe('canManageContent', () => {
  it.each([
    ['vendor administrator', actor('VENDOR', { roles: ['ADMINISTRATOR'] }), true],
    [
      'vendor staff without the Administrator role',
      actor('VENDOR', { roles: ['BILLING_CONTACT'] }),
      false,
    ],
    [
      'disabled vendor administrator',
      actor('VENDOR', { roles: ['ADMINISTRATOR'], status: 'DISABLED' }),
      false,
    ],
    ['customer administrator', actor('CUSTOMER', { roles: ['ADMINISTRATOR'] }), false],
    ['partner administrator', actor('PARTNER', { roles: ['ADMINISTRATOR'] }), false],
    ['nobody signed in', null, false],
  ])('%s: %s', (_label, who, allowed) => {
    expect(canManageContent(who)).toBe(allowed);
  });
});
