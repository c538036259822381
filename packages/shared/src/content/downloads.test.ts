import type { Actor } from '../authorization/can';
import type { ContentVisibility } from './content';
import { entitlementsOf, type LicenseTerms, type ReaderEntitlements } from './entitlements';
import {
  canDownload,
  downloadBlock,
  downloadBlockedReason,
  productLabel,
  type DownloadableItem,
  type UpdateKind,
} from './downloads';

const TODAY = '2030-06-15';

function actor(kind: Actor['organizationKind']): Actor {
  return {
    professionalId: 'p',
    organizationId: `org-${kind}`,
    organizationKind: kind,
    status: 'ACTIVE',
    roles: [],
    servedCustomerIds: [],
  };
}
const license = (
  product: string,
  servicePlan: string | null,
  startsOn: string,
  endsOn: string,
): LicenseTerms => ({ product, servicePlan, startsOn, endsOn });
const LICENSES = [
  license('atlas', 'Premier', '2030-01-01', '2030-12-31'),
  license('beacon', 'Standard', '2029-01-01', '2030-06-14'),
  license('comet', null, '2029-01-01', '2031-01-01'),
];

/** atlas: licensed with a current plan; beacon: licensed, plan ended yesterday; comet: licensed, no plan; dune: not licensed. */
const READERS: Record<string, ReaderEntitlements | null> = {
  'vendor staff': entitlementsOf(actor('VENDOR'), [], TODAY),
  'licensed customer': entitlementsOf(actor('CUSTOMER'), LICENSES, TODAY),
  'customer without licences': entitlementsOf(actor('CUSTOMER'), [], TODAY),
  'nobody signed in': null,
};

const item = (
  kind: UpdateKind,
  visibility: ContentVisibility,
  product: string | null,
  published = true,
): DownloadableItem => ({ kind, visibility, product, published });

// One character per reader, in READERS' order: 'Y' may download, '-' may not.
const EXPECTED: Array<[string, DownloadableItem, string]> = [
  [
    'update for a licensed product, notes for all',
    item('UPDATE', 'ALL_CUSTOMERS', 'atlas'),
    'YY--',
  ],
  [
    'update for a licensed product whose plan ended',
    item('UPDATE', 'ENTITLED_PRODUCT', 'beacon'),
    'YY--',
  ],
  [
    'update for a licensed product without a plan',
    item('UPDATE', 'ENTITLED_PRODUCT', 'comet'),
    'YY--',
  ],
  [
    'update for an unlicensed product, notes for all',
    item('UPDATE', 'ALL_CUSTOMERS', 'dune'),
    'Y---',
  ],
  ['update about no product, for all', item('UPDATE', 'ALL_CUSTOMERS', null), 'YYY-'],
  [
    'update needing an active plan to read, plan ended',
    item('UPDATE', 'ACTIVE_SERVICE_PLAN', 'beacon'),
    'Y---',
  ],
  ['draft update', item('UPDATE', 'ALL_CUSTOMERS', 'atlas', false), 'Y---'],
  ['hotfix, active plan', item('HOTFIX', 'ENTITLED_PRODUCT', 'atlas'), 'YY--'],
  ['hotfix, plan ended', item('HOTFIX', 'ENTITLED_PRODUCT', 'beacon'), 'Y---'],
  ['hotfix, licence without a plan', item('HOTFIX', 'ALL_CUSTOMERS', 'comet'), 'Y---'],
  ['hotfix, unlicensed product', item('HOTFIX', 'ALL_CUSTOMERS', 'dune'), 'Y---'],
  ['hotfix about no product, some plan active', item('HOTFIX', 'ALL_CUSTOMERS', null), 'YY--'],
  ['vendor-only hotfix', item('HOTFIX', 'VENDOR_ONLY', 'atlas'), 'Y---'],
];

describe('canDownload', () => {
  const names = Object.keys(READERS);
  it.each(
    EXPECTED.flatMap(([label, target, row]) =>
      names.map((reader, i) => [label, reader, row[i] === 'Y', target] as const),
    ),
  )('%s, downloaded by %s: %s', (_label, reader, allowed, target) => {
    expect(canDownload(READERS[reader]!, target)).toBe(allowed);
  });
});

describe('why a download is blocked', () => {
  const reader = READERS['licensed customer']!;
  const reasonFor = (target: DownloadableItem, licenses = LICENSES, today = TODAY) =>
    downloadBlockedReason(downloadBlock(reader, target)!, target, licenses, today);

  it('names the plan that ended and when, and says to renew it', () => {
    expect(reasonFor(item('HOTFIX', 'ENTITLED_PRODUCT', 'beacon'))).toBe(
      'Your service plan for Beacon ended on 2030-06-14. Renew it to download hotfixes.',
    );
  });

  it('says when a plan that has not started yet starts', () => {
    const target = item('HOTFIX', 'ALL_CUSTOMERS', 'dune');
    expect(
      downloadBlockedReason(
        'NO_ACTIVE_PLAN',
        target,
        [license('dune', 'Premier', '2030-07-01', '2031-06-30')],
        TODAY,
      ),
    ).toMatch(/starts on 2030-07-01/);
  });

  it('says hotfixes need a plan when the licence has none', () => {
    expect(reasonFor(item('HOTFIX', 'ALL_CUSTOMERS', 'comet'))).toMatch(
      /active service plan.*none for Comet.*account manager/,
    );
  });

  it('says an update needs a licence for its product', () => {
    expect(reasonFor(item('UPDATE', 'ALL_CUSTOMERS', 'dune'))).toMatch(
      /no licence for Dune.*account manager/,
    );
  });

  it('labels product codes as people read them', () => {
    expect(productLabel('atlas-cloud')).toBe('Atlas Cloud');
  });
});
