import { IsNull } from 'typeorm';
import { OutboxMessageEntity } from '../platform/mail/outbox-message.entity';
import type { OutgoingEmail } from '../platform/mail/outgoing-email';
import { hashToken } from '../platform/auth/opaque-token';
import { InvitationEntity } from '../modules/invitation/invitation.entity';
import type { TestApp } from './test-app';

/** The e-mails queued so far to one address, oldest first. */
export async function queuedEmailsTo(app: TestApp, to: string): Promise<OutgoingEmail[]> {
  const rows = await app.db.manager.find(OutboxMessageEntity, { order: { createdAt: 'ASC' } });
  return rows
    .map((row) => JSON.parse(row.payload) as OutgoingEmail)
    .filter((email) => email.to.toLowerCase() === to.toLowerCase());
}

/**
 * The token of the invitation link mailed to this address that is still live. Found by hash,
 * not by mail order: tests run on a fixed clock, so several mails can share one timestamp.
 */
export async function latestInvitationToken(app: TestApp, to: string): Promise<string> {
  const tokens = (await queuedEmailsTo(app, to))
    .map((email) => /\/invitations\/([A-Za-z0-9_-]+)/.exec(email.text)?.[1])
    .filter((token): token is string => Boolean(token));
  const live = await app.db.manager.find(InvitationEntity, {
    where: { acceptedAt: IsNull(), revokedAt: IsNull(), supersededAt: IsNull() },
  });
  const liveHashes = new Set(live.map((invitation) => invitation.tokenHash));
  const token = tokens.find((candidate) => liveHashes.has(hashToken(candidate)));
  if (!token) throw new Error(`No live invitation link was mailed to ${to}`);
  return token;
}
