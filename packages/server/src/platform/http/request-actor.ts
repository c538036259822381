import type { Request } from 'express';
import type { Actor } from '@foyer/shared';
import type { Services } from '../../services';
import { SESSION_COOKIE } from '../auth/opaque-token';
import type { SignedInSession } from '../../modules/auth/session.service';

/** Who sent the request, from the session cookie: the same lookup for GraphQL and plain routes. */
export async function sessionOfRequest(
  services: Services,
  req: Request,
): Promise<{ session: SignedInSession | null; actor: Actor | null }> {
  const signedIn = await services.sessions.signedIn(req.cookies?.[SESSION_COOKIE]);
  return { session: signedIn?.session ?? null, actor: signedIn?.actor ?? null };
}
