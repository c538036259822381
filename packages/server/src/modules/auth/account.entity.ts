import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person's sign-in: one e-mail and password, associated with one or more professional profiles. */
@Entity('account')
export class AccountEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'email_normalized', length: 254, unique: true })
  emailNormalized: string;

  @Column('varchar', { name: 'password_hash', length: 255 })
  passwordHash: string;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;
}
