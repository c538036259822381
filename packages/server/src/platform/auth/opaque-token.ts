import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'foyer_session';

/** 256 random bits, base64url: session tokens and invitation links. Only the holder has it. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of a token, so a leaked table signs nobody in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
