export const ROLES = [
  'ADMINISTRATOR',
  'BILLING_CONTACT',
  'CUSTOMER_CARE_CONTACT',
  'SHIPPING_CONTACT',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that exactly one professional of every organization holds at all times. */
export const MANDATORY_CONTACT_ROLES = [
  'BILLING_CONTACT',
  'CUSTOMER_CARE_CONTACT',
  'SHIPPING_CONTACT',
] as const satisfies readonly Role[];
export type MandatoryContactRole = (typeof MANDATORY_CONTACT_ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMINISTRATOR: 'Administrator',
  BILLING_CONTACT: 'Billing contact',
  CUSTOMER_CARE_CONTACT: 'Customer Care contact',
  SHIPPING_CONTACT: 'Shipping contact',
};

export const PROFESSIONAL_STATUSES = ['INVITED', 'ACTIVE', 'DISABLED'] as const;
export type ProfessionalStatus = (typeof PROFESSIONAL_STATUSES)[number];

export const PROFESSIONAL_STATUS_LABELS: Record<ProfessionalStatus, string> = {
  INVITED: 'Invited',
  ACTIVE: 'Active',
  DISABLED: 'Disabled',
};

export function isMandatoryContactRole(role: Role): role is MandatoryContactRole {
  return (MANDATORY_CONTACT_ROLES as readonly Role[]).includes(role);
}

/** Lower-cased and trimmed: e-mail addresses are unique per organization regardless of case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function displayName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`.trim();
}
