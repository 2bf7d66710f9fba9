import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { Matcher } from '../../../../libs/matching/src';
import { exportMatcherState, importMatcherState, MATCHER_STATE_VERSION, MatcherStateParts } from '../../../../libs/matching/src/text-model/corpus-snapshot';
import { readSnapshotFile, readSnapshotHeader, SnapshotSections, writeSnapshotFile } from '../../../../libs/search/src';
import type { ConceptSource } from '../../../../libs/text/src';
import { Pace } from '../common/yielding-map';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { isListedProfile } from '../profiles/profile-policy';
import { LiveConceptIndex } from '../search/concept-index.provider';
import { OutboxFollower } from '../search/outbox-follower';
import { SearchDocumentsService } from '../search/search-documents.service';
import { toResearcherRecord } from '../search/search-records';
import { databaseIdentity, fingerprint, refusal, SnapshotOrigin } from '../search/snapshot-guard';

/** Bump when matcher records change in a way the fingerprinted functions do not show. */
const MATCHER_RECORDS_VERSION = 1;

interface MatcherSnapshotMeta extends SnapshotOrigin {
  matcherState: string;
  builtAt: number;
  parts: Record<'json' | 'i32' | 'f64' | 'u8', string[]>;
}

export interface RestoredMatcher {
  matcher: Matcher;
  /** researcher id → the record's updatedAt registered. */
  versions: Map<string, number>;
  position: { position: string; positionAt: string };
  bytes: number;
  milliseconds: number;
}

/**
 * The matcher's corpus statistics on disk (SNAPSHOT_DIR/matcher.snap), with the outbox position
 * they reflect: a restart restores them in about a second instead of registering every profile
 * again, then replays the researcher changes since that position. Used by MatcherProvider.
 */
@Injectable()
export class MatcherSnapshots {
  private database: string | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly concepts: LiveConceptIndex,
    private readonly documents: SearchDocumentsService,
  ) {}

  get enabled(): boolean {
    return this.config.snapshots;
  }

  get path(): string {
    return join(this.config.snapshotDir, 'matcher.snap');
  }

  /** The matcher's snapshot, if it can be resumed from (same code, database, glossary; recent enough). */
  async restore(concepts: ConceptSource): Promise<RestoredMatcher | { refused: string }> {
    const started = performance.now();
    try {
      this.database ??= await databaseIdentity(this.db.manager);
      const { meta: saved } = readSnapshotHeader<MatcherSnapshotMeta>(this.path);
      const reason = saved.matcherState !== MATCHER_STATE_VERSION ? 'matcher code changed' : await refusal(this.db.manager, saved, this.origin());
      if (reason) return { refused: reason };
      // Each section is read from the file straight into what keeps it (the file is not held in memory).
      const { header, reader, bytes } = readSnapshotFile<MatcherSnapshotMeta>(this.path);
      let ids: string[];
      let updated: Float64Array;
      let matcher: Matcher;
      try {
        const kinds = header.meta.parts;
        const parts: MatcherStateParts = { version: header.meta.matcherState, json: {}, i32: {}, f64: {}, u8: {} };
        for (const name of kinds.json) parts.json[name] = reader.json(`state.${name}`);
        for (const name of kinds.i32) parts.i32[name] = reader.i32(`state.${name}`);
        for (const name of kinds.f64) parts.f64[name] = reader.f64(`state.${name}`);
        for (const name of kinds.u8) parts.u8[name] = reader.u8(`state.${name}`);
        [ids, updated] = [reader.jsonArray<string>('versions.ids'), reader.f64('versions.updatedAt')];
        shareResearcherIds(parts, ids);
        matcher = importMatcherState(parts, { concepts });
      } finally {
        reader.release();
      }
      if (ids.length !== updated.length) throw new Error('corrupt versions');
      const versions = new Map(ids.map((id, i) => [id, updated[i]]));
      return { matcher, versions, position: { position: header.meta.position, positionAt: header.meta.positionAt }, bytes, milliseconds: Math.round(performance.now() - started) };
    } catch (error) {
      return { refused: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Writes the statistics as of `position` (atomically). */
  async save(matcher: Matcher, versions: Map<string, number>, position: { position: string; positionAt: string }): Promise<{ bytes: number; milliseconds: number }> {
    const started = performance.now();
    this.database ??= await databaseIdentity(this.db.manager);
    const parts = exportMatcherState(matcher);
    const sections = new SnapshotSections();
    for (const [name, value] of Object.entries(parts.json)) sections.json(`state.${name}`, value);
    for (const [name, value] of Object.entries(parts.i32)) sections.i32(`state.${name}`, value);
    for (const [name, value] of Object.entries(parts.f64)) sections.f64(`state.${name}`, value);
    for (const [name, value] of Object.entries(parts.u8)) sections.u8(`state.${name}`, value);
    sections.jsonArray('versions.ids', [...versions.keys()]);
    sections.f64('versions.updatedAt', Float64Array.from(versions.values()));
    const meta = {
      ...this.origin(),
      ...position,
      matcherState: parts.version,
      builtAt: Date.now(),
      parts: { json: Object.keys(parts.json), i32: Object.keys(parts.i32), f64: Object.keys(parts.f64), u8: Object.keys(parts.u8) },
    };
    mkdirSync(this.config.snapshotDir, { recursive: true });
    const bytes = writeSnapshotFile(this.path, meta, sections);
    return { bytes, milliseconds: Math.round(performance.now() - started) };
  }

  /**
   * Hands the researchers (profile ids) changed since the follower's position to `apply`, in
   * chunks, then moves the position on (see OutboxFollower: nothing is skipped).
   */
  async followChanges(follower: OutboxFollower, apply: (profileIds: string[], pace: Pace) => Promise<void>): Promise<number> {
    let changed = 0;
    await follower.follow(this.db.manager, 1000, async (changes, bulk) => {
      const targets = await this.documents.targetsOf(this.db.manager, changes);
      changed += targets.researchers.size;
      if (targets.researchers.size) await apply([...targets.researchers], { bulk });
    });
    return changed;
  }

  private origin(): Omit<SnapshotOrigin, 'position' | 'positionAt'> {
    return {
      version: fingerprint([MATCHER_RECORDS_VERSION, MATCHER_STATE_VERSION, toResearcherRecord, isListedProfile]),
      database: this.database as string,
      glossary: this.concepts.glossaryVersion,
    };
  }
}

/**
 * One string per researcher id: parsed from the snapshot, the matcher's researcher table, its
 * concept table and the versions map would each hold their own copy of every id (at 100,000
 * profiles, 3 × 100,000 strings, ≈ 16 MB of heap, two thirds of it duplicates). Values are
 * unchanged; parts of another shape are left as they are.
 */
export function shareResearcherIds(parts: MatcherStateParts, versionIds: string[]): void {
  const ids = parts.json['researchers.ids'];
  if (!Array.isArray(ids)) return;
  const shared = new Map<string, string>();
  for (const id of ids) if (typeof id === 'string') shared.set(id, id);
  const concepts = parts.json.concepts;
  if (Array.isArray(concepts)) {
    for (const entry of concepts) if (Array.isArray(entry) && typeof entry[0] === 'string') entry[0] = shared.get(entry[0]) ?? entry[0];
  }
  for (let i = 0; i < versionIds.length; i++) versionIds[i] = shared.get(versionIds[i]) ?? versionIds[i];
}
