import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import express from 'express';
import type { ParsedMail } from 'mailparser';
import { openDatabase, type Database } from '../db/database';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { Clock } from '../clock';
import { mountMailCatcherPage } from '../http/mail-catcher-page';
import { MailCatcher } from './mail-catcher';
import { enqueueEmail } from './outbox';
import { OutboxMessageEntity } from './outbox-message.entity';
import { OutboxWorker, type OutboxWorkerOptions } from './outbox-worker';
import type { OutgoingEmail } from './outgoing-email';
import { NodemailerSender } from './smtp-transport';
import { startTestSmtpServer, type TestSmtpServer } from '../../test/test-smtp-server';

const SMTP_USER = 'foyer';
const SMTP_PASSWORD = 's3cret-pass';
const FROM = 'Foyer <no-reply@foyer.test>';
const FAST_TIMEOUTS = {
  connectionTimeoutMs: 1_000,
  greetingTimeoutMs: 1_000,
  socketTimeoutMs: 2_000,
};

class ManualClock implements Clock {
  private time = Date.parse('2030-01-01T09:00:00.000Z');
  now(): Date {
    return new Date(this.time);
  }
  advance(ms: number): void {
    this.time += ms;
  }
}

let database: TestDatabase;
let db: Database;
let clock: ManualClock;
const cleanups: Array<() => Promise<unknown> | unknown> = [];

beforeAll(async () => {
  database = await createTestDatabase();
  db = await openDatabase(database.url);
});

afterAll(async () => {
  await db.close();
  await database.drop();
});

beforeEach(async () => {
  clock = new ManualClock();
  await db.write([], (manager) =>
    manager.createQueryBuilder().delete().from(OutboxMessageEntity).execute(),
  );
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('outbox delivery over SMTP', () => {
  it('delivers a committed e-mail once, with a plain-text and an HTML part', async () => {
    const smtp = await startSmtp();
    const { worker } = makeWorker(smtpUrl(smtp.port));
    const id = await db.write([], (manager) =>
      enqueueEmail(manager, invitationEmail('ana@acme.test'), clock.now()),
    );

    expect(await worker.drain()).toEqual({ sent: 1, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail.subject).toBe('You are invited to Foyer');
    expect(addressText(mail.to)).toBe('ana@acme.test');
    expect(mail.from?.value).toEqual([{ name: 'Foyer', address: 'no-reply@foyer.test' }]);
    expect(mail.replyTo?.value).toEqual([{ name: '', address: 'admin@acme.test' }]);
    expect(mail.text?.trim()).toBe('Open https://foyer.test/invitation/abc to join.');
    expect(mail.html).toContain('<a href="https://foyer.test/invitation/abc">join</a>');
    expect(smtp.raw[0]).toMatch(/Content-Type: multipart\/alternative/i);
    expect(smtp.raw[0]).toMatch(/Content-Type: text\/plain/i);
    expect(smtp.raw[0]).toMatch(/Content-Type: text\/html/i);
    expect(smtp.authenticatedAs).toEqual([SMTP_USER]);

    const row = await db.manager.findOneByOrFail(OutboxMessageEntity, { id });
    expect(row.sentAt?.toISOString()).toBe(clock.now().toISOString());
    expect(row.claimedUntil).toBeNull();
    expect(row.attempts).toBe(0);

    clock.advance(24 * 3600_000);
    expect(await worker.drain()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('sends nothing for a transaction that rolled back, even if the worker looked while it was open', async () => {
    const smtp = await startSmtp();
    const { worker } = makeWorker(smtpUrl(smtp.port));
    let drainDuringTransaction: Promise<unknown> = Promise.resolve();

    await expect(
      db.write([], async (manager) => {
        await enqueueEmail(manager, invitationEmail('ana@acme.test'), clock.now());
        drainDuringTransaction = worker.drain();
        await new Promise((resolve) => setTimeout(resolve, 100));
        throw new Error('the invitation failed');
      }),
    ).rejects.toThrow('the invitation failed');

    expect(await drainDuringTransaction).toEqual({ sent: 0, failed: 0 });
    expect(await worker.drain()).toEqual({ sent: 0, failed: 0 });
    expect(await db.manager.count(OutboxMessageEntity)).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it('retries with growing backoff while SMTP is down, then delivers exactly once when it is up', async () => {
    const port = await closedPort();
    const { worker, warnings } = makeWorker(smtpUrl(port));
    const id = await db.write([], (manager) =>
      enqueueEmail(manager, invitationEmail('ana@acme.test'), clock.now()),
    );

    expect(await worker.drain()).toEqual({ sent: 0, failed: 1 });
    let row = await db.manager.findOneByOrFail(OutboxMessageEntity, { id });
    expect(row).toMatchObject({ attempts: 1, sentAt: null, claimedUntil: null });
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    // 5 s, plus the jitter (random() = 0.5 → 5 %).
    expect(row.availableAt.getTime() - clock.now().getTime()).toBe(5_250);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(id);
    expect(warnings[0]).not.toMatch(/\n/);

    expect(await worker.drain()).toEqual({ sent: 0, failed: 0 });
    clock.advance(5_250);
    expect(await worker.drain()).toEqual({ sent: 0, failed: 1 });
    row = await db.manager.findOneByOrFail(OutboxMessageEntity, { id });
    expect(row.attempts).toBe(2);
    expect(row.availableAt.getTime() - clock.now().getTime()).toBe(10_500);
    expect(warnings).toHaveLength(2);
    for (const text of [...warnings, row.lastError ?? ''])
      expect(text).not.toContain(SMTP_PASSWORD);

    const smtp = await startSmtp(port);
    clock.advance(10_000);
    expect(await worker.drain()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);

    clock.advance(500);
    expect(await worker.drain()).toEqual({ sent: 1, failed: 0 });
    clock.advance(24 * 3600_000);
    expect(await worker.drain()).toEqual({ sent: 0, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].subject).toBe('You are invited to Foyer');
    row = await db.manager.findOneByOrFail(OutboxMessageEntity, { id });
    expect(row.sentAt).not.toBeNull();
    expect(row.attempts).toBe(2);
    expect(warnings).toHaveLength(2);
  });

  it('caps the backoff at maxBackoffMs', async () => {
    const { worker } = makeWorker(smtpUrl(await closedPort()), db, { maxBackoffMs: 30_000 });
    const id = await db.write([], (manager) =>
      enqueueEmail(manager, invitationEmail('ana@acme.test'), clock.now()),
    );
    const waits: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      expect(await worker.drain()).toEqual({ sent: 0, failed: 1 });
      const row = await db.manager.findOneByOrFail(OutboxMessageEntity, { id });
      waits.push(row.availableAt.getTime() - clock.now().getTime());
      clock.advance(waits[waits.length - 1]);
    }
    expect(waits).toEqual([5_250, 10_500, 21_000, 30_000, 30_000]);
  });

  it('gives up an attempt within seconds when the server accepts the connection but never answers', async () => {
    const silent = net.createServer(() => undefined);
    const sockets = new Set<net.Socket>();
    silent.on('connection', (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => silent.close(resolve));
    });
    const { worker } = makeWorker(smtpUrl((silent.address() as AddressInfo).port));
    const id = await db.write([], (manager) =>
      enqueueEmail(manager, invitationEmail('ana@acme.test'), clock.now()),
    );

    const started = Date.now();
    expect(await worker.drain()).toEqual({ sent: 0, failed: 1 });
    expect(Date.now() - started).toBeLessThan(5_000);
    const row = await db.manager.findOneByOrFail(OutboxMessageEntity, { id });
    expect(row.lastError).toMatch(/greeting|timeout/i);
  });

  it('leaves alone a message another worker holds until its claim expires, and never resends a sent one', async () => {
    const smtp = await startSmtp();
    const { worker } = makeWorker(smtpUrl(smtp.port));
    const held = await db.write([], (manager) =>
      enqueueEmail(manager, invitationEmail('held@acme.test'), clock.now()),
    );
    const sent = await db.write([], (manager) =>
      enqueueEmail(manager, invitationEmail('sent@acme.test'), clock.now()),
    );
    await db.write([], async (manager) => {
      // As a worker that claimed the message and then crashed mid-send would leave it.
      await manager.update(
        OutboxMessageEntity,
        { id: held },
        { claimedUntil: new Date(clock.now().getTime() + 60_000) },
      );
      await manager.update(OutboxMessageEntity, { id: sent }, { sentAt: clock.now() });
    });

    expect(await worker.drain()).toEqual({ sent: 0, failed: 0 });
    clock.advance(60_001);
    expect(await worker.drain()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received.map((mail) => addressText(mail.to))).toEqual(['held@acme.test']);
  });

  it('delivers each message once when two workers drain at the same time', async () => {
    const smtp = await startSmtp(0, { delayMs: 15 });
    // On PostgreSQL the second worker gets a pool of its own, as another process would. Not on
    // SQLite: better-sqlite3 blocks the event loop while it waits for a lock that another
    // connection of this same process holds, so two connections in one process deadlock until
    // busy_timeout. There both workers share the connection; the claim still decides who sends.
    const otherDb = database.kind === 'postgres' ? await openDatabase(database.url) : db;
    if (otherDb !== db) cleanups.push(() => otherDb.close());
    const first = makeWorker(smtpUrl(smtp.port), db, { batchSize: 4 });
    const second = makeWorker(smtpUrl(smtp.port), otherDb, { batchSize: 4 });
    const recipients = Array.from({ length: 12 }, (_, i) => `person${i}@acme.test`);
    await db.write([], async (manager) => {
      for (const to of recipients) await enqueueEmail(manager, invitationEmail(to), clock.now());
    });

    const results = await Promise.all([
      first.worker.drain(),
      second.worker.drain(),
      first.worker.drain(),
      second.worker.drain(),
    ]);

    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(12);
    expect(results.every((result) => result.failed === 0)).toBe(true);
    expect(smtp.received.map((mail) => addressText(mail.to)).sort()).toEqual(
      [...recipients].sort(),
    );
    expect(await db.manager.count(OutboxMessageEntity)).toBe(12);
    const unsent = await db.manager
      .createQueryBuilder(OutboxMessageEntity, 'm')
      .where('m.sentAt IS NULL OR m.claimedUntil IS NOT NULL')
      .getCount();
    expect(unsent).toBe(0);
  });
});

describe('the local mail catcher', () => {
  it('stores what it receives as .eml files and lists it, escaped and with clickable links, at /dev/mail', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foyer-mail-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const catcher = new MailCatcher({ port: 0, dir: path.join(dir, 'mail') });
    await catcher.start();
    cleanups.push(() => catcher.stop());
    const { worker } = makeWorker(catcher.smtpUrl);
    await db.write([], (manager) =>
      enqueueEmail(
        manager,
        { ...invitationEmail('ana@acme.test'), subject: 'Tom & <b>Jerry</b>' },
        clock.now(),
      ),
    );

    expect(await worker.drain()).toEqual({ sent: 1, failed: 0 });

    expect(
      fs.readdirSync(path.join(dir, 'mail')).filter((file) => file.endsWith('.eml')),
    ).toHaveLength(1);
    const messages = await catcher.list();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      from: '"Foyer" <no-reply@foyer.test>',
      to: 'ana@acme.test',
      subject: 'Tom & <b>Jerry</b>',
      text: expect.stringContaining('https://foyer.test/invitation/abc'),
      html: expect.stringContaining('<a href="https://foyer.test/invitation/abc">join</a>'),
    });
    expect(messages[0].date).toBeInstanceOf(Date);

    const app = express();
    mountMailCatcherPage(app, catcher);
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    cleanups.push(() => new Promise((resolve) => server.close(resolve)));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const list = await (await fetch(`${base}/dev/mail`)).text();
    expect(list).toContain('Tom &#38; &#60;b&#62;Jerry&#60;/b&#62;');
    expect(list).not.toContain('<b>Jerry');
    expect(list).toContain(
      '<a href="https://foyer.test/invitation/abc" target="_blank" rel="noopener noreferrer">',
    );
    expect(list).toContain(`href="/dev/mail/${messages[0].id}"`);

    const one = await fetch(`${base}/dev/mail/${messages[0].id}`);
    const page = await one.text();
    expect(one.status).toBe(200);
    expect(page).toMatch(/<iframe [^>]*sandbox="[^"]*"/);
    expect(page).not.toContain('allow-scripts');
    expect(page).toContain(
      '&#60;a href=&#34;https://foyer.test/invitation/abc&#34;&#62;join&#60;/a&#62;',
    );

    expect((await fetch(`${base}/dev/mail/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect((await fetch(`${base}/dev/mail/000000000000000-nothing`)).status).toBe(404);
  });

  it('names MAIL_CATCHER_PORT and SMTP_URL when its port is taken', async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => busy.close(resolve)));
    const catcher = new MailCatcher({
      port: (busy.address() as AddressInfo).port,
      dir: fs.mkdtempSync(path.join(os.tmpdir(), 'foyer-mail-')),
    });
    cleanups.push(() => fs.rmSync(catcher.dir, { recursive: true, force: true }));

    await expect(catcher.start()).rejects.toThrow(/in use.*MAIL_CATCHER_PORT.*SMTP_URL/);
  });
});

function invitationEmail(to: string): OutgoingEmail {
  return {
    to,
    subject: 'You are invited to Foyer',
    text: 'Open https://foyer.test/invitation/abc to join.',
    html: '<p>Open <a href="https://foyer.test/invitation/abc">join</a>.</p>',
    replyTo: 'admin@acme.test',
  };
}

function smtpUrl(port: number): string {
  return `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${port}`;
}

function makeWorker(
  url: string,
  database: Database = db,
  options: Partial<OutboxWorkerOptions> = {},
) {
  const warnings: string[] = [];
  const worker = new OutboxWorker(database, new NodemailerSender(url, FAST_TIMEOUTS), clock, {
    from: FROM,
    random: () => 0.5,
    logger: { warn: (...args: unknown[]) => warnings.push(args.join(' ')) },
    ...options,
  });
  cleanups.push(() => worker.stop());
  return { worker, warnings };
}

/** The shared test SMTP server with this suite's credentials, closed after each test. */
async function startSmtp(port = 0, options: { delayMs?: number } = {}): Promise<TestSmtpServer> {
  const server = await startTestSmtpServer({
    port,
    delayMs: options.delayMs,
    user: SMTP_USER,
    password: SMTP_PASSWORD,
  });
  cleanups.push(() => server.close());
  return server;
}

/** A port nothing listens on: SMTP is "down". */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function addressText(value: ParsedMail['to']): string {
  if (!value) return '';
  return (Array.isArray(value) ? value : [value]).map((address) => address.text).join(', ');
}
