import { Inject, Injectable } from '@nestjs/common';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SearchEngine } from '../../../../libs/search/src';
import { DocumentChanges, SearchDocumentsService } from './search-documents.service';
import { SEARCH_ENGINE } from './search-engine.provider';
import { SearchIndexes } from './search-indexes';

export type ReindexTarget = 'needs' | 'researchers' | 'all';

export interface ReindexSummary {
  index: string;
  records: number;
  documents: number;
  milliseconds: number;
}

const PAGE = 500;
/** Every snapshot under SNAPSHOT_DIR (search index, matcher statistics). */
export const SNAPSHOT_FILES = ['search-index.snap', 'matcher.snap'];

/** Rebuilds an index from Postgres, the source of truth, page by page. */
@Injectable()
export class ReindexService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly indexes: SearchIndexes,
    private readonly documents: SearchDocumentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async rebuild(
    target: ReindexTarget,
    onProgress?: (index: string, done: number, total: number) => void,
    options: { invalidateSnapshots?: boolean } = {},
  ): Promise<ReindexSummary[]> {
    // A rebuild says Postgres may hold what no outbox row tells (a restored backup): snapshots
    // taken before it must not be resumed from. The indexer writes a new one later.
    if (this.engine.kind === 'embedded' && options.invalidateSnapshots !== false) {
      for (const file of SNAPSHOT_FILES) rmSync(join(this.config.snapshotDir, file), { force: true });
    }
    await this.indexes.ensureConfigured();
    const plans = [
      { name: 'needs', index: this.indexes.needs, table: 'needs', build: (db: EntityManager, ids: string[]) => this.documents.needs(db, ids) },
      { name: 'researchers', index: this.indexes.researchers, table: 'researcher_profiles', build: (db: EntityManager, ids: string[]) => this.documents.researchers(db, ids) },
    ].filter((plan) => target === 'all' || plan.name === target);
    const summaries: ReindexSummary[] = [];
    for (const plan of plans) {
      summaries.push(await this.rebuildIndex(plan.index, plan.table, plan.build, (done, total) => onProgress?.(plan.index, done, total)));
    }
    return summaries;
  }

  private async rebuildIndex(
    index: string,
    table: string,
    build: (db: EntityManager, ids: string[]) => Promise<DocumentChanges>,
    onProgress: (done: number, total: number) => void,
  ): Promise<ReindexSummary> {
    const started = performance.now();
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM ${table}`);
    await this.engine.clear(index);
    let done = 0;
    let documents = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    onProgress(0, total);
    for (;;) {
      const rows: { id: string }[] = await this.db.query(`SELECT id FROM ${table} WHERE id > $1 ORDER BY id LIMIT $2`, [after, PAGE]);
      if (!rows.length) break;
      const changes = await build(this.db.manager, rows.map((r) => r.id));
      if (changes.upserts.length) await this.engine.upsert(index, changes.upserts);
      documents += changes.upserts.length;
      done += rows.length;
      after = rows[rows.length - 1].id;
      onProgress(done, total);
    }
    return { index, records: done, documents, milliseconds: Math.round(performance.now() - started) };
  }
}
