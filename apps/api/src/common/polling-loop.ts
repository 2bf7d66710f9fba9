import { Logger } from '@nestjs/common';

/** The longest wait between two failing runs. */
export const MAX_BACKOFF_MS = 30_000;

/**
 * Runs `work` again `intervalMs` after each run ends (0: never); `stop` waits for a run in
 * progress. While runs fail (Postgres down or restarting…), the wait doubles after each failure
 * up to MAX_BACKOFF_MS, so a worker logs a handful of lines per minute rather than twice a
 * second; the first success goes back to `intervalMs` and says so. The outbox workers (search,
 * e-mail) drain on it.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;
  private failures = 0;

  constructor(
    private readonly work: () => Promise<unknown>,
    private readonly intervalMs: number,
    private readonly logger: Pick<Logger, 'error' | 'log'>,
    private readonly maxBackoffMs = MAX_BACKOFF_MS,
  ) {}

  start(): void {
    if (this.intervalMs > 0) this.schedule(this.intervalMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Consecutive failed runs (0 when the last one succeeded). */
  get consecutiveFailures(): number {
    return this.failures;
  }

  /** The wait before the next run: the interval, doubled for each consecutive failure, capped. */
  nextDelayMs(): number {
    if (this.failures === 0) return this.intervalMs;
    return Math.min(this.intervalMs * 2 ** this.failures, Math.max(this.maxBackoffMs, this.intervalMs));
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.work()
        .then(
          () => {
            if (this.failures > 0) this.logger.log({ msg: 'Recovered', afterFailures: this.failures });
            this.failures = 0;
          },
          (error: unknown) => {
            this.failures++;
            const retryInMs = this.nextDelayMs();
            const reason = error instanceof Error ? error.message : String(error);
            // The first failure with its stack; later ones in one line each, ever rarer.
            if (this.failures === 1) this.logger.error(error instanceof Error ? error : reason);
            this.logger.error({ msg: 'Run failed; backing off', consecutiveFailures: this.failures, retryInMs, reason });
          },
        )
        .finally(() => this.schedule(this.nextDelayMs()));
    }, delayMs);
  }
}
