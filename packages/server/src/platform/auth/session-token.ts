import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'foyer_session';

/** 256 random bits, base64url: the only copy lives in the browser's cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of the token, so a leaked table signs nobody in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
