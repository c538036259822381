import type { OutgoingEmail } from '../../platform/mail/outgoing-email';

export interface InvitationEmailFacts {
  to: string;
  firstName: string;
  organizationName: string;
  inviterName: string | null;
  link: string;
  expiresAt: Date;
  supportEmail: string;
}

/** The invitation mail: a plain-text part and an HTML part saying the same thing. */
export function invitationEmail(facts: InvitationEmailFacts): OutgoingEmail {
  const who = facts.inviterName ? `${facts.inviterName} invited you` : 'You are invited';
  const expires = facts.expiresAt.toUTCString();
  const subject = `${who} to ${facts.organizationName} on Foyer`;
  const text = [
    `Hello ${facts.firstName},`,
    '',
    `${who} to join ${facts.organizationName} on Foyer, the customer portal for knowledge, software updates, training and licensing.`,
    '',
    'Accept the invitation here (the link works once):',
    facts.link,
    '',
    `The link expires on ${expires}. If it has expired, ask ${facts.organizationName}'s administrators to send a new one, or write to ${facts.supportEmail}.`,
    '',
    'If you did not expect this invitation, you can ignore this e-mail.',
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><body style="font-family: system-ui, sans-serif; color: #1b2430; line-height: 1.5">
<p>Hello ${escapeHtml(facts.firstName)},</p>
<p>${escapeHtml(who)} to join <strong>${escapeHtml(facts.organizationName)}</strong> on Foyer, the customer portal for knowledge, software updates, training and licensing.</p>
<p><a href="${escapeHtml(facts.link)}" style="display: inline-block; padding: 10px 18px; background: #1f5fbf; color: #fff; border-radius: 6px; text-decoration: none">Accept the invitation</a></p>
<p style="font-size: 0.9em">Or open this address: <a href="${escapeHtml(facts.link)}">${escapeHtml(facts.link)}</a></p>
<p style="font-size: 0.9em; color: #566">The link works once and expires on ${escapeHtml(expires)}. If it has expired, ask ${escapeHtml(facts.organizationName)}’s administrators to send a new one, or write to ${escapeHtml(facts.supportEmail)}.</p>
<p style="font-size: 0.9em; color: #566">If you did not expect this invitation, you can ignore this e-mail.</p>
</body></html>`;
  return { to: facts.to, subject, text, html };
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
