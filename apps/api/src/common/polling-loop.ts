import { Logger } from '@nestjs/common';

/**
 * Runs `work` again `intervalMs` after each run ends (0: never), logging its failures; `stop`
 * waits for a run in progress. The outbox workers (search, e-mail) drain on it.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly work: () => Promise<unknown>,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.intervalMs > 0) this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.work()
        .catch((error: unknown) => this.logger.error(error instanceof Error ? error : String(error)))
        .finally(() => this.schedule());
    }, this.intervalMs);
  }
}
