import type { LicenseTerms } from '../content/entitlements';

/** Where a licence's service plan stands today. */
export const SERVICE_PLAN_STATUSES = [
  'ACTIVE',
  'EXPIRING_SOON',
  'EXPIRED',
  'NOT_STARTED',
  'NONE',
] as const;
export type ServicePlanStatus = (typeof SERVICE_PLAN_STATUSES)[number];

export const SERVICE_PLAN_STATUS_LABELS: Record<ServicePlanStatus, string> = {
  ACTIVE: 'Active',
  EXPIRING_SOON: 'Ending soon',
  EXPIRED: 'Ended',
  NOT_STARTED: 'Not started',
  NONE: 'No service plan',
};

/** A plan with this many days or fewer left is flagged, so there is time to renew it. */
export const EXPIRING_SOON_DAYS = 30;

/**
 * A registration key: 4 to 8 groups of 4 or 5 upper-case letters and digits, joined by hyphens,
 * e.g. NWL5-ACME-7Q4K-29XD-M3PV.
 */
export const REGISTRATION_KEY_PATTERN = /^[A-Z0-9]{4,5}(?:-[A-Z0-9]{4,5}){3,7}$/;

/** How many characters of a registration key stay readable when it is masked. */
export const REGISTRATION_KEY_VISIBLE_CHARACTERS = 4;

const MASK = '•';

/**
 * The key as everyone sees it: every letter and digit but the last four replaced by a dot,
 * separators kept, so the shape stays recognisable ("•••••-•••••-•••••-7F3A").
 */
export function maskRegistrationKey(key: string): string {
  const characters = [...key];
  let kept = 0;
  for (let index = characters.length - 1; index >= 0; index -= 1) {
    const character = characters[index]!;
    if (character === '-') continue;
    if (kept < REGISTRATION_KEY_VISIBLE_CHARACTERS && /[A-Za-z0-9]/.test(character)) kept += 1;
    else characters[index] = MASK;
  }
  return characters.join('');
}

/** The service plan's state on the given ISO day; a licence without a plan has NONE. */
export function servicePlanStatus(
  license: Pick<LicenseTerms, 'servicePlan' | 'startsOn' | 'endsOn'>,
  today: string,
): ServicePlanStatus {
  if (license.servicePlan === null) return 'NONE';
  if (today < license.startsOn) return 'NOT_STARTED';
  if (today > license.endsOn) return 'EXPIRED';
  return daysBetween(today, license.endsOn) <= EXPIRING_SOON_DAYS ? 'EXPIRING_SOON' : 'ACTIVE';
}

/**
 * Days from today to the plan's last day (0 on the last day itself); null when there is no plan
 * or it has ended.
 */
export function servicePlanDaysLeft(
  license: Pick<LicenseTerms, 'servicePlan' | 'startsOn' | 'endsOn'>,
  today: string,
): number | null {
  if (license.servicePlan === null || today > license.endsOn) return null;
  return daysBetween(today, license.endsOn);
}

/** Whole days from one ISO day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / 86_400_000);
}

function utcDay(isoDay: string): number {
  const [year, month, day] = isoDay.slice(0, 10).split('-').map(Number);
  return Date.UTC(year!, month! - 1, day!);
}
