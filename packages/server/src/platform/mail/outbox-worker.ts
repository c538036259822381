import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { OutboxMessageEntity } from './outbox-message.entity';
import type { OutgoingEmail } from './outgoing-email';
import type { MailSender } from './smtp-transport';

export interface OutboxWorkerOptions {
  /** The From address of every e-mail (MAIL_FROM). */
  from: string;
  /** How often the running worker looks for due messages when nobody nudges it. */
  pollIntervalMs?: number;
  /** How many due messages one query fetches. */
  batchSize?: number;
  /**
   * How long a claim keeps other workers off a message. It must comfortably exceed one SMTP
   * attempt (a few seconds with the transport's timeouts): a claim that expires mid-send lets
   * another worker send the same message again. It also bounds how long a message claimed by a
   * worker that crashed waits before another worker picks it up.
   */
  claimMs?: number;
  /** Wait after the first failure; it doubles with each further failure. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** Source of the backoff jitter (tests pass a constant). */
  random?: () => number;
  logger?: Pick<Console, 'warn'>;
}

export interface DrainResult {
  sent: number;
  failed: number;
}

export const OUTBOX_WORKER_DEFAULTS = {
  pollIntervalMs: 1_000,
  batchSize: 20,
  claimMs: 2 * 60_000,
  baseBackoffMs: 5_000,
  maxBackoffMs: 15 * 60_000,
} as const;

/** Up to this fraction of the backoff is added at random, so retries of many messages spread out. */
const JITTER = 0.1;

/**
 * Delivers the transactional outbox. Any number of workers, in one process or several, may run
 * against one database: a worker sends a message only after its claim (a conditional UPDATE that
 * must change exactly one row) succeeded, and marks it sent right after SMTP accepted it.
 */
export class OutboxWorker {
  private readonly options: Required<OutboxWorkerOptions>;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private current: Promise<DrainResult> | null = null;
  private nudged = false;

  constructor(
    private readonly db: Database,
    private readonly sender: MailSender,
    private readonly clock: Clock,
    options: OutboxWorkerOptions,
  ) {
    this.options = { ...OUTBOX_WORKER_DEFAULTS, random: Math.random, logger: console, ...options };
  }

  /** Polls every pollIntervalMs (and on notify()) until stop(). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops polling and waits for the delivery in progress, if any, to finish and be recorded. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.current?.catch(() => undefined);
    this.sender.close?.();
  }

  /** Call after committing a transaction that enqueued mail: the worker looks at once. */
  notify(): void {
    if (!this.running) return;
    if (this.current) this.nudged = true;
    else this.schedule(0);
  }

  /**
   * Delivers every message due now, once; resolves with what happened. Calls on one worker run
   * one after another.
   */
  drain(): Promise<DrainResult> {
    const run = (this.current ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => this.drainDue());
    this.current = run;
    const settle = () => {
      if (this.current === run) this.current = null;
    };
    run.then(settle, settle);
    return run;
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = null;
    try {
      await this.drain();
    } catch (error) {
      this.options.logger.warn(
        `Mail: the outbox worker could not read the outbox: ${oneLine(error)}`,
      );
    }
    if (!this.running) return;
    this.schedule(this.nudged ? 0 : this.options.pollIntervalMs);
    this.nudged = false;
  }

  private async drainDue(): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, failed: 0 };
    // A message this drain already tried is not tried again by it, whatever the clock says.
    const tried = new Set<string>();
    for (;;) {
      const due = await this.findDue(this.clock.now());
      const fresh = due.filter((id) => !tried.has(id));
      for (const id of fresh) {
        tried.add(id);
        const outcome = await this.deliver(id);
        if (outcome !== 'skipped') result[outcome] += 1;
      }
      if (fresh.length === 0 || due.length < this.options.batchSize) return result;
    }
  }

  /**
   * Only a hint: on SQLite this read shares the connection of any open write transaction and may
   * see its uncommitted rows. The claim, run through db.write, is what decides.
   */
  private async findDue(now: Date): Promise<string[]> {
    const rows = await this.db.manager
      .createQueryBuilder(OutboxMessageEntity, 'm')
      .select('m.id', 'id')
      .where(
        'm.sentAt IS NULL AND m.availableAt <= :now AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)',
        { now },
      )
      .orderBy('m.availableAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(this.options.batchSize)
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  private async deliver(id: string): Promise<'sent' | 'failed' | 'skipped'> {
    const claim = await this.claim(id);
    if (!claim) return 'skipped';
    const { message, claimedUntil } = claim;
    try {
      await this.sender.send({ ...parsePayload(message), from: this.options.from });
    } catch (error) {
      await this.recordFailure(message, claimedUntil, error);
      return 'failed';
    }
    await this.recordSent(id);
    return 'sent';
  }

  /** The claim: exactly one row changed means this worker, and no other, may send the message. */
  private claim(id: string): Promise<{ message: OutboxMessageEntity; claimedUntil: Date } | null> {
    const now = this.clock.now();
    const claimedUntil = new Date(now.getTime() + this.options.claimMs);
    return this.db.write([], async (manager) => {
      const update = await manager
        .createQueryBuilder()
        .update(OutboxMessageEntity)
        .set({ claimedUntil })
        .where(
          'id = :id AND sent_at IS NULL AND available_at <= :now AND (claimed_until IS NULL OR claimed_until < :now)',
          { id, now },
        )
        .execute();
      if (update.affected !== 1) return null;
      const message = await manager.findOneByOrFail(OutboxMessageEntity, { id });
      return { message, claimedUntil };
    });
  }

  /**
   * Retried a few times: the message is already out, and if this record is lost the message
   * is sent again once the claim expires.
   */
  private async recordSent(id: string): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.db.write([], (manager) =>
          manager
            .createQueryBuilder()
            .update(OutboxMessageEntity)
            .set({ sentAt: this.clock.now(), claimedUntil: null, lastError: null })
            .where('id = :id AND sent_at IS NULL', { id })
            .execute(),
        );
        return;
      } catch (error) {
        if (attempt >= 3) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
    }
  }

  private async recordFailure(
    message: OutboxMessageEntity,
    claimedUntil: Date,
    error: unknown,
  ): Promise<void> {
    const attempts = message.attempts + 1;
    const backoffMs = this.backoffMs(attempts);
    const lastError = oneLine(error).slice(0, 500);
    // Only while the claim is still ours: had it expired and another worker taken the message,
    // that worker's record wins.
    await this.db.write([], (manager) =>
      manager
        .createQueryBuilder()
        .update(OutboxMessageEntity)
        .set({
          attempts,
          lastError,
          availableAt: new Date(this.clock.now().getTime() + backoffMs),
          claimedUntil: null,
        })
        .where('id = :id AND sent_at IS NULL AND claimed_until = :claimedUntil', {
          id: message.id,
          claimedUntil,
        })
        .execute(),
    );
    this.options.logger.warn(
      `Mail: could not deliver outbox message ${message.id} (attempt ${attempts}); retrying in ${Math.round(backoffMs / 1000)}s: ${lastError}`,
    );
  }

  private backoffMs(attempts: number): number {
    const { baseBackoffMs, maxBackoffMs, random } = this.options;
    const exponential = baseBackoffMs * 2 ** Math.min(attempts - 1, 30);
    return Math.round(Math.min(maxBackoffMs, exponential * (1 + JITTER * random())));
  }
}

function parsePayload(message: OutboxMessageEntity): OutgoingEmail {
  if (message.kind !== 'email') throw new Error(`Unknown outbox message kind "${message.kind}".`);
  const email = JSON.parse(message.payload) as Partial<OutgoingEmail>;
  if (
    typeof email.to !== 'string' ||
    typeof email.subject !== 'string' ||
    typeof email.text !== 'string' ||
    typeof email.html !== 'string'
  ) {
    throw new Error('The outbox message is not a complete e-mail (to, subject, text, html).');
  }
  return email as OutgoingEmail;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim() || 'unknown error';
}
