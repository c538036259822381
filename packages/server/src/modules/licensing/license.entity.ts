import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A product an organization holds, with its service plan. Holding a licence entitles the
 * organization to the product's content; the service plan is active between its dates.
 */
@Entity('license')
export class LicenseEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'organization_id', length: 36 })
  organizationId: string;

  /** A product code such as "atlas" (PRODUCT_CODE_PATTERN). */
  @Column('varchar', { length: 40 })
  product: string;

  @Column('varchar', { length: 60 })
  edition: string;

  @Column('integer')
  seats: number;

  /** The service plan's name; null when the licence comes without one. */
  @Column('varchar', { name: 'service_plan', length: 60, nullable: true })
  servicePlan: string | null;

  /** First and last day of the service plan (ISO dates, both included). */
  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Column('date', { name: 'ends_on' })
  endsOn: string;

  /** Shown masked; revealing it is audited (see issue "licensing"). */
  @Column('varchar', { name: 'registration_key', length: 100 })
  registrationKey: string;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt: Date;
}
