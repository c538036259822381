import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { OutboxMessageEntity } from './outbox-message.entity';
import type { OutgoingEmail } from './outgoing-email';

/**
 * Queues an e-mail inside the caller's transaction: it is delivered by the outbox worker only
 * if that transaction commits.
 */
export async function enqueueEmail(
  manager: EntityManager,
  email: OutgoingEmail,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await manager.insert(OutboxMessageEntity, {
    id,
    kind: 'email',
    payload: JSON.stringify(email),
    createdAt: now,
    availableAt: now,
    attempts: 0,
    claimedUntil: null,
    sentAt: null,
    lastError: null,
  });
  return id;
}
