import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../common/viewer';

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** 200 when the database answers, 503 otherwise; load balancers and `docker compose` poll it. */
  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = performance.now();
    const database = await this.db
      .query('SELECT 1')
      .then(() => ({ status: 'up', latencyMs: Math.round((performance.now() - started) * 10) / 10 }))
      .catch((error: Error) => ({ status: 'down', error: error.message }));
    const ok = database.status === 'up';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({ status: ok ? 'ok' : 'degraded', database });
  }
}
