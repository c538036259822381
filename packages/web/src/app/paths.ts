export const HOME_PATH = '/';
export const SIGN_IN_PATH = '/sign-in';
export const REQUEST_ACCESS_PATH = '/request-access';
/** Public: the one-time link of an invitation e-mail, `/invitations/<token>`. */
export const INVITATION_PATH = '/invitations/:token';
/** Administrators review access requests here; the notification e-mail links to it. */
export const ACCESS_REQUESTS_PATH = '/access-requests';

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
