import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { normaliseQuery } from '../../../../libs/text/src';

/**
 * Searches that found nothing, for the glossary's "what to add next": the normalised query, which
 * index, how often and when last — never who asked. Recorded before the answer, best effort (a failure is logged, never the caller's).
 */
@Injectable()
export class ZeroHitQueries {
  private readonly logger = new Logger(ZeroHitQueries.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(query: string, scope: 'needs' | 'researchers'): Promise<void> {
    const normalised = normaliseQuery(query);
    if (normalised.length < 2) return;
    await this.db
      .query(
        `INSERT INTO search_zero_hit_queries (query, scope) VALUES ($1, $2)
         ON CONFLICT (query, scope) DO UPDATE SET occurrences = search_zero_hit_queries.occurrences + 1, last_at = now()`,
        [normalised, scope],
      )
      .catch((error: unknown) => this.logger.warn(`Zero-hit query not recorded: ${String(error)}`));
  }
}
