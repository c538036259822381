import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type AddressObject } from 'mailparser';

export interface CaughtMessage {
  /** The file name without ".eml": safe to put in a URL. */
  id: string;
  from: string;
  to: string;
  subject: string;
  date: Date | null;
  text: string;
  html: string | null;
}

export interface MailCatcherOptions {
  /** 0 picks a free port (tests). */
  port: number;
  dir: string;
  /** At most this many newest messages are listed. */
  listLimit?: number;
}

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/**
 * A local SMTP server for development: whatever Foyer sends is kept as an .eml file in `dir`
 * and shown at /dev/mail, so a new user can follow an invitation link with no mail server.
 * It listens on 127.0.0.1 only, accepts any (or no) credentials and offers no TLS.
 */
export class MailCatcher {
  private server: SMTPServer | null = null;
  private boundPort = 0;

  constructor(private readonly options: MailCatcherOptions) {}

  get dir(): string {
    return this.options.dir;
  }

  /** The port it listens on once started. */
  get port(): number {
    return this.boundPort;
  }

  get smtpUrl(): string {
    return `smtp://127.0.0.1:${this.boundPort}`;
  }

  async start(): Promise<void> {
    fs.mkdirSync(this.options.dir, { recursive: true });
    const server = new SMTPServer({
      authOptional: true,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      hideSTARTTLS: true,
      logger: false,
      banner: 'Foyer mail catcher',
      size: MAX_MESSAGE_BYTES,
      onAuth: (_auth, _session, callback) => callback(null, { user: 'catcher' }),
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', callback);
        stream.on('end', () => {
          if ((stream as { sizeExceeded?: boolean }).sizeExceeded) {
            callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
            return;
          }
          this.store(Buffer.concat(chunks)).then(() => callback(), callback);
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException) => {
        reject(
          error.code === 'EADDRINUSE'
            ? new Error(
                `The local mail catcher cannot listen on 127.0.0.1:${this.options.port}: the port is in use. ` +
                  'Set MAIL_CATCHER_PORT to a free port, or SMTP_URL to deliver through a real mail server.',
              )
            : error,
        );
      };
      server.once('error', onError);
      server.listen(this.options.port, '127.0.0.1', () => {
        server.off('error', onError);
        resolve();
      });
    });
    // After start, a broken client connection must not take the process down.
    server.on('error', (error) => console.warn(`Mail catcher: ${error.message}`));
    this.server = server;
    this.boundPort = (server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The newest messages first. */
  async list(): Promise<CaughtMessage[]> {
    const ids = this.ids().slice(0, this.options.listLimit ?? 100);
    const messages = await Promise.all(ids.map((id) => this.get(id)));
    return messages.filter((message): message is CaughtMessage => message !== null);
  }

  async get(id: string): Promise<CaughtMessage | null> {
    if (!/^[0-9a-z-]+$/.test(id)) return null;
    let raw: Buffer;
    try {
      raw = await fs.promises.readFile(path.join(this.options.dir, `${id}.eml`));
    } catch {
      return null;
    }
    const parsed = await simpleParser(raw);
    return {
      id,
      from: addresses(parsed.from),
      to: addresses(parsed.to),
      subject: parsed.subject ?? '',
      date: parsed.date ?? null,
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : null,
    };
  }

  private ids(): string[] {
    let files: string[];
    try {
      files = fs.readdirSync(this.options.dir);
    } catch {
      return [];
    }
    return files
      .filter((file) => /^[0-9a-z-]+\.eml$/.test(file))
      .map((file) => file.slice(0, -'.eml'.length))
      .sort()
      .reverse();
  }

  /** Written under a temporary name and renamed, so the page never reads half a message. */
  private async store(raw: Buffer): Promise<void> {
    // Zero-padded time first: file names sort in arrival order.
    const id = `${String(Date.now()).padStart(15, '0')}-${randomBytes(4).toString('hex')}`;
    const file = path.join(this.options.dir, `${id}.eml`);
    await fs.promises.writeFile(`${file}.tmp`, raw);
    await fs.promises.rename(`${file}.tmp`, file);
  }
}

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return '';
  return (Array.isArray(value) ? value : [value]).map((address) => address.text).join(', ');
}
