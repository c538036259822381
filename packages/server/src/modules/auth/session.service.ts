import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Actor, OrganizationKind, ProfessionalStatus, Role } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { hashToken, newOpaqueToken } from '../../platform/auth/opaque-token';
import { PartnerLinkEntity } from '../organization/partner-link.entity';
import { rolesOf } from '../professional/organization-members';
import { runSql, toDate } from '../../platform/db/search/sql';
import { SessionEntity } from './session.entity';

export interface SignedInSession {
  sessionId: string;
  accountId: string;
  professionalId: string;
}

/** Opaque session tokens: issued at sign-in, looked up by hash on every request, revoked at sign-out. */
export class SessionService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly ttlDays: number,
  ) {}

  /** Inside the sign-in transaction; returns the token for the cookie and when it expires. */
  async open(
    manager: EntityManager,
    accountId: string,
    professionalId: string,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = newOpaqueToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.ttlDays * 86_400_000);
    await manager.insert(SessionEntity, {
      id: randomUUID(),
      tokenHash: hashToken(token),
      accountId,
      professionalId,
      createdAt: now,
      expiresAt,
      revokedAt: null,
    });
    return { token, expiresAt };
  }

  /**
   * The session a cookie's token opens and who it signs in, for every request: one statement
   * finds the session, the professional, their organization and roles (a row per role), and only
   * a partner's professional needs a second, for the customers served. The actor is null when the
   * professional is disabled or gone; the session stays, so that signing out still ends it.
   */
  async signedIn(
    token: string | undefined,
  ): Promise<{ session: SignedInSession; actor: Actor | null } | null> {
    if (!token) return null;
    const rows = await this.db.readPrepared<SignedInRow>(
      'foyer_signed_in',
      `SELECT s.id AS "sessionId", s.account_id AS "accountId", s.professional_id AS "professionalId", s.expires_at AS "expiresAt",
              p.status AS status, o.id AS "organizationId", o.kind AS "organizationKind", r.role AS role
         FROM session s
         LEFT JOIN professional p ON p.id = s.professional_id
         LEFT JOIN organization o ON o.id = p.organization_id
         LEFT JOIN professional_role r ON r.professional_id = p.id
        WHERE s.token_hash = :tokenHash AND s.revoked_at IS NULL`,
      { tokenHash: hashToken(token) },
    );
    const [first] = rows;
    if (!first || toDate(first.expiresAt) <= this.clock.now()) return null;
    const session = {
      sessionId: first.sessionId,
      accountId: first.accountId,
      professionalId: first.professionalId,
    };
    if (first.status === null || first.organizationId === null || first.organizationKind === null)
      return { session, actor: null };
    const roles = rows.flatMap((row) => (row.role === null ? [] : [row.role]));
    const actor = await this.actorOf(
      first.professionalId,
      {
        status: first.status,
        organizationId: first.organizationId,
        organizationKind: first.organizationKind,
      },
      roles,
    );
    return { session, actor };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.write([], (manager) =>
      manager.update(SessionEntity, { id: sessionId }, { revokedAt: this.clock.now() }),
    );
  }

  /** The professional as the permission rules see them, right after they signed in; null if disabled or removed. */
  async actorFor(professionalId: string): Promise<Actor | null> {
    const manager = this.db.manager;
    const [[professional], roles] = await Promise.all([
      runSql<ProfessionalRow>(
        manager,
        `SELECT p.status AS status, o.id AS "organizationId", o.kind AS "organizationKind"
           FROM professional p JOIN organization o ON o.id = p.organization_id
          WHERE p.id = :professionalId`,
        { professionalId },
      ),
      rolesOf(manager, professionalId),
    ]);
    return professional ? this.actorOf(professionalId, professional, roles) : null;
  }

  private async actorOf(
    professionalId: string,
    professional: ProfessionalRow,
    roles: Role[],
  ): Promise<Actor | null> {
    if (professional.status === 'DISABLED') return null;
    const servedCustomerIds =
      professional.organizationKind === 'PARTNER'
        ? (
            await this.db.manager.findBy(PartnerLinkEntity, {
              partnerId: professional.organizationId,
            })
          ).map((l) => l.customerId)
        : [];
    return {
      professionalId,
      organizationId: professional.organizationId,
      organizationKind: professional.organizationKind,
      status: professional.status,
      roles,
      servedCustomerIds,
    };
  }
}

interface ProfessionalRow {
  status: ProfessionalStatus;
  organizationId: string;
  organizationKind: OrganizationKind;
}

/** A row of signedIn's statement: the professional's columns are null when they are gone, the role when they hold none. */
interface SignedInRow extends SignedInSession, NullableFields<ProfessionalRow> {
  expiresAt: unknown;
  role: Role | null;
}

type NullableFields<T> = { [K in keyof T]: T[K] | null };
