import { LoggerService } from '@nestjs/common';
import { Logger as TypeOrmLogger } from 'typeorm';

/** Unique and exclusion violations the services expect and answer as CONFLICT or a field error: not errors of the server. */
const EXPECTED_SQL_STATES = new Set(['23505', '23P01']);

/** Counts SQL statements (tests use it to prove loaders keep lists at a constant cost) and logs SQL errors. */
export class SqlLogger implements TypeOrmLogger {
  statements = 0;

  constructor(private readonly logger: LoggerService) {}

  logQuery(): void {
    this.statements++;
  }
  logQueryError(error: string | Error, query: string): void {
    const entry = { msg: 'SQL error', error: String(error), query: query.slice(0, 500) };
    const state = typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
    if (typeof state === 'string' && EXPECTED_SQL_STATES.has(state)) this.logger.debug?.(entry, 'SQL');
    else this.logger.error(entry, 'SQL');
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ msg: 'slow SQL', ms: time, query: query.slice(0, 500) }, 'SQL');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.log(message, 'Migrations');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message), 'SQL');
  }
}
