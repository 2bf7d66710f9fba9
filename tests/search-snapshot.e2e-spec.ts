import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { MatcherProvider } from '../apps/api/src/matching/matcher.provider';
import { LiveConceptIndex } from '../apps/api/src/search/concept-index.provider';
import { SearchIndexer } from '../apps/api/src/search/search-indexer.service';
import { buildWorld, World } from './support/fixtures';
import { TestApp } from './support/test-app';

const CREATE = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`;
const ARCHIVE = `mutation($id: ID!) { archiveNeed(id: $id) { id } }`;
const SEARCH = `query($q: String) { searchNeeds(query: $q, first: 50) { total hits { need { id } } } }`;
const PROPOSE = `query($needId: ID!) { proposeMatches(needId: $needId, first: 5) { score researcher { id } } }`;
const INDEXING = `{ indexingStatus { search { state pending } matching { state pending } } }`;
const CREATE_ENTRY = `mutation($input: GlossaryEntryInput!) { createGlossaryEntry(input: $input) { entry { id } } }`;

interface Details {
  search: { index: { state: string; source: string; rebuilds: number; snapshot: { loaded: unknown; refused: string | null; lastWrite: unknown } } };
  matching: { state: string; source: string | null; researchers: number | null; snapshot: { refused: string | null }; backlog: { pending: number } | null };
}

/**
 * Restarts from snapshots (issue 13, item 2): the embedded index and the matcher's statistics are
 * written at a graceful stop and loaded at the next start on the same database and data
 * directory — no rebuild from Postgres — then the outbox since the snapshot is replayed. A
 * damaged snapshot means a rebuild, with the same answers.
 */
describe('search and matcher snapshots across restarts', () => {
  let keeper: TestApp; // owns the database and writes while the instance under test is down
  let world: World;
  let dir: string;
  let env: Record<string, string>;
  const token = () => ({ token: world.tokens.industrialOwner });
  const need = (word: string) => ({
    title: `Besoin persistant ${word}`,
    description: `Un besoin qui doit survivre au redémarrage : ${word}, huile d'argan et pressage à froid.`,
    language: 'fr',
    sector: 'AGRIFOOD',
    trlCurrent: 2,
    trlTarget: 5,
  });
  const found = async (app: TestApp, word: string) =>
    ((await app.ok(SEARCH, { q: word }, { token: world.tokens.staff })).searchNeeds.hits as { need: { id: string } }[]).map((h) => h.need.id);
  const details = async (app: TestApp) => (await (await fetch(`${app.url}/health/details`)).json()) as Details;
  const start = () => TestApp.start(env, { databaseUrl: keeper.databaseUrl });
  /** The next start resumes the matcher from the snapshot the last one wrote (not refused). */
  const nextStartResumesMatcher = async () => {
    const next = await start();
    try {
      expect((await details(next)).matching).toMatchObject({ source: 'snapshot', snapshot: { refused: null } });
    } finally {
      await next.close();
    }
  };
  /** Whether `promise` settles within 5 s (a request that waits for a rebuild does not). */
  const settlesAtOnce = async (promise: Promise<unknown>) => {
    let timer: NodeJS.Timeout | undefined;
    const waiting = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), 5000)));
    return Promise.race([promise.then(() => true), waiting]).finally(() => clearTimeout(timer));
  };
  /** Polls (up to 10 s) until the matcher's statistics are current. */
  const untilCurrent = async (matcher: MatcherProvider) => {
    for (let i = 0; i < 200 && matcher.status().state !== 'current'; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  };
  /** The matcher's background work at start (a build, or the replay after a restore) has finished. */
  const matcherSettled = async (app: TestApp) => {
    const matcher = app.app.get(MatcherProvider);
    for (let i = 0; i < 200 && matcher.status().state !== 'current'; i++) {
      await matcher.catchUp();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  beforeAll(async () => {
    const shared = { JWT_SECRET: randomBytes(32).toString('hex') };
    keeper = await TestApp.start(shared); // snapshots off (NODE_ENV=test default)
    world = await buildWorld(keeper);
    dir = mkdtempSync(join(tmpdir(), 'passerelle-snapshots-'));
    env = { ...shared, SNAPSHOTS: 'true', SNAPSHOT_DIR: dir };
  });
  afterAll(async () => {
    await keeper.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts from the snapshot without a rebuild, serves at once, replays what was written while it was down', async () => {
    // First start: no snapshot yet, so a rebuild from Postgres.
    const first = await start();
    let ids: { kept: string; archived: string };
    try {
      expect((await details(first)).search.index).toMatchObject({ source: 'postgres', rebuilds: 1, state: 'current' });
      ids = {
        kept: (await first.ok(CREATE, { input: need('quintabor') }, token())).createNeed.id,
        archived: (await first.ok(CREATE, { input: need('velmoranch') }, token())).createNeed.id,
      };
      await first.app.get(SearchIndexer).drain();
      expect(await found(first, 'quintabor')).toEqual([ids.kept]);
      await matcherSettled(first);
      expect((await first.ok(PROPOSE, { needId: ids.kept }, { token: world.tokens.staff })).proposeMatches.length).toBeGreaterThan(0);
    } finally {
      await first.close(); // graceful: both snapshots written
    }
    expect(statSync(join(dir, 'search-index.snap')).size).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'matcher.snap'))).toBe(true);

    // While the instance is down, another one writes: a new need, an archive.
    const whileDown = (await keeper.ok(CREATE, { input: need('droskelind') }, token())).createNeed.id;
    await keeper.ok(ARCHIVE, { id: ids.archived }, token());

    const second = await start();
    try {
      // Served from the snapshot (reads wait for it to be loaded), before any replay.
      expect(await found(second, 'quintabor')).toEqual([ids.kept]);
      expect(await found(second, 'droskelind')).toEqual([]); // not replayed yet: this is the snapshot answering
      const before = await details(second);
      expect(before.search.index).toMatchObject({ source: 'snapshot', rebuilds: 0, state: 'catching-up', snapshot: { loaded: expect.any(Object), refused: null } });
      expect(before.matching.source).toBe('snapshot');
      expect(before.matching.snapshot.refused).toBeNull();
      // The tail written while it was down, replayed by the follower's normal path.
      await second.app.get(SearchIndexer).drain();
      expect(await found(second, 'droskelind')).toEqual([whileDown]);
      expect(await found(second, 'velmoranch')).toEqual([]);
      expect(await found(second, 'quintabor')).toEqual([ids.kept]);
      const after = await details(second);
      expect(after.search.index).toMatchObject({ source: 'snapshot', rebuilds: 0, state: 'current' });
      await matcherSettled(second);
      expect((await details(second)).matching).toMatchObject({ state: 'current', source: 'snapshot', backlog: { pending: 0 } });
      const matches = (await second.ok(PROPOSE, { needId: whileDown }, { token: world.tokens.staff })).proposeMatches;
      expect(matches.length).toBeGreaterThan(0);
      expect(matches[0].score).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });

  it('a damaged snapshot is refused: the index is rebuilt from Postgres and answers the same', async () => {
    const path = join(dir, 'search-index.snap');
    const bytes = readFileSync(path);
    const at = bytes.indexOf('quintabor'); // inside a stored document: a disk error in the data
    expect(at).toBeGreaterThan(0);
    bytes[at] ^= 0x20;
    writeFileSync(path, bytes);
    const archived = (await keeper.ok(CREATE, { input: need('plorventa') }, token())).createNeed.id;
    await keeper.ok(ARCHIVE, { id: archived }, token());
    const kept = (await keeper.ok(CREATE, { input: need('sardomile') }, token())).createNeed.id;

    const third = await start();
    try {
      expect(await found(third, 'sardomile')).toEqual([kept]); // reads wait for the rebuild that replaced the failed load
      const { search } = await details(third);
      expect(search.index).toMatchObject({ source: 'postgres', rebuilds: 1, state: 'current' });
      expect(search.index.snapshot.refused).toMatch(/checksum/);
      expect(await found(third, 'sardomile')).toEqual([kept]);
      expect(await found(third, 'plorventa')).toEqual([]);
      expect((await found(third, 'quintabor')).length).toBe(1);
    } finally {
      await third.close();
    }
    // The stop wrote a good snapshot again.
    const fourth = await start();
    try {
      expect((await details(fourth)).search.index).toMatchObject({ source: 'snapshot', rebuilds: 0 });
      expect(await found(fourth, 'sardomile')).toEqual([kept]);
    } finally {
      await fourth.close();
    }
  });

  it('a snapshot older than the outbox retention is not resumed from (the changes since may be pruned): rebuild', async () => {
    const path = join(dir, 'search-index.snap');
    const bytes = readFileSync(path);
    const text = bytes.toString('latin1');
    const match = /"positionAt":"(\d{4})-/.exec(text);
    expect(match).not.toBeNull();
    // Two years earlier, same length: the header is rewritten in place.
    bytes.write(`"positionAt":"${Number(match![1]) - 2}-`, match!.index, 'latin1');
    writeFileSync(path, bytes);
    const kept = (await keeper.ok(CREATE, { input: need('trevalunde') }, token())).createNeed.id;

    const fifth = await start();
    try {
      expect(await found(fifth, 'trevalunde')).toEqual([kept]);
      const { search } = await details(fifth);
      expect(search.index).toMatchObject({ source: 'postgres', rebuilds: 1 });
      expect(search.index.snapshot.refused).toMatch(/retention/);
    } finally {
      await fifth.close();
    }
  });

  it('a glossary change rebuilds the matcher in the background, and the next start resumes from its snapshot for the new glossary', async () => {
    const sixth = await start();
    try {
      await matcherSettled(sixth);
      expect((await details(sixth)).matching).toMatchObject({ state: 'current', source: 'snapshot' });
      const written = sixth.app.get(MatcherProvider).status().snapshot.lastWrite;
      await sixth.ok(CREATE_ENTRY, { input: { labelsFr: ['amlou artisanal'], labelsAr: ['أملو'], labelsEn: ['amlou spread'], variants: [], broaderCodes: [] } }, { token: world.tokens.staff });
      // No proposeMatches asks for it: the statistics for the new glossary are built and saved by themselves.
      const matcher = sixth.app.get(MatcherProvider);
      const rebuilt = () => matcher.status().source === 'postgres' && matcher.status().state === 'current' && matcher.status().snapshot.lastWrite !== written;
      for (let i = 0; i < 200 && !rebuilt(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(matcher.status()).toMatchObject({ state: 'current', source: 'postgres' });
      expect(matcher.status().snapshot.lastWrite).not.toEqual(written);
      // What staff see on the glossary page once both have applied the change.
      await sixth.app.get(SearchIndexer).drain();
      await matcher.catchUp();
      expect((await sixth.ok(INDEXING, {}, { token: world.tokens.staff })).indexingStatus).toEqual({
        search: { state: 'CURRENT', pending: 0 },
        matching: { state: 'CURRENT', pending: 0 },
      });
    } finally {
      await sixth.close();
    }
    await nextStartResumesMatcher();
  });

  it('while the statistics for a new glossary are built, the previous ones answer; then the new ones replace them', async () => {
    const eighth = await start();
    const lock = new Client({ connectionString: keeper.databaseUrl });
    await lock.connect();
    try {
      await matcherSettled(eighth);
      const matcher = eighth.app.get(MatcherProvider);
      const previous = await matcher.with([]);
      const written = matcher.status().snapshot.lastWrite;
      // Another instance adds an entry; this one has not loaded it yet (its polls are off in tests).
      await keeper.ok(CREATE_ENTRY, { input: { labelsFr: ['beurre de karité brut'], labelsAr: ['زبدة الشيا الخام'], labelsEn: ['raw shea butter'], variants: [], broaderCodes: [] } }, { token: world.tokens.staff });
      // Holds the rebuild where it reads the profiles.
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE researcher_profiles IN ACCESS EXCLUSIVE MODE');
      await eighth.app.get(LiveConceptIndex).reload();
      expect(matcher.status().state).toBe('refreshing');
      // What /health/details and the staff's glossary page say meanwhile: not rebuilding (nothing answering), the previous statistics answer.
      expect((await details(eighth)).matching.state).toBe('refreshing');
      expect((await eighth.ok(INDEXING, {}, { token: world.tokens.staff })).indexingStatus.matching.state).toBe('REFRESHING');
      const need = { id: 'probe-need', title: 'Beurre de karité brut', description: 'Nous voulons stabiliser notre beurre de karité brut.', language: 'fr' as const };
      const researcher = { id: 'probe-researcher', expertise: 'تثبيت زبدة الشيا الخام ومنع تزنخها.' };
      const shared = (m: typeof previous) => m.score(need, researcher, 'fr').reasons.some((reason) => /karité/.test(reason));
      const during = matcher.with([]);
      expect(await settlesAtOnce(during)).toBe(true); // not after the rebuild
      expect(await during).toBe(previous);
      expect(shared(previous)).toBe(false);
      // An erasure meanwhile (privacy.service.ts) does not wait for the rebuild either, and reaches both.
      const registered = matcher.status().researchers!;
      expect(await settlesAtOnce(matcher.forget(world.profiles.researcherMember.id))).toBe(true);
      expect(matcher.status().researchers).toBe(registered - 1);
      await lock.query('ROLLBACK');
      await untilCurrent(matcher);
      expect(matcher.status()).toMatchObject({ state: 'current', source: 'postgres', researchers: registered - 1 });
      const rebuilt = await matcher.with([]);
      expect(rebuilt).not.toBe(previous);
      expect(shared(rebuilt)).toBe(true);
      for (let i = 0; i < 200 && matcher.status().snapshot.lastWrite === written; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(matcher.status().snapshot.lastWrite).not.toEqual(written);
    } finally {
      await lock.end();
      await eighth.close();
    }
    await nextStartResumesMatcher();
  });

  it('a build for a new glossary that fails leaves the previous statistics answering, and is tried again', async () => {
    const ninth = await start();
    const lock = new Client({ connectionString: keeper.databaseUrl });
    const watcher = new Client({ connectionString: keeper.databaseUrl });
    await Promise.all([lock.connect(), watcher.connect()]);
    try {
      await matcherSettled(ninth);
      const matcher = ninth.app.get(MatcherProvider);
      const previous = await matcher.with([]);
      await keeper.ok(CREATE_ENTRY, { input: { labelsFr: ['huile de nigelle'], labelsAr: ['زيت حبة البركة'], labelsEn: ['black seed oil'], variants: [], broaderCodes: [] } }, { token: world.tokens.staff });
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE researcher_profiles IN ACCESS EXCLUSIVE MODE');
      await ninth.app.get(LiveConceptIndex).reload();
      /** The rebuild's read of the profiles waiting on the lock, if one started after `since`. */
      const waitingRead = async (since = new Date(0)) => {
        for (let i = 0; i < 200; i++) {
          // Not through `lock`: in a transaction, pg_stat_activity keeps the picture of its first read.
          const { rows } = await watcher.query<{ pid: number; started: Date }>(
            "SELECT pid, query_start AS started FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND wait_event_type = 'Lock' AND query LIKE 'SELECT id FROM researcher_profiles%' AND query_start > $1",
            [since],
          );
          if (rows.length) return rows[0];
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return null;
      };
      const first = await waitingRead();
      expect(first).not.toBeNull();
      // Cancelling that read makes the build fail.
      const sqlErrors = jest.spyOn(ninth.sql, 'logQueryError').mockImplementation(() => undefined); // the cancellation, expected here
      await watcher.query('SELECT pg_cancel_backend($1)', [first!.pid]);
      // The build is tried again by itself (and waits on the lock again).
      expect(await waitingRead(first!.started)).not.toBeNull();
      expect(sqlErrors.mock.calls.map(([error]) => String(error))).toEqual([expect.stringMatching(/canceling statement/)]);
      sqlErrors.mockRestore();
      // Still the previous statistics, at once, not a build that waits on the lock.
      const during = matcher.with([]);
      expect(await settlesAtOnce(during)).toBe(true);
      expect(await during).toBe(previous);
      expect(matcher.status().state).toBe('refreshing');
      await lock.query('ROLLBACK');
      await untilCurrent(matcher);
      expect(matcher.status()).toMatchObject({ state: 'current', source: 'postgres' });
      const rebuilt = await matcher.with([]);
      expect(rebuilt).not.toBe(previous);
      const need = { id: 'probe-need-2', title: 'Huile de nigelle', description: 'Stabiliser notre huile de nigelle pressée à froid.', language: 'fr' as const };
      const researcher = { id: 'probe-researcher-2', expertise: 'أكسدة زيت حبة البركة وتخزينه.' };
      expect(rebuilt.score(need, researcher, 'fr').reasons.some((reason) => /nigelle/.test(reason))).toBe(true);
    } finally {
      await Promise.all([lock.end(), watcher.end()]);
      await ninth.close();
    }
  });
});
