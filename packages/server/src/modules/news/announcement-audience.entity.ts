import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One organization or one product (exactly one of the two) a CHOSEN_AUDIENCE announcement is for. */
@Entity('announcement_audience')
export class AnnouncementAudienceEntity {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('varchar', { name: 'announcement_id', length: 36 })
  announcementId: string;

  @Column('varchar', { name: 'organization_id', length: 36, nullable: true })
  organizationId: string | null;

  @Column('varchar', { length: 40, nullable: true })
  product: string | null;
}
