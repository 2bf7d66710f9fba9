import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NodemailerError } from 'nodemailer';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { PollingLoop } from '../common/polling-loop';
import { MAIL_TRANSPORT, MailTransport, OutgoingEmail } from './mail-transport';

interface ClaimedEmail extends OutgoingEmail {
  id: string;
  /** Including this one. */
  attempts: number;
}

export interface MailBacklog {
  pending: number;
  /** Pending e-mails that failed at least once. */
  failing: number;
  dead: number;
  oldestSeconds: number | null;
}

const BATCH_SIZE = 20;
/** A single-use link does not outlive its e-mail in the database: the text and HTML of a SENT or DEAD one are dropped. */
const blankSecret = (when: string) => `text = CASE WHEN ${when} THEN '' ELSE text END, html = CASE WHEN ${when} THEN '' ELSE html END`;
/** A claimed row whose instance died mid-send is tried again after this (longer than any SMTP timeout). */
const LEASE_SECONDS = 300;
const FIRST_RETRY_SECONDS = 30;
const MAX_BACKOFF_SECONDS = 15 * 60;

/**
 * The e-mail outbox worker: drains email_outbox through the mail transport. Safe with several
 * API instances: due rows are claimed with FOR UPDATE SKIP LOCKED and leased (next_attempt_at
 * moves forward) in one statement, so no two instances send the same row, and no transaction
 * stays open while talking to the mail server. A failure is recorded and retried with
 * exponential backoff (30 s, 1 min, 2 min … capped at 15 min) until MAIL_MAX_ATTEMPTS, then
 * the row is DEAD; so is a message the server refuses for good (5xx to RCPT TO or DATA).
 * Delivery is at least once: a crash between the server's 250 and marking SENT resends.
 * An e-mail that carries a single-use link (containsSecret) keeps no copy of it once SENT or DEAD.
 */
@Injectable()
export class Mailer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly loop: PollingLoop;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.loop = new PollingLoop(() => this.drain(), this.config.mailIntervalMs, this.logger);
  }

  get transportKind(): MailTransport['kind'] {
    return this.transport.kind;
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
    this.transport.close();
  }

  /** Sends every e-mail that is due, batch after batch; returns how many were attempted. */
  async drain(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const batch = await this.claim();
      if (!batch.length) return attempted;
      for (const email of batch) await this.deliver(email);
      attempted += batch.length;
    }
  }

  /** For /health. */
  async backlog(): Promise<MailBacklog> {
    const [row] = await this.db.query(`
      SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
             count(*) FILTER (WHERE status = 'PENDING' AND attempts > 0)::int AS failing,
             count(*) FILTER (WHERE status = 'DEAD')::int AS dead,
             extract(epoch FROM now() - min(created_at) FILTER (WHERE status = 'PENDING'))::int AS "oldestSeconds"
      FROM email_outbox WHERE status IN ('PENDING', 'DEAD')`);
    return row;
  }

  private async claim(): Promise<ClaimedEmail[]> {
    const [rows] = await this.db.query(
      `UPDATE email_outbox SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
       WHERE id IN (
         SELECT id FROM email_outbox WHERE status = 'PENDING' AND next_attempt_at <= now()
         ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, to_address AS "to", language, subject, text, html, attempts`,
      [BATCH_SIZE, LEASE_SECONDS],
    );
    return rows;
  }

  private async deliver(email: ClaimedEmail): Promise<void> {
    try {
      await this.transport.send(email);
    } catch (error) {
      await this.recordFailure(email, error);
      return;
    }
    await this.db.query(
      `UPDATE email_outbox SET status = 'SENT', sent_at = now(), last_error = NULL, ${blankSecret('contains_secret')} WHERE id = $1`,
      [email.id],
    );
  }

  private async recordFailure(email: ClaimedEmail, error: unknown): Promise<void> {
    const dead = email.attempts >= this.config.mailMaxAttempts || refusedForGood(error);
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    await this.db.query(
      `UPDATE email_outbox SET status = $2, last_error = $3,
         next_attempt_at = now() + make_interval(secs => least($4, $5 * power(2, attempts - 1))),
         ${blankSecret('contains_secret AND $6::boolean')}
       WHERE id = $1`,
      [email.id, dead ? 'DEAD' : 'PENDING', message, MAX_BACKOFF_SECONDS, FIRST_RETRY_SECONDS, dead],
    );
    this.logger.warn({ msg: dead ? 'E-mail given up' : 'E-mail not sent, will retry', emailId: email.id, attempts: email.attempts, error: message });
  }
}

/**
 * The server refused this very message or recipient for good. Other permanent replies (a 535
 * for wrong credentials, say) are the deployment's problem: retrying once it is fixed delivers.
 */
function refusedForGood(error: unknown): boolean {
  const { permanent, command } = (error ?? {}) as NodemailerError;
  return permanent === true && (command === 'RCPT TO' || command === 'DATA');
}
