import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface TestSmtpServer {
  port: number;
  received: ParsedMail[];
  raw: string[];
  authenticatedAs: string[];
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 for tests: it records and parses every message it accepts and,
 * given credentials, refuses any other login.
 */
export async function startTestSmtpServer(
  options: { port?: number; delayMs?: number; user?: string; password?: string } = {},
): Promise<TestSmtpServer> {
  const result: Omit<TestSmtpServer, 'close'> = {
    port: options.port ?? 0,
    received: [],
    raw: [],
    authenticatedAs: [],
  };
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username !== options.user || auth.password !== options.password)
        return callback(new Error('Invalid username or password'));
      result.authenticatedAs.push(auth.username!);
      return callback(null, { user: auth.username });
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
        const raw = Buffer.concat(chunks);
        result.raw.push(raw.toString('utf8'));
        result.received.push(await simpleParser(raw));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(result.port, '127.0.0.1', () => resolve());
  });
  result.port = (server.server.address() as AddressInfo).port;
  return { ...result, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
