import { randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { hashToken, newOpaqueToken } from '../../platform/auth/opaque-token';
import { OrganizationEntity } from '../organization/organization.entity';
import { PartnerLinkEntity } from '../organization/partner-link.entity';
import { ProfessionalEntity } from '../professional/professional.entity';
import { rolesOf } from '../professional/organization-members';
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

  /** The signed-in professional as the permission rules see them; null if disabled or removed. */
  async actorFor(professionalId: string): Promise<Actor | null> {
    const manager = this.db.manager;
    const professional = await manager.findOneBy(ProfessionalEntity, { id: professionalId });
    if (!professional || professional.status === 'DISABLED') return null;
    const [organization, roles] = await Promise.all([
      manager.findOneByOrFail(OrganizationEntity, { id: professional.organizationId }),
      rolesOf(manager, professional.id),
    ]);
    const servedCustomerIds =
      organization.kind === 'PARTNER'
        ? (await manager.findBy(PartnerLinkEntity, { partnerId: organization.id })).map((l) => l.customerId)
        : [];
    return {
      professionalId: professional.id,
      organizationId: organization.id,
      organizationKind: organization.kind,
      status: professional.status,
      roles,
      servedCustomerIds,
    };
  }
}
