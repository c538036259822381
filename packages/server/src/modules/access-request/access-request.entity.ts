import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AccessRequestStatus } from '@foyer/shared';

/** Someone asking to join an organization; its administrators approve or decline. */
@Entity('access_request')
export class AccessRequestEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  @Column('varchar', { name: 'first_name', length: 100 })
  firstName: string;

  @Column('varchar', { name: 'last_name', length: 100 })
  lastName: string;

  @Column('varchar', { length: 254 })
  email: string;

  @Column('varchar', { name: 'email_normalized', length: 254 })
  emailNormalized: string;

  @Column('text', { nullable: true })
  message: string | null;

  @Column('varchar', { length: 16 })
  status: AccessRequestStatus;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'decided_at', type: Date, nullable: true })
  decidedAt: Date | null;

  @Column('varchar', { name: 'decided_by_professional_id', length: 36, nullable: true })
  decidedByProfessionalId: string | null;

  @Column('text', { name: 'decline_reason', nullable: true })
  declineReason: string | null;

  /** The professional created when the request was approved. */
  @Column('varchar', { name: 'professional_id', length: 36, nullable: true })
  professionalId: string | null;
}
