import { Controller, Get, HttpStatus, Inject, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { isIP } from 'node:net';
import { DataSource } from 'typeorm';
import { SearchEngine } from '../../../../libs/search/src';
import { AuthService } from '../auth/auth.service';
import { BackupsService } from '../backups/backups.service';
import { isStaff, Public } from '../common/viewer';
import { Mailer } from '../notifications/mail-outbox.worker';
import { SEARCH_ENGINE } from '../search/search-engine.provider';
import { SearchIndexer } from '../search/search-indexer.service';
import { MatcherProvider } from '../matching/matcher.provider';

/**
 * `/health` is the public liveness answer (`{ status }`, 503 when the database is down), for load
 * balancers and container health checks. `/health/details` adds the database latency, the search
 * engine, the mail transport and both outboxes' backlogs (the search outbox's also as the matcher's
 * statistics have followed it), and whether the search index and the matcher's statistics are
 * `current`, `catching-up` (restored from a snapshot, replaying the outbox since), `rebuilding`
 * (from Postgres) or, for the matcher, `refreshing` (rebuilt for a new glossary while the previous
 * statistics answer), with their snapshots: for staff tokens, and for requests from
 * the machine itself or the internal network (loopback and private addresses, as req.ip sees them
 * under TRUST_PROXY).
 */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly indexer: SearchIndexer,
    private readonly mailer: Mailer,
    private readonly auth: AuthService,
    private readonly backups: BackupsService,
    private readonly matcher: MatcherProvider,
  ) {}

  /**
   * 503 only when the database is down: without search the API still accepts writes (they wait
   * in the outbox, whose backlog is shown in the details), so the instance stays in the load
   * balancer. Likewise e-mails wait in their outbox while the mail server is down.
   */
  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const database = await this.database();
    if (database.status !== 'up') {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'down' });
      return;
    }
    const search = await this.engine.health().catch(() => ({ up: false }));
    res.status(HttpStatus.OK).json({ status: search.up ? 'ok' : 'degraded' });
  }

  @Public()
  @Get('details')
  async details(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!(isInternalAddress(req.ip) || (await this.isStaffToken(req.headers.authorization)))) {
      res.status(HttpStatus.FORBIDDEN).json({ status: 'forbidden', message: 'Health details are for staff and the internal network' });
      return;
    }
    const database = await this.database();
    const search = database.status === 'up' ? await this.search() : { engine: this.engine.kind, status: 'unknown', index: this.indexer.status() };
    const matching = { ...this.matcher.status(), backlog: database.status === 'up' ? await this.matcher.backlog() : null };
    const mail = database.status === 'up' ? await this.mail() : { transport: this.mailer.transportKind };
    const backups = this.backupSummary();
    const ok = database.status === 'up';
    const warnings = backups.warning ? [backups.warning] : [];
    res
      .status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .json({ status: ok ? (search.status === 'up' ? 'ok' : 'degraded') : 'down', database, search, matching, mail, backups, warnings });
  }

  private async isStaffToken(header: string | undefined): Promise<boolean> {
    const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) return false;
    return this.auth.viewerFromToken(token).then(isStaff, () => false);
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
    return { engine: this.engine.kind, status: engine.up ? 'up' : 'down', backlog, index: this.indexer.status() };
  }

  /** The last good backup's age; a warning when there is none or it is older than twice the interval. */
  private backupSummary() {
    const status = this.backups.status();
    const warning =
      status.health === 'NONE'
        ? `No backup in ${status.directory}`
        : status.health === 'STALE'
          ? `The last good backup is ${Math.round(status.lastAgeHours!)} h old (more than ${status.warnAfterHours} h)`
          : null;
    return {
      status: status.health.toLowerCase(),
      scheduled: status.scheduled,
      intervalHours: status.intervalHours,
      lastAt: status.last?.createdAt.toISOString() ?? null,
      lastAgeHours: status.lastAgeHours,
      lastBytes: status.last?.bytes ?? null,
      lastError: status.lastError,
      warning,
    };
  }

  private async mail() {
    return { transport: this.mailer.transportKind, backlog: await this.mailer.backlog() };
  }
}

/** Loopback, private (RFC 1918), unique-local and link-local addresses, IPv4-mapped ones included. */
export function isInternalAddress(ip: string | undefined): boolean {
  if (!ip) return false;
  const address = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  if (isIP(address) === 4) {
    const [a, b] = address.split('.').map(Number);
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  if (isIP(address) === 6) {
    const lower = address.toLowerCase();
    return lower === '::1' || /^f[cd][0-9a-f]{2}:/.test(lower) || /^fe[89ab][0-9a-f]:/.test(lower);
  }
  return false;
}
