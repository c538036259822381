import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { displayName, type AuditAction } from '@foyer/shared';
import type { Clock } from '../../platform/clock';
import { currentRequestId } from '../../platform/http/request-id';
import { ProfessionalEntity } from '../professional/professional.entity';
import { AuditEventEntity } from './audit-event.entity';

/** Someone named in an event: the label keeps the name after the person is deleted. */
export interface AuditParty {
  id: string | null;
  label: string;
}

export interface AuditEntry {
  organizationId: string;
  action: AuditAction;
  /** Who acted: a professional id (looked up for the label), a party, or null for the system. */
  actor: string | AuditParty | null;
  target?: Pick<ProfessionalEntity, 'id' | 'firstName' | 'lastName' | 'email'> | AuditParty | null;
  /** What changed. Never put tokens or passwords here. */
  details?: Record<string, unknown>;
}

/** Writes audit events inside the caller's transaction, so an event exists exactly when its change does. */
export class AuditRecorder {
  constructor(private readonly clock: Clock) {}

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const actor =
      typeof entry.actor === 'string' ? await this.partyOf(manager, entry.actor) : entry.actor;
    const target = entry.target ? toParty(entry.target) : null;
    await manager.insert(AuditEventEntity, {
      id: randomUUID(),
      organizationId: entry.organizationId,
      occurredAt: this.clock.now(),
      action: entry.action,
      actorProfessionalId: actor?.id ?? null,
      actorLabel: actor?.label ?? null,
      targetProfessionalId: target?.id ?? null,
      targetLabel: target?.label ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
      requestId: currentRequestId() ?? null,
    });
  }

  private async partyOf(manager: EntityManager, professionalId: string): Promise<AuditParty> {
    const professional = await manager.findOne(ProfessionalEntity, {
      where: { id: professionalId },
      select: { id: true, firstName: true, lastName: true, email: true },
    });
    return professional
      ? toParty(professional)
      : { id: professionalId, label: 'Unknown professional' };
  }
}

function toParty(
  person: Pick<ProfessionalEntity, 'id' | 'firstName' | 'lastName' | 'email'> | AuditParty,
): AuditParty {
  if ('label' in person) return person;
  return { id: person.id, label: `${displayName(person)} <${person.email}>` };
}
