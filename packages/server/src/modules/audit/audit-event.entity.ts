import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuditAction } from '@foyer/shared';

/** Who did what to whom, when: written in the transaction of the change it records. */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column({ name: 'occurred_at', type: Date })
  occurredAt: Date;

  @Column('varchar', { length: 40 })
  action: AuditAction;

  @Column('varchar', { name: 'actor_professional_id', length: 36, nullable: true })
  actorProfessionalId: string | null;

  /** The actor's name and e-mail at the time, kept after they are deleted. */
  @Column('varchar', { name: 'actor_label', length: 300, nullable: true })
  actorLabel: string | null;

  @Column('varchar', { name: 'target_professional_id', length: 36, nullable: true })
  targetProfessionalId: string | null;

  @Column('varchar', { name: 'target_label', length: 300, nullable: true })
  targetLabel: string | null;

  /** JSON with what changed (never tokens or passwords). */
  @Column('text', { nullable: true })
  details: string | null;

  @Column('varchar', { name: 'request_id', length: 64, nullable: true })
  requestId: string | null;
}
