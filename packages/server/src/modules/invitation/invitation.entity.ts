import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { InvitationStatus } from '@foyer/shared';

/** A one-time link to join an organization as a professional. Only the token's hash is kept. */
@Entity('invitation')
export class InvitationEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'professional_id', length: 36 })
  professionalId: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  /** The invited address: only a sign-in with this e-mail may take the invitation. */
  @Column('varchar', { name: 'email_normalized', length: 254 })
  emailNormalized: string;

  @Column('varchar', { name: 'token_hash', length: 64, unique: true })
  tokenHash: string;

  @Column('varchar', { name: 'invited_by_professional_id', length: 36, nullable: true })
  invitedByProfessionalId: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'expires_at', type: Date })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: Date, nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt: Date | null;

  /** Set when a re-send replaced this link with a new one. */
  @Column({ name: 'superseded_at', type: Date, nullable: true })
  supersededAt: Date | null;
}

export function invitationStatus(invitation: InvitationEntity, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'ACCEPTED';
  if (invitation.revokedAt) return 'REVOKED';
  if (invitation.supersededAt) return 'SUPERSEDED';
  if (invitation.expiresAt <= now) return 'EXPIRED';
  return 'PENDING';
}
