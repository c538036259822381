export const HOME_PATH = '/';
export const SIGN_IN_PATH = '/sign-in';
export const REQUEST_ACCESS_PATH = '/request-access';
/** Public: the one-time link of an invitation e-mail, `/invitations/<token>`. */
export const INVITATION_PATH = '/invitations/:token';
/** Administrators review access requests here; the notification e-mail links to it. */
export const ACCESS_REQUESTS_PATH = '/access-requests';

/** Vendor staff: every organization, and creating one. */
export const ORGANIZATIONS_PATH = '/orgs';
/** One organization: its details and, for vendor staff, its partner links. */
export const ORGANIZATION_DETAILS_PATH = '/orgs/:organizationId/details';
/** Who did what to whom in one organization, newest first. */
export const AUDIT_LOG_PATH = '/orgs/:organizationId/audit';

export function organizationDetailsPath(organizationId: string): string {
  return `/orgs/${encodeURIComponent(organizationId)}/details`;
}

export function auditLogPath(organizationId: string): string {
  return `/orgs/${encodeURIComponent(organizationId)}/audit`;
}

/** An organization's professionals; the organization is in the address so a link can be shared. */
export const ACCOUNTS_PATH = '/orgs/:organizationId/accounts';
/** One professional of an organization: details, roles, invitation, removal. */
export const PROFESSIONAL_PATH = '/orgs/:organizationId/professionals/:professionalId';

export function accountsPath(organizationId: string): string {
  return `/orgs/${encodeURIComponent(organizationId)}/accounts`;
}

export function professionalPath(organizationId: string, professionalId: string): string {
  return `/orgs/${encodeURIComponent(organizationId)}/professionals/${encodeURIComponent(professionalId)}`;
}

export function invitationPath(token: string): string {
  return `/invitations/${encodeURIComponent(token)}`;
}

/** What the gate hands to the sign-in page so the person lands where they were going. */
export interface SignInLocationState {
  from?: string;
}

/**
 * Only same-app paths are honoured: the value comes from history state, which any page can set,
 * and following an absolute or protocol-relative URL would turn sign-in into an open redirect.
 */
export function safeReturnPath(state: unknown): string {
  const from = (state as SignInLocationState | null)?.from;
  // Browsers read "/\host" like "//host", so both spellings are refused.
  if (typeof from !== 'string' || !from.startsWith('/') || /^\/[/\\]/.test(from)) {
    return HOME_PATH;
  }
  if (from === SIGN_IN_PATH || from.startsWith(`${SIGN_IN_PATH}?`)) return HOME_PATH;
  return from;
}
