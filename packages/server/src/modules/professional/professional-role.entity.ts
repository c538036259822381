import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@foyer/shared';

/**
 * One role held by one professional. organization_id is repeated here so that a partial
 * unique index can guarantee a mandatory contact role has at most one holder per organization.
 */
@Entity('professional_role')
export class ProfessionalRoleEntity {
  @PrimaryColumn('varchar', { name: 'professional_id', length: 36 })
  professionalId: string;

  @PrimaryColumn('varchar', { length: 32 })
  role: Role;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;
}
