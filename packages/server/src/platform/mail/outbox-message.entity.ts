import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A message to deliver, written in the same transaction as the change that causes it, so a
 * rolled-back change sends nothing and a committed one is delivered even if SMTP is down now.
 */
@Entity('outbox_message')
export class OutboxMessageEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 32 })
  kind: string;

  /** JSON: for kind "email", an OutgoingEmail. */
  @Column('text')
  payload: string;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  /** Not delivered before this time: the retry backoff moves it forward. */
  @Column({ name: 'available_at', type: Date })
  availableAt: Date;

  @Column('integer', { default: 0 })
  attempts: number;

  /** A worker holds the message until then; another worker leaves it alone. */
  @Column({ name: 'claimed_until', type: Date, nullable: true })
  claimedUntil: Date | null;

  @Column({ name: 'sent_at', type: Date, nullable: true })
  sentAt: Date | null;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;
}
