import type { OutgoingEmail } from '../../platform/mail/outgoing-email';
import { escapeHtml } from '../invitation/invitation-email';

export interface AccessRequestedFacts {
  to: string;
  administratorFirstName: string;
  organizationName: string;
  requesterName: string;
  requesterEmail: string;
  message: string | null;
  /** Where administrators review requests. */
  link: string;
}

/** Tells an administrator that someone asks to join: who, from which address, and why. */
export function accessRequestedEmail(facts: AccessRequestedFacts): OutgoingEmail {
  const subject = `${facts.requesterName} asks to join ${facts.organizationName} on Foyer`;
  const text = [
    `Hello ${facts.administratorFirstName},`,
    '',
    `${facts.requesterName} <${facts.requesterEmail}> asks to join ${facts.organizationName} on Foyer.`,
    '',
    ...(facts.message
      ? ['Their message:', ...facts.message.split(/\r?\n/).map((line) => `> ${line}`), '']
      : ['They left no message.', '']),
    'Approve the request to invite them, or decline it:',
    facts.link,
    '',
    'If you do not know this person, decline the request; they will not be given access.',
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><body style="font-family: system-ui, sans-serif; color: #1b2430; line-height: 1.5">
<p>Hello ${escapeHtml(facts.administratorFirstName)},</p>
<p><strong>${escapeHtml(facts.requesterName)}</strong> &lt;<a href="mailto:${escapeHtml(facts.requesterEmail)}">${escapeHtml(facts.requesterEmail)}</a>&gt; asks to join <strong>${escapeHtml(facts.organizationName)}</strong> on Foyer.</p>
${
  facts.message
    ? `<p>Their message:</p>\n<blockquote style="margin: 0 0 1em; padding-left: 12px; border-left: 3px solid #c7d0db; white-space: pre-wrap">${escapeHtml(facts.message)}</blockquote>`
    : '<p>They left no message.</p>'
}
<p><a href="${escapeHtml(facts.link)}" style="display: inline-block; padding: 10px 18px; background: #1f5fbf; color: #fff; border-radius: 6px; text-decoration: none">Review the request</a></p>
<p style="font-size: 0.9em">Or open this address: <a href="${escapeHtml(facts.link)}">${escapeHtml(facts.link)}</a></p>
<p style="font-size: 0.9em; color: #566">If you do not know this person, decline the request; they will not be given access.</p>
</body></html>`;
  return { to: facts.to, subject, text, html };
}

export interface AccessDeclinedFacts {
  to: string;
  firstName: string;
  organizationName: string;
  reason: string | null;
  supportEmail: string;
}

/** Tells the requester that the request was declined, why if the administrator said, and who can help. */
export function accessDeclinedEmail(facts: AccessDeclinedFacts): OutgoingEmail {
  const subject = `Your request to join ${facts.organizationName} on Foyer`;
  const help = `If you think this is a mistake, ask ${facts.organizationName}’s administrators, or write to ${facts.supportEmail}.`;
  const text = [
    `Hello ${facts.firstName},`,
    '',
    `The administrators of ${facts.organizationName} declined your request to join them on Foyer.`,
    '',
    ...(facts.reason
      ? ['The reason they gave:', ...facts.reason.split(/\r?\n/).map((line) => `> ${line}`), '']
      : []),
    help,
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><body style="font-family: system-ui, sans-serif; color: #1b2430; line-height: 1.5">
<p>Hello ${escapeHtml(facts.firstName)},</p>
<p>The administrators of <strong>${escapeHtml(facts.organizationName)}</strong> declined your request to join them on Foyer.</p>
${
  facts.reason
    ? `<p>The reason they gave:</p>\n<blockquote style="margin: 0 0 1em; padding-left: 12px; border-left: 3px solid #c7d0db; white-space: pre-wrap">${escapeHtml(facts.reason)}</blockquote>`
    : ''
}
<p style="font-size: 0.9em; color: #566">${escapeHtml(help)}</p>
</body></html>`;
  return { to: facts.to, subject, text, html };
}
