export const HOME_PATH = '/';
export const SIGN_IN_PATH = '/sign-in';

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
