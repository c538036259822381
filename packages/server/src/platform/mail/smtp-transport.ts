import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { OutgoingEmail } from './outgoing-email';

/** An e-mail ready to go out: what the outbox stores, plus the sender address. */
export type SendableEmail = OutgoingEmail & { from: string };

/** Delivers one e-mail, or throws; the outbox worker decides about retries. */
export interface MailSender {
  send(email: SendableEmail): Promise<void>;
  close?(): void;
}

export interface SmtpTimeouts {
  /** To open the TCP (or TLS) connection. */
  connectionTimeoutMs: number;
  /** For the server's greeting once connected. */
  greetingTimeoutMs: number;
  /** Of silence on an open connection. */
  socketTimeoutMs: number;
}

/**
 * Short enough that a server that is down or stuck fails an attempt within seconds, so the
 * outbox worker moves on and retries later instead of holding a claim for minutes.
 */
export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = {
  connectionTimeoutMs: 5_000,
  greetingTimeoutMs: 5_000,
  socketTimeoutMs: 15_000,
};

/** The parts of an SMTP_URL Foyer uses: smtp://[user[:pass]@]host[:port] or smtps://… */
export interface SmtpLocation {
  secure: boolean;
  host: string;
  port: number;
  auth: { user: string; pass: string } | null;
}

export function parseSmtpUrl(smtpUrl: string): SmtpLocation {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new Error('SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465.');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//.`);
  }
  if (!url.hostname) throw new Error('SMTP_URL names no host.');
  const secure = url.protocol === 'smtps:';
  const user = decodeURIComponent(url.username);
  return {
    secure,
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    auth: user ? { user, pass: decodeURIComponent(url.password) } : null,
  };
}

/** host:port of an SMTP_URL, for startup lines and logs: never its credentials. */
export function describeSmtpUrl(smtpUrl: string): string {
  const { host, port, secure } = parseSmtpUrl(smtpUrl);
  return `${secure ? 'smtps' : 'smtp'}://${host}:${port}`;
}

/** A nodemailer transport for the URL; smtp:// still upgrades with STARTTLS when offered. */
export function createSmtpTransport(
  smtpUrl: string,
  timeouts: SmtpTimeouts = DEFAULT_SMTP_TIMEOUTS,
): Transporter<SMTPTransport.SentMessageInfo> {
  const location = parseSmtpUrl(smtpUrl);
  return nodemailer.createTransport({
    host: location.host,
    port: location.port,
    secure: location.secure,
    auth: location.auth ?? undefined,
    connectionTimeout: timeouts.connectionTimeoutMs,
    greetingTimeout: timeouts.greetingTimeoutMs,
    socketTimeout: timeouts.socketTimeoutMs,
    dnsTimeout: timeouts.connectionTimeoutMs,
  });
}

/** Sends over SMTP with nodemailer: a multipart/alternative message, plain text and HTML. */
export class NodemailerSender implements MailSender {
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo>;
  private readonly secrets: string[];

  constructor(smtpUrl: string, timeouts: SmtpTimeouts = DEFAULT_SMTP_TIMEOUTS) {
    this.transport = createSmtpTransport(smtpUrl, timeouts);
    const { auth } = parseSmtpUrl(smtpUrl);
    this.secrets = auth?.pass ? [auth.pass, encodeURIComponent(auth.pass)] : [];
  }

  async send(email: SendableEmail): Promise<void> {
    try {
      await this.transport.sendMail({
        from: email.from,
        to: email.to,
        replyTo: email.replyTo,
        subject: email.subject,
        text: email.text,
        html: email.html,
      });
    } catch (error) {
      // The error is stored in outbox_message.last_error and logged: keep the password out. So no
      // `cause`: the original error's message is the very text that may hold it.
      // eslint-disable-next-line preserve-caught-error
      throw new Error(redact(error instanceof Error ? error.message : String(error), this.secrets));
    }
  }

  close(): void {
    this.transport.close();
  }
}

function redact(message: string, secrets: readonly string[]): string {
  let result = message.replace(/(smtps?:\/\/[^:@/\s]*):[^@/\s]*@/gi, '$1:***@');
  for (const secret of secrets) if (secret) result = result.split(secret).join('***');
  return result;
}
