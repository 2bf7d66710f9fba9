import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SearchEngine, SearchUnavailableError } from '../../../../libs/search/src';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { PollingLoop } from '../common/polling-loop';
import { OutboxEntityType } from './outbox-entry.entity';
import { OutboxFollower } from './outbox-follower';
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

/** Processed rows are kept this long (a day of history for /health and for followers' restarts). */
const RETENTION = '1 day';

/**
 * Carries the search outbox into the engine; writes are never blocked by it. Safe with several
 * API instances:
 * - a shared engine (Meilisearch) gets each change once: rows are claimed with FOR UPDATE SKIP
 *   LOCKED, and each document is pushed under a per-record advisory lock from the record's state
 *   at that moment, so the newest state always wins; when the engine fails, the batch is retried
 *   later with exponential backoff;
 * - the embedded engine lives in each instance, so each instance follows the whole outbox as a
 *   log from its own position (OutboxFollower) and applies every change to its own index.
 */
@Injectable()
export class SearchIndexer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchIndexer.name);
  private readonly loop: PollingLoop;
  /** Set with the embedded engine: this instance's position in the outbox log. */
  private readonly follower: OutboxFollower | null;
  /** One drain at a time in this instance, so an older state is never pushed after a newer one. */
  private draining: Promise<number> = Promise.resolve(0);
  private lastFailure: string | null = null;
  private prunedAt = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly documents: SearchDocumentsService,
    private readonly indexes: SearchIndexes,
    private readonly reindex: ReindexService,
  ) {
    this.loop = new PollingLoop(() => this.drain(), this.config.indexerIntervalMs, this.logger);
    this.follower = engine.kind === 'embedded' ? new OutboxFollower() : null;
  }

  /**
   * The embedded engine lives in this process and starts empty: it is rebuilt from Postgres
   * (measured in bench/search: faster than loading a snapshot, and never stale), then follows the
   * changes made since the rebuild began. Meilisearch keeps its data; if it is down now,
   * indexing waits in the outbox.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (this.follower) {
      await this.follower.startAtNow(this.db.manager);
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

  /** Processes every change that is due; returns how many outbox rows (or, following, records) were handled. */
  drain(): Promise<number> {
    const run = this.draining.catch(() => 0).then(() => (this.follower ? this.follow(this.follower) : this.claimAll()));
    this.draining = run;
    return run;
  }

  /** Rows waiting for the engine, and the age of the oldest, for /health. */
  async backlog(): Promise<{ pending: number; oldestSeconds: number | null; failing: number }> {
    if (this.follower?.started) {
      const { pending, oldestSeconds } = await this.follower.backlog(this.db.manager);
      return { pending, oldestSeconds, failing: this.lastFailure ? pending : 0 };
    }
    const [row] = await this.db.query(`
      SELECT count(*)::int AS pending,
             count(*) FILTER (WHERE attempts > 0)::int AS failing,
             extract(epoch FROM now() - min(created_at))::int AS "oldestSeconds"
      FROM search_outbox WHERE processed_at IS NULL`);
    return row;
  }

  /** An engine that refuses writes is retried at the next run; anything else (Postgres down) goes to the loop's backoff. */
  private async follow(follower: OutboxFollower): Promise<number> {
    if (!follower.started) await follower.startAtNow(this.db.manager); // a drain before the bootstrap (tests)
    try {
      const handled = await follower.follow(this.db.manager, this.config.indexerBatchSize, async (changes) => {
        await this.push(this.db.manager, await this.documents.targetsOf(this.db.manager, changes));
      });
      this.lastFailure = null;
      await this.prune('created_at');
      return handled;
    } catch (error) {
      if (!(error instanceof SearchUnavailableError)) throw error;
      this.lastFailure = error.message;
      return 0;
    }
  }

  private async claimAll(): Promise<number> {
    let handled = 0;
    for (;;) {
      const batch = await this.processBatch();
      if (batch === 0) break;
      handled += batch;
    }
    await this.prune('processed_at');
    return handled;
  }

  /** Old rows go, once a minute: processed ones when claimed, any old one when followed (a restart rebuilds from Postgres). */
  private async prune(age: 'created_at' | 'processed_at'): Promise<void> {
    if (Date.now() - this.prunedAt < 60_000) return;
    this.prunedAt = Date.now();
    await this.db.query(`DELETE FROM search_outbox WHERE ${age} < now() - interval '${RETENTION}'`);
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
