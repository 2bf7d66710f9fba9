import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { Matcher, ResearcherRecord } from '../../../../libs/matching/src';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { LiveConceptIndex } from '../search/concept-index.provider';
import { isListedProfile } from '../profiles/profile-policy';
import { toResearcherRecord } from '../search/search-records';
import { forEachYielding, Pace } from '../common/yielding-map';
import { MatcherSnapshots } from './matcher-snapshots';
import { OutboxFollower } from '../search/outbox-follower';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

interface BuiltMatcher {
  matcher: Matcher;
  builtAt: number;
  versions: Map<string, number>;
  /** With snapshots: the outbox position the statistics reflect, followed incrementally. */
  follower: OutboxFollower | null;
  /** The glossary version the statistics were built with. */
  glossary: string | null;
}

export type MatcherState = 'on-demand' | 'rebuilding' | 'refreshing' | 'catching-up' | 'current';

export interface MatcherStatus {
  /**
   * on-demand: built at first use (snapshots off); rebuilding: from Postgres, in the background, with
   * nothing to answer meanwhile (requests wait); refreshing: likewise after a glossary change, while the
   * previous statistics answer; catching-up: restored, replaying the changes since.
   */
  state: MatcherState;
  source: 'snapshot' | 'postgres' | null;
  researchers: number | null;
  snapshot: { enabled: boolean; loaded: { bytes: number; milliseconds: number } | null; refused: string | null; lastWrite: { at: string; bytes: number; milliseconds: number } | null; lastError: string | null };
}

/** Corpus statistics drift slowly; the whole matcher is rebuilt from Postgres this often. */
const REBUILD_AFTER_MS = 30 * 60_000;
const PAGE = 1000;
/** A failed background build is tried again after this, doubled at each failure up to MAX_RETRY_MS. */
const RETRY_MS = 1000;
const MAX_RETRY_MS = 5 * 60_000;

/**
 * The process's Matcher: corpus statistics (idf, concept specificity) over every searchable
 * researcher, built from Postgres on first use and rebuilt periodically. Records scored later
 * are re-registered when they changed, so each instance converges on Postgres by itself.
 * Each Matcher keeps the concept index it was built with (not the live one), so that its
 * researchers' stored concepts and the needs it analyses always come from the same glossary.
 */
@Injectable()
export class MatcherProvider implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MatcherProvider.name);
  private current: Promise<BuiltMatcher> | null = null;
  private state: MatcherState = 'on-demand';
  private source: MatcherStatus['source'] = null;
  private readonly snapshotStatus: MatcherStatus['snapshot'];
  private timer: NodeJS.Timeout | null = null;
  /** A failed background build's next attempt (retryLater). */
  private retry: NodeJS.Timeout | null = null;
  private failedBuilds = 0;
  /** One catch-up at a time. */
  private catching: Promise<void> = Promise.resolve();
  private dirty = false;
  private savedAt = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly live: LiveConceptIndex,
    private readonly snapshots: MatcherSnapshots,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.snapshotStatus = { enabled: snapshots.enabled, loaded: null, refused: null, lastWrite: null, lastError: null };
    live.onChange(() => this.glossaryChanged());
  }

  /**
   * With snapshots on, the statistics are ready before the first request: restored from the
   * snapshot (then the researcher changes since its position are replayed in the background), or
   * else built in the background; afterwards they follow the outbox, and are saved now and then
   * and at a graceful stop.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.snapshots.enabled) return;
    await this.live.ready();
    const restored = await this.snapshots.restore(this.live.current);
    if ('refused' in restored) {
      this.snapshotStatus.refused = restored.refused;
      this.logger.log({ msg: 'Matcher snapshot not used: building the corpus statistics in the background', reason: restored.refused });
      this.rebuildInBackground('first');
    } else {
      const follower = new OutboxFollower();
      follower.startAt(restored.position.position, restored.position.positionAt);
      this.lastBuilt = { matcher: restored.matcher, builtAt: Date.now(), versions: restored.versions, follower, glossary: this.live.glossaryVersion };
      this.current = Promise.resolve(this.lastBuilt);
      this.state = 'catching-up';
      this.source = 'snapshot';
      this.savedAt = Date.now();
      this.snapshotStatus.loaded = { bytes: restored.bytes, milliseconds: restored.milliseconds };
      this.logger.log({ msg: 'Matcher corpus statistics restored from their snapshot', researchers: restored.versions.size, ...this.snapshotStatus.loaded });
      void this.catchUp();
    }
    this.timer = setInterval(() => void this.catchUp(), Math.max(1000, this.config.indexerIntervalMs || 1000));
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.retry) clearTimeout(this.retry);
    this.timer = null;
    await this.catching;
    if (this.snapshots.enabled && this.state === 'current' && this.dirty) await this.save('shutdown');
  }

  /**
   * A glossary change changes concepts and their statistics. When they are followed (snapshots
   * on), the statistics for the new glossary are built now, in the background and giving way to
   * requests, while the previous ones go on answering (a rebuild takes minutes at 100k profiles);
   * /health says so, and a snapshot for the new glossary follows. Otherwise the next call builds them.
   */
  private glossaryChanged(): void {
    if (this.snapshots.enabled && this.lastBuilt) this.rebuildInBackground('glossary changed', { keepServing: true });
    else if (this.snapshots.enabled && this.building) this.rebuildInBackground('first'); // the first build read the previous glossary
    else this.current = null;
  }

  /**
   * Builds the statistics from Postgres, then saves them. Requests wait for them, unless
   * `keepServing`: then the statistics in use answer until the new ones replace them.
   */
  private rebuildInBackground(reason: string, { keepServing = false } = {}): void {
    const serving = keepServing && !!this.current;
    this.state = serving ? 'refreshing' : 'rebuilding';
    const building = this.build({ bulk: keepServing });
    this.building = building;
    if (!serving) this.current = building;
    building.then(
      (built) => {
        if (this.building !== building) return; // a later glossary change started another build
        this.building = null;
        this.failedBuilds = 0;
        this.current = Promise.resolve(built);
        this.lastBuilt = built;
        this.source = 'postgres';
        this.state = 'current';
        this.dirty = true;
        // Unless a catch-up run queued before it has saved them meanwhile.
        this.trackCatchUp(this.catching.then(() => (this.dirty ? this.save(reason) : undefined)));
      },
      (error: unknown) => {
        if (this.building !== building) return;
        this.building = null;
        this.logger.error({ msg: 'Matcher build failed', error: String(error) });
        if (this.current && this.current !== building) return this.retryLater(reason);
        // Nothing else to answer with: the next request builds it (as without snapshots).
        this.current = null;
        this.state = 'on-demand';
      },
    );
  }

  /**
   * After a failed build for a new glossary (Postgres unreachable, a statement cancelled): the
   * previous statistics go on answering, and the build is tried again, less often each time it fails.
   */
  private retryLater(reason: string): void {
    const delay = Math.min(MAX_RETRY_MS, RETRY_MS * 2 ** this.failedBuilds++);
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.building && this.timer) this.rebuildInBackground(reason, { keepServing: true });
    }, delay);
    this.retry.unref();
  }

  /** For /health. */
  status(): MatcherStatus {
    return { state: this.state, source: this.source, researchers: this.registeredCount, snapshot: { ...this.snapshotStatus } };
  }

  /**
   * For /health: outbox rows the statistics have not followed yet, and the oldest one's age (a bulk
   * change is applied in the background, after the search index may already be current); null
   * when they are not followed (snapshots off: built on demand).
   */
  async backlog(): Promise<{ pending: number; oldestSeconds: number | null } | null> {
    const follower = this.lastBuilt?.follower;
    return follower?.started ? follower.backlog(this.db.manager) : null;
  }

  /** Replays the researcher changes since the statistics' position (off the request path); the first completed run makes them current. Never rejects. */
  catchUp(): Promise<void> {
    const run = this.catching.then(async () => {
      const built = this.current ? await this.current : null;
      if (!built?.follower?.started) return;
      const changed = await this.snapshots.followChanges(built.follower, async (profileIds, pace) => {
        const records = await this.records(profileIds);
        const listed = new Set(records.map((record) => record.id));
        await forEachYielding(records, (record) => {
          if (built.versions.get(record.id) === record.updatedAt) return;
          built.matcher.upsertResearcher(record);
          built.versions.set(record.id, record.updatedAt);
        }, pace);
        for (const id of profileIds) {
          if (listed.has(id) || !built.versions.has(id)) continue;
          built.matcher.removeResearcher(id);
          built.versions.delete(id);
        }
      });
      built.builtAt = Date.now(); // followed: never stale, no periodic rebuild
      if (changed) this.dirty = true;
      if (this.state === 'catching-up') {
        this.state = 'current';
        this.logger.log({ msg: 'Matcher corpus statistics caught up with the outbox', changed });
      }
      if (this.state === 'current' && this.dirty && Date.now() - this.savedAt >= this.config.snapshotIntervalSeconds * 1000) await this.save('interval');
    });
    return this.trackCatchUp(run);
  }

  /** Never rejects (a failure is logged and the next run retries). */
  private trackCatchUp(run: Promise<void>): Promise<void> {
    this.catching = run.catch((error: unknown) => this.logger.warn({ msg: 'Matcher catch-up failed; retried', error: String(error) }));
    return this.catching;
  }

  private get registeredCount(): number | null {
    return this.lastBuilt?.versions.size ?? null;
  }

  private lastBuilt: BuiltMatcher | null = null;
  /** A build in the background (rebuildInBackground), until it replaces the statistics in use. */
  private building: Promise<BuiltMatcher> | null = null;
  /** Builds started: only the latest becomes lastBuilt. */
  private builds = 0;

  private async save(reason: string): Promise<void> {
    const built = this.current ? await this.current : null;
    const position = built?.follower?.current;
    if (!built || !position) return;
    try {
      this.dirty = false;
      const written = await this.snapshots.save(built.matcher, built.versions, position, built.glossary);
      this.savedAt = Date.now();
      this.snapshotStatus.lastWrite = { at: new Date().toISOString(), ...written };
      this.snapshotStatus.lastError = null;
      this.logger.log({ msg: 'Matcher snapshot written', reason, researchers: built.versions.size, ...written });
    } catch (error) {
      this.dirty = true;
      this.snapshotStatus.lastError = error instanceof Error ? error.message : String(error);
      this.logger.warn({ msg: 'Matcher snapshot not written', reason, error: this.snapshotStatus.lastError });
    }
  }

  /** The matcher, with `records` registered in their current version. */
  async with(records: ResearcherRecord[]): Promise<Matcher> {
    await this.live.ready();
    if (!this.current) this.current = this.build();
    else if (!(await this.current).follower && (await this.current).builtAt < Date.now() - REBUILD_AFTER_MS) this.current = this.build();
    const { matcher, versions } = await this.current;
    if (records.some((record) => versions.get(record.id) !== record.updatedAt)) this.dirty = true;
    for (const record of records) {
      if (versions.get(record.id) === record.updatedAt) continue;
      matcher.upsertResearcher(record);
      versions.set(record.id, record.updatedAt);
    }
    return matcher;
  }

  /**
   * Drops a researcher from this process's matcher (an erased account). Other instances drop it at
   * their next rebuild; meanwhile search, which supplies the candidates, no longer returns it.
   */
  async forget(profileId: string): Promise<void> {
    const remove = ({ matcher, versions }: BuiltMatcher) => {
      matcher.removeResearcher(profileId);
      versions.delete(profileId);
    };
    // A build in the background drops it when done; the erasure does not wait for it.
    if (this.building && this.building !== this.current) void this.building.then(remove, () => undefined);
    if (this.current) remove(await this.current);
    this.dirty = true;
  }

  /** Searchable researchers (profile not archived, account active) as matcher records. */
  async records(profileIds?: string[]): Promise<ResearcherRecord[]> {
    const profiles = await this.db.getRepository(ResearcherProfile).findBy({ archivedAt: IsNull(), ...(profileIds ? { id: In(profileIds) } : {}) });
    if (!profiles.length) return [];
    const users = new Map((await this.db.getRepository(User).findBy({ id: In(profiles.map((p) => p.userId)) })).map((u) => [u.id, u]));
    const labIds = [...new Set([...users.values()].map((u) => u.organisationId).filter((id): id is string => !!id))];
    const labs = new Map((labIds.length ? await this.db.getRepository(Organisation).findBy({ id: In(labIds) }) : []).map((o) => [o.id, o]));
    return profiles
      .filter((p) => isListedProfile(p, users.get(p.userId))) // profile-policy.ts
      .map((p) => {
        const user = users.get(p.userId)!;
        return toResearcherRecord(p, user, user.organisationId ? (labs.get(user.organisationId) ?? null) : null);
      });
  }

  /** `pace.bulk`: a build that no request waits for gives way to requests (yielding-map.ts). */
  private async build(pace: Pace = {}): Promise<BuiltMatcher> {
    const generation = ++this.builds;
    const concepts = this.live.current;
    const glossary = this.live.glossaryVersion;
    const started = performance.now();
    // With snapshots, the statistics follow the outbox from the moment the reading starts.
    const follower = this.snapshots.enabled ? new OutboxFollower() : null;
    if (follower) await follower.startAtNow(this.db.manager);
    if (!this.lastBuilt) this.source = 'postgres';
    const matcher = new Matcher([], { concepts });
    const versions = new Map<string, number>();
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string }[] = await this.db.query('SELECT id FROM researcher_profiles WHERE archived_at IS NULL AND id > $1 ORDER BY id LIMIT $2', [after, PAGE]);
      if (!rows.length) break;
      await forEachYielding(await this.records(rows.map((r) => r.id)), (record) => {
        matcher.upsertResearcher(record);
        versions.set(record.id, record.updatedAt);
      }, pace);
      after = rows[rows.length - 1].id;
    }
    this.logger.log({ msg: 'Matcher corpus built', researchers: versions.size, ms: Math.round(performance.now() - started) });
    const built = { matcher, builtAt: Date.now(), versions, follower, glossary };
    if (generation === this.builds && !this.building) this.lastBuilt = built; // else a later build (a newer glossary) is under way, or this one replaces lastBuilt when done
    return built;
  }
}
