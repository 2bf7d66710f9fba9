import { simpleParser } from 'mailparser';
import { SMTPServer, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import { freePort } from './free-port';

export interface DeliveredMail {
  /** Envelope recipients (RCPT TO), comma-separated. */
  to: string;
  /** The From header. */
  from: string;
  subject: string;
  text: string;
  /** The HTML part, or null without one. */
  html: string | null;
  /** Every header, lower-cased names (e.g. 'content-language'). */
  headers: Map<string, unknown>;
}

/**
 * A real SMTP server for tests, on 127.0.0.1 and a free port (plain SMTP, any credentials
 * accepted, no STARTTLS). Point the app at it with `TestApp.start({ SMTP_URL: sink.url })`.
 *
 *   const sink = await SmtpSink.start();
 *   …; await mailer.drain();
 *   sink.messages            // delivered and parsed, in order
 *   sink.rejectWith(451)     // answer every message with 451 (transient) or 5xx (permanent) …
 *   sink.accept()            // … until told to accept again
 *   await sink.stop()        // nothing listens on the port (connection refused) …
 *   await sink.restart()     // … until it listens again, on the same port
 *   await sink.stop()        // at the end of the suite
 *
 * A message is in `messages` before the client receives its 250, so once `drain()` resolves,
 * what it delivered is there.
 */
export class SmtpSink {
  readonly messages: DeliveredMail[] = [];

  /** Waits for a delivered message that `matches` (the app's mail worker polls on its own schedule). */
  async waitFor(matches: (mail: DeliveredMail) => boolean, timeoutMs = 15_000): Promise<DeliveredMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(matches);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No such e-mail among: ${this.messages.map((m) => `${m.to}: ${m.subject}`).join(' | ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  private server: SMTPServer | null = null;
  private rejection: { code: number; message: string } | null = null;

  private constructor(readonly port: number) {}

  static async start(port?: number): Promise<SmtpSink> {
    const sink = new SmtpSink(port ?? (await freePort()));
    await sink.listen();
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Refuses every message (after reading it) with this SMTP reply code. */
  rejectWith(code = 451, message = 'Try again later'): void {
    this.rejection = { code, message };
  }

  accept(): void {
    this.rejection = null;
  }

  /** Forgets the messages received so far. */
  clear(): void {
    this.messages.length = 0;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.listen();
  }

  private listen(): Promise<void> {
    const server = new SMTPServer({
      logger: false,
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      allowInsecureAuth: true,
      disableReverseLookup: true,
      closeTimeout: 200,
      onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
      onData: (stream, session, callback) => this.receive(stream, session, callback),
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => {
        server.off('error', reject);
        server.on('error', () => undefined); // a client hanging up mid-session is not a test failure
        resolve();
      });
    });
  }

  private receive(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null) => void): void {
    simpleParser(stream)
      .then((parsed) => {
        if (this.rejection) {
          callback(Object.assign(new Error(this.rejection.message), { responseCode: this.rejection.code }));
          return;
        }
        this.messages.push({
          to: session.envelope.rcptTo.map((recipient) => recipient.address).join(', '),
          from: parsed.from?.text ?? '',
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : null,
          headers: parsed.headers,
        });
        callback();
      })
      .catch((error: Error) => callback(error));
  }
}
