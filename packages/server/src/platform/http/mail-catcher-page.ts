import type { Express, Response } from 'express';
import type { CaughtMessage, MailCatcher } from '../mail/mail-catcher';

/**
 * GET /dev/mail lists what the local mail catcher received, newest first, with clickable links;
 * GET /dev/mail/:id shows one message's HTML part in a sandboxed frame. Mount it only while the
 * catcher runs: the messages hold invitation links.
 */
export function mountMailCatcherPage(app: Express, catcher: MailCatcher): void {
  app.get('/dev/mail', async (_req, res, next) => {
    try {
      const messages = await catcher.list();
      const items = messages.map(listItem).join('\n');
      sendPage(
        res,
        'Mail caught by Foyer',
        `<h1>Mail caught by Foyer</h1>
<p class="meta">Foyer has no SMTP_URL, so every e-mail it sends lands here (and in ${escapeHtml(catcher.dir)}). Newest first; reload for new mail.</p>
${messages.length === 0 ? '<p>No mail yet.</p>' : `<ol>${items}</ol>`}`,
      );
    } catch (error) {
      next(error);
    }
  });

  app.get('/dev/mail/:id', async (req, res, next) => {
    try {
      const message = await catcher.get(String(req.params.id));
      if (!message) {
        res.status(404).type('text').send('No such message.');
        return;
      }
      const body = message.html
        ? // No allow-scripts and no allow-same-origin: the mail runs nothing and reads nothing
          // of this origin; links open in a new tab.
          `<iframe title="HTML part" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(
            `<base target="_blank">${message.html}`,
          )}"></iframe>`
        : `<pre>${linkify(message.text)}</pre>`;
      sendPage(
        res,
        message.subject || '(no subject)',
        `<p><a href="/dev/mail">← All mail</a></p>${header(message)}${body}`,
      );
    } catch (error) {
      next(error);
    }
  });
}

function listItem(message: CaughtMessage): string {
  return `<li>${header(message, `/dev/mail/${encodeURIComponent(message.id)}`)}<pre>${linkify(message.text)}</pre></li>`;
}

function header(message: CaughtMessage, href?: string): string {
  const subject = escapeHtml(message.subject || '(no subject)');
  return `<h2>${href ? `<a href="${escapeHtml(href)}">${subject}</a>` : subject}</h2>
<p class="meta">To ${escapeHtml(message.to)} · from ${escapeHtml(message.from)}${
    message.date
      ? ` · <time datetime="${message.date.toISOString()}">${escapeHtml(message.date.toUTCString())}</time>`
      : ''
  }</p>`;
}

function sendPage(res: Response, title: string, body: string): void {
  res
    .status(200)
    .set('Cache-Control', 'no-store')
    .set(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:; base-uri 'none'; form-action 'none'",
    )
    .set('Referrer-Policy', 'no-referrer')
    .type('html').send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
ol { list-style: none; padding: 0; } li { border-top: 1px solid #ddd; padding: 1rem 0; }
h2 { font-size: 1.1rem; margin: 0; } .meta { color: #666; margin: .25rem 0; }
pre { white-space: pre-wrap; word-break: break-word; background: #f7f7f7; padding: .75rem; }
iframe { width: 100%; height: 70vh; border: 1px solid #ddd; }
</style></head>
<body>${body}</body></html>`);
}

/** Escapes text, turning each http(s) URL in it into a link. */
export function linkify(text: string): string {
  const url = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;
  let html = '';
  let last = 0;
  for (const match of text.matchAll(url)) {
    const index = match.index ?? 0;
    html += escapeHtml(text.slice(last, index));
    const href = escapeHtml(match[0]);
    html += `<a href="${href}" target="_blank" rel="noopener noreferrer">${href}</a>`;
    last = index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
