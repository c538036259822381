import { OutboxMessageEntity } from '../platform/mail/outbox-message.entity';
import type { OutgoingEmail } from '../platform/mail/outgoing-email';
import type { TestApp } from './test-app';

/** The e-mails queued so far to one address, oldest first. */
export async function queuedEmailsTo(app: TestApp, to: string): Promise<OutgoingEmail[]> {
  const rows = await app.db.manager.find(OutboxMessageEntity, { order: { createdAt: 'ASC' } });
  return rows.map((row) => JSON.parse(row.payload) as OutgoingEmail).filter((email) => email.to.toLowerCase() === to.toLowerCase());
}

/** The token of the newest invitation link mailed to this address. */
export async function latestInvitationToken(app: TestApp, to: string): Promise<string> {
  const emails = await queuedEmailsTo(app, to);
  const link = /\/invitations\/([A-Za-z0-9_-]+)/.exec(emails.at(-1)?.text ?? '');
  if (!link) throw new Error(`No invitation link was mailed to ${to}`);
  return link[1]!;
}
