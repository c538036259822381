import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrganizationKind, Region } from '@foyer/shared';

@Entity('organization')
export class OrganizationEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 16 })
  kind: OrganizationKind;

  @Column('varchar', { length: 200 })
  name: string;

  @Column('varchar', { name: 'account_number', length: 40, unique: true })
  accountNumber: string;

  @Column('varchar', { length: 20 })
  region: Region;

  /** The e-mail domain people of this organization use, if registered: access requests match it. */
  @Column('varchar', { name: 'email_domain', length: 253, nullable: true })
  emailDomain: string | null;

  /** For a customer or partner: the vendor's professional who looks after it, if one is named. */
  @Column('varchar', { name: 'account_manager_id', length: 36, nullable: true })
  accountManagerId: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt: Date;
}
