import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isSnapshotCapable, SearchEngine, SearchUnavailableError } from '../../../../libs/search/src';
import { needDocument, researcherDocument } from '../../../../libs/matching/src';
import { isListedProfile } from '../profiles/profile-policy';
import { withoutPoster } from '../needs/need-policy';
import { Pace } from '../common/yielding-map';
import { LiveConceptIndex } from './concept-index.provider';
import { databaseIdentity, fingerprint, OUTBOX_RETENTION_HOURS, refusal, SnapshotOrigin } from './snapshot-guard';
import { toNeedRecord, toResearcherRecord } from './search-records';
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

/** Processed rows are kept this long (a day of history for /health and for followers' restarts from a snapshot). */
const RETENTION = `${OUTBOX_RETENTION_HOURS} hours`;

/** Bump when search documents change in a way the fingerprinted functions below do not show. */
const SEARCH_DOCUMENTS_VERSION = 1;

export type IndexState = 'rebuilding' | 'catching-up' | 'current';

export interface SearchIndexStatus {
  /** rebuilding (from Postgres), catching-up (serving a snapshot while replaying the outbox since it), current. */
  state: IndexState;
  /** Where this process's index came from at start. */
  source: 'snapshot' | 'postgres' | 'engine';
  /** Full rebuilds from Postgres since start. */
  rebuilds: number;
  snapshot: {
    enabled: boolean;
    loaded: { bytes: number; milliseconds: number; documents: number } | null;
    /** Why the snapshot found at start was not used. */
    refused: string | null;
    lastWrite: { at: string; bytes: number; milliseconds: number; documents: number } | null;
    lastError: string | null;
  };
}

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
  private state: IndexState = 'current';
  private source: SearchIndexStatus['source'] = 'engine';
  private rebuilds = 0;
  /** Changes applied since the last snapshot written. */
  private dirty = false;
  private snapshotWrittenAt = 0;
  private snapshotStatus: SearchIndexStatus['snapshot'];
  private database: string | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly documents: SearchDocumentsService,
    private readonly indexes: SearchIndexes,
    private readonly reindex: ReindexService,
    private readonly concepts: LiveConceptIndex,
  ) {
    this.loop = new PollingLoop(() => this.drain(), this.config.indexerIntervalMs, this.logger);
    this.follower = engine.kind === 'embedded' ? new OutboxFollower() : null;
    this.snapshotStatus = { enabled: this.snapshotsEnabled, loaded: null, refused: null, lastWrite: null, lastError: null };
  }

  /** The search snapshot's file (embedded engine). */
  get snapshotPath(): string {
    return join(this.config.snapshotDir, 'search-index.snap');
  }

  private get snapshotsEnabled(): boolean {
    return !!this.follower && this.config.snapshots && isSnapshotCapable(this.engine);
  }

  /** For /health: whether the index is current, catching up after a restart, or being rebuilt. */
  status(): SearchIndexStatus {
    return { state: this.state, source: this.source, rebuilds: this.rebuilds, snapshot: { ...this.snapshotStatus } };
  }

  /**
   * The embedded engine lives in this process and starts empty: it is loaded from its snapshot
   * (SNAPSHOT_DIR; postings as typed arrays, see bench/search-snapshot.mjs) and follows the outbox
   * from the snapshot's position, or else rebuilt from Postgres and follows the changes made since
   * the rebuild began. Meilisearch keeps its data; if it is down now, indexing waits in the outbox.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (this.follower) {
      const restoring = await this.restoreSnapshot(this.follower);
      if (restoring) {
        const { loading } = restoring;
        // The worker loads the snapshot while the rest of the application starts (the matcher's
        // statistics load meanwhile on this thread); reads wait for it, and the follower's first
        // drain comes after it (the worker answers calls in order). A snapshot that fails to load
        // (damaged) means a rebuild, reads still waiting.
        const ready = loading.catch(async (error: unknown) => {
          this.snapshotStatus.refused = error instanceof Error ? error.message : String(error);
          this.logger.warn({ msg: 'Search snapshot unusable: rebuilding from Postgres', error: this.snapshotStatus.refused });
          await this.rebuildAll();
        });
        this.indexes.holdReadsUntil(ready);
        this.draining = ready.then(() => 0);
      } else {
        await this.rebuildAll();
      }
    } else {
      await this.indexes.ensureConfigured().catch((error: unknown) => this.logger.warn(`Search engine not ready: ${String(error)}`));
    }
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
    if (this.snapshotsEnabled && this.follower?.started && this.state !== 'rebuilding' && (this.dirty || !existsSync(this.snapshotPath))) {
      const run = this.draining.catch(() => 0).then(async () => {
        await this.writeSnapshot('shutdown');
        return 0;
      });
      this.draining = run;
      await run;
    }
    await this.engine.close();
  }

  private async rebuildAll(): Promise<void> {
    if (!this.follower) return;
    this.state = 'rebuilding';
    this.source = 'postgres';
    await this.follower.startAtNow(this.db.manager);
    const summaries = await this.reindex.rebuild('all', undefined, { invalidateSnapshots: false });
    this.rebuilds++;
    this.dirty = true;
    this.snapshotWrittenAt = 0; // the first drain writes a snapshot of the rebuilt index
    this.state = 'current';
    this.logger.log({ msg: 'Embedded search index built from Postgres', summaries });
  }

  /**
   * Checks the snapshot's header (a few KB) and, if it can be resumed from (same code, settings, database and glossary;
   * recent enough for the outbox to hold every change since): the index then serves at once and
   * the follower replays the changes since the snapshot's position. Returns the load under way,
   * or null: rebuild.
   */
  private async restoreSnapshot(follower: OutboxFollower): Promise<{ loading: Promise<void> } | null> {
    if (!this.snapshotsEnabled || !isSnapshotCapable(this.engine)) return null;
    const engine = this.engine;
    const path = this.snapshotPath;
    try {
      await this.indexes.ensureConfigured();
      this.database = await databaseIdentity(this.db.manager);
      const info = await this.engine.snapshotInfo(path);
      const reason = info.usable ? await refusal(this.db.manager, info.meta as SnapshotOrigin, this.origin()) : info.reason;
      if (reason || !info.usable) {
        this.snapshotStatus.refused = reason;
        this.logger.log({ msg: 'Search snapshot not used: rebuilding from Postgres', path, reason });
        return null;
      }
      const saved = info.meta as SnapshotOrigin;
      follower.startAt(saved.position, saved.positionAt);
      this.state = 'catching-up';
      this.source = 'snapshot';
      this.snapshotWrittenAt = Date.now(); // the next write after the interval
      const loading = engine.loadSnapshot(path).then((loaded) => {
        const meta = loaded.meta as SnapshotOrigin;
        if (meta.position !== saved.position) throw new Error('the snapshot changed while it was loaded');
        this.snapshotStatus.loaded = { bytes: loaded.bytes, milliseconds: loaded.milliseconds, documents: loaded.documents };
        this.logger.log({ msg: 'Embedded search index loaded from its snapshot; replaying the outbox since', path, position: meta.position, ...this.snapshotStatus.loaded });
      });
      return { loading };
    } catch (error) {
      this.snapshotStatus.refused = error instanceof Error ? error.message : String(error);
      this.logger.warn({ msg: 'Search snapshot unusable: rebuilding from Postgres', path, error: this.snapshotStatus.refused });
      return null;
    }
  }

  /** What built this index: the document builders' code, the index settings (synonyms included), the database and glossary. */
  private origin(): Omit<SnapshotOrigin, 'position' | 'positionAt'> {
    return {
      version: fingerprint([
        SEARCH_DOCUMENTS_VERSION,
        SearchDocumentsService,
        toNeedRecord,
        toResearcherRecord,
        needDocument,
        researcherDocument,
        isListedProfile,
        withoutPoster,
        this.indexes.all(),
      ]),
      database: this.database as string,
      glossary: this.concepts.glossaryVersion,
    };
  }

  /** Writes the index as of the follower's position; call inside the drain chain (nothing applied meanwhile). */
  private async writeSnapshot(reason: string): Promise<void> {
    const position = this.follower?.current;
    if (!position || !isSnapshotCapable(this.engine)) return;
    try {
      this.database ??= await databaseIdentity(this.db.manager);
      mkdirSync(this.config.snapshotDir, { recursive: true });
      const meta: SnapshotOrigin = { ...this.origin(), ...position };
      this.dirty = false;
      const written = await this.engine.saveSnapshot(this.snapshotPath, meta);
      this.snapshotWrittenAt = Date.now();
      this.snapshotStatus.lastWrite = { at: new Date().toISOString(), bytes: written.bytes, milliseconds: written.milliseconds, documents: written.documents };
      this.snapshotStatus.lastError = null;
      this.logger.log({ msg: 'Search snapshot written', reason, position: position.position, ...this.snapshotStatus.lastWrite });
    } catch (error) {
      this.dirty = true;
      this.snapshotStatus.lastError = error instanceof Error ? error.message : String(error);
      this.logger.warn({ msg: 'Search snapshot not written', reason, error: this.snapshotStatus.lastError });
    }
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
      const handled = await follower.follow(this.db.manager, this.config.indexerBatchSize, async (changes, bulk) => {
        await this.push(this.db.manager, await this.documents.targetsOf(this.db.manager, changes), { bulk });
      });
      this.lastFailure = null;
      if (handled > 0) this.dirty = true;
      if (this.state === 'catching-up') {
        this.state = 'current';
        this.logger.log({ msg: 'Embedded search index caught up with the outbox', replayed: handled });
      }
      if (this.snapshotsEnabled && this.dirty && Date.now() - this.snapshotWrittenAt >= this.config.snapshotIntervalSeconds * 1000) {
        await this.writeSnapshot(this.snapshotWrittenAt === 0 ? 'first' : 'interval');
      }
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

  private async push(db: EntityManager, targets: Targets, pace: Pace = {}): Promise<void> {
    await this.indexes.ensureConfigured();
    if (targets.needs.size) await this.apply(this.indexes.needs, await this.documents.needs(db, [...targets.needs], pace));
    if (targets.researchers.size) {
      await this.apply(this.indexes.researchers, await this.documents.researchers(db, [...targets.researchers], pace));
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
