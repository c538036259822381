import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A partner (reseller) serves a customer: its administrators may manage that customer's people. */
@Entity('partner_customer')
export class PartnerLinkEntity {
  @PrimaryColumn('varchar', { name: 'partner_id', length: 36 })
  partnerId: string;

  @PrimaryColumn('varchar', { name: 'customer_id', length: 36 })
  customerId: string;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;
}
