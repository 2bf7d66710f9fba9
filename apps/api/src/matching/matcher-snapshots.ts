import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { Matcher } from '../../../../libs/matching/src';
import { exportMatcherState, importMatcherState, MATCHER_STATE_VERSION, MatcherStateParts } from '../../../../libs/matching/src/text-model/corpus-snapshot';
import { readSnapshotFile, readSnapshotHeader, SnapshotReader, SnapshotSections, writeSnapshotFileAsync } from '../../../../libs/search/src';
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
        const parts = readMatcherState(reader, header.meta.matcherState, header.meta.parts);
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

  /**
   * Writes the statistics as of `position`, built with the glossary version `glossary`
   * (atomically). The event loop is held to copy the state out (one synchronous step: requests may
   * change the matcher as soon as it yields), then for one section's stringification at a time;
   * the file is written on libuv's threads.
   */
  async save(matcher: Matcher, versions: Map<string, number>, position: { position: string; positionAt: string }, glossary: string | null): Promise<{ bytes: number; milliseconds: number }> {
    const started = performance.now();
    this.database ??= await databaseIdentity(this.db.manager);
    const { parts, sections } = await matcherSections(matcher, versions);
    const meta = {
      ...this.origin(glossary),
      ...position,
      matcherState: parts.version,
      builtAt: Date.now(),
      parts: { json: Object.keys(parts.json), i32: Object.keys(parts.i32), f64: Object.keys(parts.f64), u8: Object.keys(parts.u8) },
    };
    mkdirSync(this.config.snapshotDir, { recursive: true });
    const bytes = await writeSnapshotFileAsync(this.path, meta, sections);
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

  /** What statistics built with `glossary` (by default the current one) are resumed from. */
  private origin(glossary = this.concepts.glossaryVersion): Omit<SnapshotOrigin, 'position' | 'positionAt'> {
    return {
      version: fingerprint([MATCHER_RECORDS_VERSION, MATCHER_STATE_VERSION, toResearcherRecord, isListedProfile]),
      database: this.database as string,
      glossary,
    };
  }
}

/**
 * The matcher's state and its researchers' versions as snapshot sections: copied out in one
 * synchronous step (a consistent state), then stringified a value (an array: a few thousand
 * entries) per turn of the event loop, so that requests waiting meanwhile run in between.
 */
export async function matcherSections(matcher: Matcher, versions: Map<string, number>): Promise<{ parts: MatcherStateParts; sections: SnapshotSections }> {
  const parts = exportMatcherState(matcher);
  const versionIds = [...versions.keys()];
  const updatedAt = Float64Array.from(versions.values());
  const sections = new SnapshotSections();
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
  for (const [name, value] of Object.entries(parts.json)) {
    if (Array.isArray(value)) {
      const steps = sections.jsonArraySteps(`state.${name}`, value);
      while (!steps.next().done) await nextTurn();
    } else {
      sections.json(`state.${name}`, value);
      await nextTurn();
    }
  }
  for (const [name, value] of Object.entries(parts.i32)) sections.i32(`state.${name}`, value);
  for (const [name, value] of Object.entries(parts.f64)) sections.f64(`state.${name}`, value);
  for (const [name, value] of Object.entries(parts.u8)) sections.u8(`state.${name}`, value);
  sections.jsonArray('versions.ids', versionIds);
  sections.f64('versions.updatedAt', updatedAt);
  return { parts, sections };
}

/** The state's parts as matcherSections wrote them (`names`: the parts' names by kind, from the file's meta). */
export function readMatcherState(reader: SnapshotReader, version: string, names: MatcherSnapshotMeta['parts']): MatcherStateParts {
  const parts: MatcherStateParts = { version, json: {}, i32: {}, f64: {}, u8: {} };
  for (const name of names.json) parts.json[name] = reader.has(`state.${name}#chunks`) ? reader.jsonArray(`state.${name}`) : reader.json(`state.${name}`);
  for (const name of names.i32) parts.i32[name] = reader.i32(`state.${name}`);
  for (const name of names.f64) parts.f64[name] = reader.f64(`state.${name}`);
  for (const name of names.u8) parts.u8[name] = reader.u8(`state.${name}`);
  return parts;
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
