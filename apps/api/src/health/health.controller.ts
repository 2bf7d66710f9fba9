import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { SearchEngine } from '../../../../libs/search/src';
import { Public } from '../common/viewer';
import { Mailer } from '../notifications/mail-outbox.worker';
import { SEARCH_ENGINE } from '../search/search-engine.provider';
import { SearchIndexer } from '../search/search-indexer.service';

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly indexer: SearchIndexer,
    private readonly mailer: Mailer,
  ) {}

  /**
   * 503 only when the database is down: without search the API still accepts writes (they wait
   * in the outbox, whose backlog is shown here), so the instance stays in the load balancer.
   * Likewise e-mails wait in their outbox while the mail server is down.
   */
  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const database = await this.database();
    const search = database.status === 'up' ? await this.search() : { engine: this.engine.kind, status: 'unknown' };
    const mail = database.status === 'up' ? await this.mail() : { transport: this.mailer.transportKind };
    const ok = database.status === 'up';
    res
      .status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .json({ status: ok && search.status === 'up' ? 'ok' : 'degraded', database, search, mail });
  }

  private async database() {
    const started = performance.now();
    return this.db
      .query('SELECT 1')
      .then(() => ({ status: 'up', latencyMs: Math.round((performance.now() - started) * 10) / 10 }))
      .catch((error: Error) => ({ status: 'down', error: error.message }));
  }

  private async search() {
    const [engine, backlog] = await Promise.all([this.engine.health().catch(() => ({ up: false })), this.indexer.backlog()]);
    return { engine: this.engine.kind, status: engine.up ? 'up' : 'down', backlog };
  }

  private async mail() {
    return { transport: this.mailer.transportKind, backlog: await this.mailer.backlog() };
  }
}
