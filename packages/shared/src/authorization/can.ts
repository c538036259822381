import type { OrganizationKind } from '../domain/organization';
import type { ProfessionalStatus, Role } from '../domain/professional';

/** The signed-in professional, as the permission rules see them. */
export interface Actor {
  professionalId: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  status: ProfessionalStatus;
  roles: readonly Role[];
  /** For a partner: the customers it serves. Empty for everyone else. */
  servedCustomerIds: readonly string[];
}

export interface OrganizationTarget {
  id: string;
  kind: OrganizationKind;
}

export const ACTIONS = [
  'viewOrganization',
  'listOrganizations',
  'createOrganization',
  'linkPartner',
  'setAccountManager',
  'viewProfessionals',
  'manageProfessionals',
  'viewAuditLog',
  'viewLicenses',
  'revealRegistrationKey',
  'manageLicenses',
  'viewTrainingProgress',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Who may do what. Administrators manage their own organization; a partner's administrators
 * manage the customers it serves exactly like those customers' own administrators, and
 * nothing more; the vendor's administrators manage everyone. Other vendor staff may look.
 */
export function can(actor: Actor | null, action: Action, target?: OrganizationTarget): boolean {
  if (!actor || actor.status === 'DISABLED') return false;
  const isAdministrator = actor.roles.includes('ADMINISTRATOR');
  const isVendor = actor.organizationKind === 'VENDOR';

  if (isVendor && isAdministrator) return true;
  switch (action) {
    case 'listOrganizations':
      return isVendor;
    case 'createOrganization':
    case 'linkPartner':
    case 'setAccountManager':
      return false;
    case 'viewOrganization':
      if (!target) return false;
      return isVendor || target.id === actor.organizationId || managesAsPartner(actor, target);
    case 'viewProfessionals':
      if (!target) return false;
      return isVendor || (isAdministrator && managesOrganization(actor, target));
    case 'manageProfessionals':
      if (!target) return false;
      return isAdministrator && managesOrganization(actor, target);
    case 'viewAuditLog':
    case 'viewTrainingProgress':
      if (!target) return false;
      return isVendor || (isAdministrator && managesOrganization(actor, target));
    case 'viewLicenses':
      // Every member of the organization sees what it holds; a partner's administrators see
      // the licences of the customers they serve, since they install and renew for them.
      if (!target) return false;
      return isVendor || target.id === actor.organizationId || managesAsPartner(actor, target);
    case 'revealRegistrationKey':
      // The full key installs the product, so only those who manage the organization: its
      // administrators and, like them, the administrators of a partner serving it. Each reveal
      // is written to the organization's audit log, which those administrators read.
      if (!target) return false;
      return isAdministrator && managesOrganization(actor, target);
    case 'manageLicenses':
      return false;
  }
}

function managesOrganization(actor: Actor, target: OrganizationTarget): boolean {
  return target.id === actor.organizationId || managesAsPartner(actor, target);
}

function managesAsPartner(actor: Actor, target: OrganizationTarget): boolean {
  return (
    actor.organizationKind === 'PARTNER' &&
    actor.roles.includes('ADMINISTRATOR') &&
    target.kind === 'CUSTOMER' &&
    actor.servedCustomerIds.includes(target.id)
  );
}
