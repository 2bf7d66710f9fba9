import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SearchEngine, SearchUnavailableError } from '../../../../libs/search/src';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { PollingLoop } from '../common/polling-loop';
import { OutboxEntityType } from './outbox-entry.entity';
import { ReindexService } from './reindex.service';
import { SearchIndexes } from './search-indexes';
import { SearchDocumentsService, Targets } from './search-documents.service';
import { SEARCH_ENGINE } from './search-engine.provider';

interface ClaimedRow {
  id: string;
  entityType: OutboxEntityType;
  entityId: string;
  attempts: number;
}

const MAX_BACKOFF_SECONDS = 300;

/**
 * Drains the search outbox into the engine. Safe with several API instances: rows are claimed
 * with FOR UPDATE SKIP LOCKED, and each document is pushed under a per-record advisory lock
 * from the record's state at that moment, so the newest state always wins. When the engine
 * fails, the batch is retried later with exponential backoff; writes are never blocked.
 */
@Injectable()
export class SearchIndexer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchIndexer.name);
  private readonly loop: PollingLoop;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly documents: SearchDocumentsService,
    private readonly indexes: SearchIndexes,
    private readonly reindex: ReindexService,
  ) {
    this.loop = new PollingLoop(() => this.drain(), this.config.indexerIntervalMs, this.logger);
  }

  /**
   * The embedded engine lives in this process and starts empty: it is rebuilt from Postgres
   * (measured in bench/search: faster than loading a snapshot, and never stale). Meilisearch
   * keeps its data; if it is down now, indexing waits in the outbox.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (this.engine.kind === 'embedded') {
      const summaries = await this.reindex.rebuild('all');
      this.logger.log({ msg: 'Embedded search index built from Postgres', summaries });
    } else {
      await this.indexes.ensureConfigured().catch((error: unknown) => this.logger.warn(`Search engine not ready: ${String(error)}`));
    }
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
    await this.engine.close();
  }

  /** Processes every row that is due, batch after batch; returns how many rows were handled. */
  async drain(): Promise<number> {
    let handled = 0;
    for (;;) {
      const batch = await this.processBatch();
      if (batch === 0) return handled;
      handled += batch;
    }
  }

  /** Rows waiting for the engine, and the age of the oldest, for /health. */
  async backlog(): Promise<{ pending: number; oldestSeconds: number | null; failing: number }> {
    const [row] = await this.db.query(`
      SELECT count(*)::int AS pending,
             count(*) FILTER (WHERE attempts > 0)::int AS failing,
             extract(epoch FROM now() - min(created_at))::int AS "oldestSeconds"
      FROM search_outbox WHERE processed_at IS NULL`);
    return row;
  }

  private processBatch(): Promise<number> {
    return this.db.transaction(async (db) => {
      const rows: ClaimedRow[] = await db.query(
        `SELECT id, entity_type AS "entityType", entity_id AS "entityId", attempts FROM search_outbox
         WHERE processed_at IS NULL AND next_attempt_at <= now()
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.config.indexerBatchSize],
      );
      if (!rows.length) return 0;
      const ids = rows.map((r) => r.id);
      try {
        const targets = await this.documents.targetsOf(db, rows);
        await lockRecords(db, targets);
        await this.push(db, targets);
        await db.query('UPDATE search_outbox SET processed_at = now() WHERE id = ANY($1)', [ids]);
      } catch (error) {
        if (!(error instanceof SearchUnavailableError)) this.logger.error(error instanceof Error ? error : String(error));
        await db.query(
          `UPDATE search_outbox SET attempts = attempts + 1, last_error = $2,
             next_attempt_at = now() + make_interval(secs => least($3, power(2, attempts)))
           WHERE id = ANY($1)`,
          [ids, String(error instanceof Error ? error.message : error).slice(0, 1000), MAX_BACKOFF_SECONDS],
        );
      }
      return rows.length;
    });
  }

  private async push(db: EntityManager, targets: Targets): Promise<void> {
    await this.indexes.ensureConfigured();
    if (targets.needs.size) await this.apply(this.indexes.needs, await this.documents.needs(db, [...targets.needs]));
    if (targets.researchers.size) {
      await this.apply(this.indexes.researchers, await this.documents.researchers(db, [...targets.researchers]));
    }
  }

  private async apply(index: string, changes: Awaited<ReturnType<SearchDocumentsService['needs']>>): Promise<void> {
    if (changes.upserts.length) await this.engine.upsert(index, changes.upserts);
    if (changes.deletes.length) await this.engine.delete(index, changes.deletes);
  }
}

/** Two instances never push the same record at once (sorted, so they cannot deadlock). */
async function lockRecords(db: EntityManager, targets: Targets): Promise<void> {
  const keys = [...[...targets.needs].map((id) => `need:${id}`), ...[...targets.researchers].map((id) => `researcher:${id}`)].sort();
  for (const key of keys) await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
}
