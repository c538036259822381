import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ProfessionalStatus } from '@foyer/shared';

@Entity('professional')
export class ProfessionalEntity {
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

  /** Lower-cased e-mail: unique per organization, so "Ana@X.com" and "ana@x.com" collide. */
  @Column('varchar', { name: 'email_normalized', length: 254 })
  emailNormalized: string;

  /** Lower-cased "last first": the keyset the professionals list pages on, with the id. */
  @Column('varchar', { name: 'sort_name', length: 201 })
  sortName: string;

  @Column('varchar', { length: 40, nullable: true })
  phone: string | null;

  @Column('varchar', { name: 'job_title', length: 120, nullable: true })
  jobTitle: string | null;

  @Column('varchar', { name: 'preferred_language', length: 16 })
  preferredLanguage: string;

  @Column('varchar', { length: 16 })
  status: ProfessionalStatus;

  /** The sign-in this profile is associated with; null until the person has one. */
  @Column('varchar', { name: 'account_id', length: 36, nullable: true })
  accountId: string | null;

  @Column({ name: 'last_sign_in_at', type: Date, nullable: true })
  lastSignInAt: Date | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt: Date;
}

export function sortNameOf(person: { firstName: string; lastName: string }): string {
  return `${person.lastName} ${person.firstName}`.trim().toLowerCase();
}
