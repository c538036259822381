import { randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import type { Actor, OrganizationKind, ProfessionalStatus } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { hashToken, newOpaqueToken } from '../../platform/auth/opaque-token';
import { PartnerLinkEntity } from '../organization/partner-link.entity';
import { rolesOf } from '../professional/organization-members';
import { runSql } from '../../platform/db/search/sql';
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
  async open(manager: EntityManager, accountId: string, professionalId: string): Promise<{ token: string; expiresAt: Date }> {
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

  async resolve(token: string | undefined): Promise<SignedInSession | null> {
    if (!token) return null;
    const session = await this.db.manager.findOneBy(SessionEntity, { tokenHash: hashToken(token), revokedAt: IsNull() });
    if (!session || session.expiresAt <= this.clock.now()) return null;
    return { sessionId: session.id, accountId: session.accountId, professionalId: session.professionalId };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.write([], (manager) => manager.update(SessionEntity, { id: sessionId }, { revokedAt: this.clock.now() }));
  }

  /**
   * The signed-in professional as the permission rules see them; null if disabled or removed.
   * Runs for every request, so the professional and their organization come in one statement,
   * with the roles beside it rather than after it.
   */
  async actorFor(professionalId: string): Promise<Actor | null> {
    const manager = this.db.manager;
    const [[professional], roles] = await Promise.all([
      runSql<{ status: ProfessionalStatus; organizationId: string; organizationKind: OrganizationKind }>(
        manager,
        `SELECT p.status AS status, o.id AS "organizationId", o.kind AS "organizationKind"
           FROM professional p JOIN organization o ON o.id = p.organization_id
          WHERE p.id = :professionalId`,
        { professionalId },
      ),
      rolesOf(manager, professionalId),
    ]);
    if (!professional || professional.status === 'DISABLED') return null;
    const servedCustomerIds =
      professional.organizationKind === 'PARTNER'
        ? (await manager.findBy(PartnerLinkEntity, { partnerId: professional.organizationId })).map((l) => l.customerId)
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
