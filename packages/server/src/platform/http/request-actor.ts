import type { Request } from 'express';
import type { Actor } from '@foyer/shared';
import type { Services } from '../../services';
import { SESSION_COOKIE } from '../auth/opaque-token';
import type { SignedInSession } from '../../modules/auth/session.service';

/** Who sent the request, from the session cookie: the same lookup for GraphQL and plain routes. */
export async function sessionOfRequest(services: Services, req: Request): Promise<{ session: SignedInSession | null; actor: Actor | null }> {
  const session = await services.sessions.resolve(req.cookies?.[SESSION_COOKIE]);
  const actor = session ? await services.sessions.actorFor(session.professionalId) : null;
  return { session, actor };
}
