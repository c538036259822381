import type { Response } from 'express';
import { SESSION_COOKIE } from '../auth/opaque-token';
import type { SessionCookieWriter } from '../graphql/context';

/** httpOnly so scripts cannot read it, SameSite=Lax against cross-site posts, Secure over HTTPS. */
export function sessionCookieWriter(res: Response, secure: boolean): SessionCookieWriter {
  const options = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    set: (token, expiresAt) =>
      res.cookie(SESSION_COOKIE, token, { ...options, expires: expiresAt }),
    clear: () => res.clearCookie(SESSION_COOKIE, options),
  };
}
