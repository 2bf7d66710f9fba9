import { LoggerService } from '@nestjs/common';
import { Logger as TypeOrmLogger } from 'typeorm';

/** Counts SQL statements (tests use it to prove loaders keep lists at a constant cost) and logs SQL errors. */
export class SqlLogger implements TypeOrmLogger {
  statements = 0;

  constructor(private readonly logger: LoggerService) {}

  logQuery(): void {
    this.statements++;
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger.error({ msg: 'SQL error', error: String(error), query: query.slice(0, 500) }, 'SQL');
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
