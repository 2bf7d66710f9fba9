// `{ me }` under load (issue 13, target "`{ me }` p99 at 10 connections while a 100k reindex and a
// search load run: within 2× of idle"). The real API (compiled, its own process, NODE_ENV=production,
// the embedded search engine in its worker thread, snapshots on as by default) on an embedded
// Postgres holding N generated researcher profiles and some needs (bench/seed-profiles.mjs). After
// its first start (the index rebuilt from Postgres, the matcher's statistics built, both snapshots
// written: the API does not listen before the rebuild ends, so a first start is not a reindex it
// serves through), the run goes through these phases, `{ me }` at 10 connections in all of them:
//   idle            `{ me }` alone;
//   search          plus a search load (--search-connections, the web client's documents and mix): each
//                   connection sends its next search as soon as the last is answered, so that the
//                   searches take whatever the machine gives them; with --search-rate=R, at R searches
//                   per second in all (a search's latency then counts from when it was due);
//   reindex+search  plus a bulk change: one transaction updates every researcher profile and need
//                   (a word appended to the expertise / description, updated_at bumped) and writes
//                   one search outbox row per record, as the glossary service does for the records a
//                   glossary change touches. Every instance's outbox follower then re-indexes all N
//                   profiles (and the needs) through its real path (documents built from Postgres,
//                   upserted into the worker's engine) and the matcher's follower re-registers them.
//                   The phase lasts until /health/details says the search backlog is empty, the
//                   index current and the matcher's statistics through the change too (their backlog
//                   empty); a search for the appended word must then find every record;
//   idle            again, at the end (the idle figures pool both idle phases).
// Each phase starts once the API, unloaded, is quiet (settle): the snapshot writes that follow a
// large reindex would otherwise run inside the last idle phase.
// With --reindex-alone, a `reindex` phase (the same bulk change without the search load) comes
// before reindex+search, to tell the two loads' shares apart.
// Prints p50/p95/p99/max and req/s of `{ me }` per phase, the ratio p99(reindex+search)/p99(idle)
// (pooled, and against each idle phase), search latencies, the reindex time, the API process's RSS
// (main thread and worker: one process), the load average around each phase, and per phase and
// thread the garbage collector's pauses (bench/request-cost/gc-probe.cjs, preloaded into the API)
// with how many of the slow `{ me }` were in flight during a main-thread pause. Asserts nothing but
// that the reindex finished.
//
// Usage: [BENCH_DIST=/tmp/x] node bench/request-cost/under-load.mjs [--dist=dist] [--profiles=100000]
//          [--needs=2000] [--seconds=15] [--search-connections=3] [--search-rate=R] [--cycles=1] [--profile]
//   --dist      the compiled API (npx tsc -p apps/api/tsconfig.app.json --outDir <dir>); BENCH_DIST likewise
//   --cycles    how many (idle, search, reindex+search) cycles before the last idle phase
//   --reindex-alone  adds a `reindex` phase (the bulk change, no search load) before reindex+search
//   --profile   runs the API under --cpu-prof and prints the main thread's (and the search worker's)
//               self time during the search and the reindex+search phases (figures of such a run are
//               not comparable with an unprofiled run's)
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { seedProfiles } from '../seed-profiles.mjs';
import { Rng } from '../search/corpus.mjs';
import { latencySummary, ms, table } from '../search/stats.mjs';
import { summariseProfile } from './profile-summary.mjs';
import { NEED_FACET_COUNTS, RESEARCHER_FACET_COUNTS, SEARCH_NEEDS, SEARCH_RESEARCHERS } from './search-documents.mjs';
import { freePort } from '../free-port.mjs';
import { post } from './keep-alive-post.mjs';
import { startLoop } from './load-loop.mjs';
import { gcPauses, gcTable, slowDuringPauses } from './gc-pauses.mjs';
import { healthDetails as details, signIn, startApi as launchApi, stopApi } from '../api-process.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const dist = resolve(root, option('dist', process.env.BENCH_DIST ?? 'dist'));
const PROFILES = Number(option('profiles', 100_000));
const NEEDS = Number(option('needs', 2000));
const SECONDS = Number(option('seconds', 15));
const SEARCH_CONNECTIONS = Number(option('search-connections', 3));
const SEARCH_RATE = option('search-rate', null) === null ? null : Number(option('search-rate'));
const CYCLES = Number(option('cycles', 1));
const PROFILE = flag('profile');
const REINDEX_ALONE = flag('reindex-alone');
const ME_CONNECTIONS = 10;
const SETTLE_LIMIT_S = 300;
const PASSWORD = 'bench-password';
const EMAIL = 'industrial@bench.example';
const ME = JSON.stringify({ query: '{ me { id fullName role } }' });
/** Appended by the bulk changes, one per cycle; far apart, so that typo tolerance never confuses them. */
const MARKERS = ['zorglub', 'kwyjibo', 'frobnitz', 'quuxplon'];

if (!existsSync(join(dist, 'apps/api/src/main.js'))) {
  console.error(`${dist}/apps/api/src/main.js is missing: run \`npm run build:api\` (or tsc --outDir ${dist}) first.`);
  process.exit(1);
}
if (!dist.startsWith(`${root}/`) && !existsSync(join(dist, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dist, 'node_modules'));
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const secs = (milliseconds) => `${(milliseconds / 1000).toFixed(1)} s`;
const mb = (kb) => `${Math.round(kb / 1024)} MB`;
console.log(
  `{ me } under load — ${PROFILES.toLocaleString('en')} researcher profiles, ${NEEDS.toLocaleString('en')} needs; node ${process.version}; API from ${dist}; ` +
    `{ me } at ${ME_CONNECTIONS} connections, search at ${SEARCH_CONNECTIONS}${SEARCH_RATE ? ` (${SEARCH_RATE} searches/s)` : ' (back to back)'}; ${SECONDS} s per timed phase; ${CYCLES} cycle(s)${PROFILE ? '; API under --cpu-prof' : ''}; load average ${load()}`,
);

const dir = mkdtempSync(join(tmpdir(), 'passerelle-bench-under-load-'));
chmodSync(dir, 0o755); // Postgres runs as another user when the benchmark runs as root
const profileDir = join(dir, 'profile');
const gcFile = join(dir, 'gc');
const { startEmbeddedPostgres } = require(join(dist, 'apps/api/src/database/embedded-postgres.js'));
const postgres = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: await freePort(), database: 'postgres' });
const jwtSecret = randomBytes(32).toString('hex');
let api = null;
let rss = null;
/** The `{ me }` request, and the search mix (set once signed in). */
let me = null;
let searches = [];
try {
  // Migrations, then the generated records straight into the tables.
  api = await startApi({ SNAPSHOTS: 'false' }, []);
  await stopApi(api);
  const db = new pg.Client({ connectionString: postgres.url });
  db.on('error', (error) => console.error(`benchmark's database connection: ${error.message}`));
  await db.connect();
  let t0 = performance.now();
  const corpus = await seedProfiles(db, { dist, size: PROFILES, needs: NEEDS, password: PASSWORD });
  console.log(`seeded in ${secs(performance.now() - t0)}`);

  // First start: the index rebuilt from Postgres before the API listens, then the matcher's statistics
  // built in the background, then both snapshots written. Measured only once all of that is over.
  t0 = performance.now();
  api = await startApi({ SNAPSHOTS: 'true', SNAPSHOT_DIR: join(dir, 'snapshots') }, PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []);
  const listening = performance.now() - t0;
  const base = `http://127.0.0.1:${api.port}`;
  const settled = await waitFor(base, (d) => d.search.index.state === 'current' && d.search.index.snapshot.lastWrite && d.matching.state === 'current' && d.matching.snapshot.lastWrite, 900);
  console.log(
    `first start: listening after ${secs(listening)} (index rebuilt from Postgres: ${settled.search.index.source}), matcher built and both snapshots written after ${secs(performance.now() - t0)}; ` +
      `${settled.matching.researchers} researchers registered; load average ${load()}`,
  );
  rss = sampleRss(api.pid);

  const token = await login(base);
  me = { url: new URL(`${base}/graphql`), headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(ME), authorization: `Bearer ${token}` } };
  const answer = JSON.parse(await post(new http.Agent(), me.url, me.headers, ME));
  if (answer.errors || answer.data?.me?.role !== 'INDUSTRIAL') throw new Error(`{ me }: unexpected answer ${JSON.stringify(answer).slice(0, 300)}`);
  searches = searchMix(corpus, token, new URL(`${base}/graphql`));
  for (const kind of new Set(searches.map((s) => s.kind))) {
    const sample = searches.find((s) => s.kind === kind);
    for (const request of sample.requests) {
      const body = JSON.parse(await post(new http.Agent(), sample.url, request.headers, request.body));
      if (body.errors) throw new Error(`${kind}: ${JSON.stringify(body.errors).slice(0, 300)}`);
    }
  }
  await phase('warm-up', { seconds: 3, search: true });

  const phases = [];
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    phases.push(await phase('idle', { seconds: SECONDS }));
    phases.push(await phase('search', { seconds: SECONDS, search: true }));
    if (REINDEX_ALONE) phases.push(await phase('reindex', { reindex: { db, base, marker: MARKERS[(2 * cycle + 1) % MARKERS.length], token } }));
    phases.push(await phase('reindex+search', { search: true, reindex: { db, base, marker: MARKERS[(REINDEX_ALONE ? 2 * cycle : cycle) % MARKERS.length], token } }));
  }
  phases.push(await phase('idle', { seconds: SECONDS }));

  // Per phase, then pooled per kind of phase.
  const meRow = (label, runs) => {
    const latencies = runs.flatMap((p) => p.me.latencies);
    const seconds = runs.reduce((s, p) => s + p.me.seconds, 0);
    const s = latencySummary(latencies);
    return { label, s, rate: s.n / seconds, errors: runs.reduce((n, p) => n + p.me.errors, 0) };
  };
  const rows = phases.map((p, k) => meRow(`${k + 1}. ${p.name}`, [p]));
  console.log('\n`{ me }` at 10 connections, per phase');
  console.log(
    table(
      ['phase', 'seconds', 'n', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors', 'search req/s', 'RSS max', 'load before → after'],
      phases.map((p, k) => [
        rows[k].label,
        p.me.seconds.toFixed(1),
        rows[k].s.n,
        Math.round(rows[k].rate),
        ms(rows[k].s.p50),
        ms(rows[k].s.p95),
        ms(rows[k].s.p99),
        ms(rows[k].s.max),
        rows[k].errors,
        p.search ? Math.round(p.search.count / p.search.seconds) : '–',
        mb(p.rssMaxKb),
        `${p.loadBefore} → ${p.loadAfter}`,
      ]),
    ),
  );
  const pooled = ['idle', 'search', ...(REINDEX_ALONE ? ['reindex'] : []), 'reindex+search'].map((name) => meRow(name, phases.filter((p) => p.name === name)));
  console.log('\n`{ me }` at 10 connections, pooled per kind of phase');
  console.log(table(['phase', 'n', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms'], pooled.map((r) => [r.label, r.s.n, Math.round(r.rate), ms(r.s.p50), ms(r.s.p95), ms(r.s.p99)])));
  const [idle, search] = pooled;
  const reindex = pooled.at(-1);
  const alone = REINDEX_ALONE ? pooled[2] : null;
  console.log(
    `p99 ratio: search / idle ${(search.s.p99 / idle.s.p99).toFixed(2)}, ${alone ? `reindex / idle ${(alone.s.p99 / idle.s.p99).toFixed(2)}, ` : ''}reindex+search / idle ${(reindex.s.p99 / idle.s.p99).toFixed(2)} (target ≤ 2)`,
  );
  // The idle phases' p99 can differ by 2× within a run: pooling them can hide a miss.
  const eachIdle = rows.filter((r) => r.label.endsWith('. idle'));
  console.log(`p99 ratio reindex+search / each idle phase: ${eachIdle.map((r) => `${(reindex.s.p99 / r.s.p99).toFixed(2)} (${r.label})`).join(', ')}`);
  console.log(`req/s ratio: reindex+search / idle ${(reindex.rate / idle.rate).toFixed(2)}`);

  // The event loop's cost of each kind of request: `{ me }` from the idle phases; a search from the
  // search phases, less the `{ me }` answered beside them at their idle cost.
  console.log('\nCPU time of the API process per phase (main thread: the event loop; other threads: the search worker, GC helpers, libuv)');
  console.log(
    table(
      ['phase', 'main thread', 'share of the phase', 'other threads', '{ me } answered', 'searches answered'],
      phases.map((p, k) => [rows[k].label, secs(p.cpu.main), `${Math.round((100 * p.cpu.main) / (p.to - p.from) * 1000)} %`, secs(p.cpu.others), rows[k].s.n, p.search?.count ?? 0]),
    ),
  );
  const idlePhases = phases.filter((p) => p.name === 'idle');
  const meCost = idlePhases.reduce((t, p) => t + p.cpu.main, 0) / idlePhases.reduce((n, p) => n + p.me.latencies.length, 0);
  const searchPhases = phases.filter((p) => p.name === 'search');
  const searchCost =
    searchPhases.reduce((t, p) => t + p.cpu.main - meCost * p.me.latencies.length, 0) / Math.max(1, searchPhases.reduce((n, p) => n + p.search.count, 0));
  // At a set rate the searches are too few for the difference to stand out of the idle phases' noise.
  const searchCostText = SEARCH_RATE ? '' : `; a search of the mix ${searchCost.toFixed(2)} ms (search phases, { me } at that cost subtracted)`;
  console.log(`main-thread time per request: { me } ${meCost.toFixed(3)} ms (idle phases)${searchCostText}`);

  console.log(`\nsearch at ${SEARCH_CONNECTIONS} connections${SEARCH_RATE ? `, ${SEARCH_RATE} per second` : ''} (each request of the mix timed on its own)`);
  const searchRows = [];
  for (const name of ['search', 'reindex+search']) {
    const runs = phases.filter((p) => p.name === name);
    const byKind = new Map();
    const bytesOf = new Map();
    for (const p of runs) for (const [kind, list] of p.search.latencies) byKind.set(kind, [...(byKind.get(kind) ?? []), ...list]);
    for (const p of runs) for (const [kind, n] of p.search.bytes) bytesOf.set(kind, (bytesOf.get(kind) ?? 0) + n);
    const all = [...byKind.values()].flat();
    bytesOf.set('all', [...bytesOf.values()].reduce((a, b) => a + b, 0));
    for (const [kind, list] of [['all', all], ...[...byKind].sort()]) {
      const s = latencySummary(list);
      searchRows.push([name, kind, s.n, ms(s.p50), ms(s.p95), ms(s.p99), `${((bytesOf.get(kind) ?? 0) / Math.max(1, s.n) / 1024).toFixed(1)} KB`]);
    }
    const errors = runs.reduce((n, p) => n + p.search.errors, 0);
    if (errors) searchRows.push([name, 'errors', errors, '', '', '', '']);
  }
  console.log(table(['phase', 'request', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'mean response'], searchRows));

  console.log('\nreindex');
  for (const p of phases.filter((x) => x.reindex)) {
    const r = p.reindex;
    console.log(
      `"${r.marker}": bulk change committed in ${secs(r.commitMs)} (${r.profiles} profiles, ${r.needs} needs, ${r.outboxRows} outbox rows); ` +
        `search backlog empty and index ${r.state} ${secs(r.searchDoneMs)} after the commit, the matcher's statistics followed it all after ${secs(r.doneMs)}; ` +
        `search for the word: ${r.foundResearchers} researchers, ${r.foundNeeds} needs; ` +
        `snapshot written afterwards: ${r.snapshotAfter ? 'yes' : 'no'}`,
    );
  }
  await new Promise((done) => setTimeout(done, 1100)); // the probe appends its file every second
  const pauses = gcPauses(gcFile);
  console.log('\ngarbage collection pauses per phase and thread (perf_hooks; "minor" scavenges, "major" mark-compact and its incremental steps and weak callbacks)');
  console.log(table(['phase', 'thread', 'minor n', 'minor ms', 'major n', 'major ms', 'longest ms', 'paused share of the phase'], gcTable(pauses, phases.map((p, k) => ({ label: rows[k].label, from: p.fromEpoch, to: p.toEpoch })))));
  const slowLimit = rows[0].s.p99;
  console.log(`\n\`{ me }\` slower than the first idle phase's p99 (${ms(slowLimit)} ms), and how many of them were in flight while the main thread was paused for GC ≥ 10 ms`);
  console.log(
    table(
      ['phase', 'slow { me }', 'during a pause ≥ 10 ms', 'longest { me } ms', 'in flight during a pause ≥ 10 ms'],
      phases.map((p, k) => {
        const slow = slowDuringPauses(p.me.spans, pauses.get(0) ?? [], slowLimit, 10);
        return [rows[k].label, slow.slow, slow.slow ? `${slow.duringPause} (${Math.round((100 * slow.duringPause) / slow.slow)} %)` : '–', ms(slow.longest), slow.longestDuringPause ? 'yes' : 'no'];
      }),
    ),
  );
  console.log(`API RSS: max ${mb(Math.max(...phases.map((p) => p.rssMaxKb)))} during the phases; peak of the process (VmHWM) ${mb(readStatus(api.pid).VmHWM ?? 0)}`);
  console.log(`load average at the end ${load()}`);

  await db.end();
  if (PROFILE) {
    rss?.stop();
    await stopApi(api, 'SIGINT'); // the profiles are written on a clean exit
    const files = existsSync(profileDir) ? readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')) : [];
    // CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile: thread 0 is the main thread.
    const thread = (f) => Number(f.split('.').at(-3));
    for (const file of files.sort((a, b) => thread(a) - thread(b))) {
      const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8'));
      for (const name of ['search', ...(REINDEX_ALONE ? ['reindex'] : []), 'reindex+search']) {
        const runs = phases.filter((p) => p.name === name);
        console.log(`\n=== ${thread(file) === 0 ? 'main thread' : `thread ${thread(file)} (worker)`}: ${name} phase(s) ===`);
        summariseProfile(profile, runs[0].from, runs.at(-1).to, root);
      }
    }
  }
} finally {
  rss?.stop();
  if (api && api.exitCode === null) await stopApi(api);
  await postgres.stop();
  rmSync(dir, { recursive: true, force: true });
}

/**
 * One phase: `{ me }` at 10 connections, plus the search load, plus a bulk change whose re-indexing
 * the phase waits for; or `seconds` long.
 */
async function phase(name, { seconds, search = false, reindex = null }) {
  const settledMs = await settle();
  const loadBefore = load();
  rss.mark();
  const cpuBefore = threadCpu(api.pid);
  const from = Number(process.hrtime.bigint() / 1000n);
  const fromEpoch = performance.timeOrigin + performance.now();
  const meLoop = startLoop(ME_CONNECTIONS, () => ({ kind: 'me', url: me.url, headers: me.headers, body: ME }));
  let next = 0;
  const searchLoop = search ? startLoop(SEARCH_CONNECTIONS, () => searches[next++ % searches.length], SEARCH_RATE) : null;
  let result = null;
  if (reindex) result = await bulkChange(reindex);
  else await new Promise((done) => setTimeout(done, seconds * 1000));
  const meRun = await meLoop.stop();
  const searchRun = await searchLoop?.stop();
  const to = Number(process.hrtime.bigint() / 1000n);
  const toEpoch = performance.timeOrigin + performance.now();
  const cpuAfter = threadCpu(api.pid);
  if (result) {
    // After the load: did every record get its new text into the index?
    result.foundResearchers = await total(reindex.base, reindex.token, 'searchResearchers', result.marker);
    result.foundNeeds = await total(reindex.base, reindex.token, 'searchNeeds', result.marker);
    if (result.foundResearchers !== result.profiles || result.foundNeeds !== result.needs) {
      console.log(`warning: the search finds ${result.foundResearchers}/${result.profiles} profiles, ${result.foundNeeds}/${result.needs} needs with "${result.marker}"`);
    }
  }
  const phaseResult = {
    name,
    from,
    to,
    fromEpoch,
    toEpoch,
    me: { latencies: meRun.latencies.get('me') ?? [], spans: meRun.spans.get('me') ?? [], seconds: meRun.seconds, errors: meRun.errors },
    search: searchRun ? { latencies: searchRun.latencies, bytes: searchRun.bytes, count: [...searchRun.latencies.values()].reduce((n, l) => n + l.length, 0), seconds: searchRun.seconds, errors: searchRun.errors } : null,
    reindex: result,
    rssMaxKb: rss.max(),
    cpu: { main: cpuAfter.main - cpuBefore.main, others: cpuAfter.others - cpuBefore.others },
    settledMs,
    loadBefore,
    loadAfter: load(),
  };
  if (name !== 'warm-up') {
    const s = latencySummary(phaseResult.me.latencies);
    console.log(
      `${name}: ${phaseResult.me.seconds.toFixed(1)} s, { me } ${Math.round(s.n / phaseResult.me.seconds)} req/s p50 ${ms(s.p50)} p95 ${ms(s.p95)} p99 ${ms(s.p99)} ms; ` +
        `RSS max ${mb(phaseResult.rssMaxKb)}; load ${loadBefore} → ${phaseResult.loadAfter}; started once the API was quiet, after ${secs(settledMs)}`,
    );
  }
  return phaseResult;
}

/**
 * The bulk change: every profile and need gets `marker` appended (the previous cycle's removed) and
 * its updated_at bumped, and one search outbox row, all in one transaction; then waits until the
 * API's followers have applied it (search backlog empty and index current; the matcher's backlog empty).
 */
async function bulkChange({ db, base, marker }) {
  const strip = `regexp_replace(%, ' (${MARKERS.join('|')})$', '')`;
  const t0 = performance.now();
  await db.query('BEGIN');
  const profiles = await db.query(`UPDATE researcher_profiles SET expertise = ${strip.replace('%', 'expertise')} || ' ' || $1, updated_at = now()`, [marker]);
  const needs = await db.query(`UPDATE needs SET description = ${strip.replace('%', 'description')} || ' ' || $1, updated_at = now(), version = version + 1`, [marker]);
  // As GlossaryService.enqueueAffected writes them (apps/api/src/glossary/glossary.service.ts).
  const rowsR = await db.query(`INSERT INTO search_outbox (entity_type, entity_id) SELECT 'researcher', id FROM researcher_profiles`);
  const rowsN = await db.query(`INSERT INTO search_outbox (entity_type, entity_id) SELECT 'need', id FROM needs`);
  await db.query('COMMIT');
  const committed = performance.now();
  const lastWriteBefore = (await details(base)).search.index.snapshot.lastWrite?.at ?? null;
  let searchDoneMs = null;
  const done = await waitFor(
    base,
    (d) => {
      const searchDone = d.search.backlog.pending === 0 && d.search.index.state === 'current';
      if (searchDone) searchDoneMs ??= performance.now() - committed;
      return searchDone && (d.matching.backlog?.pending ?? 0) === 0;
    },
    3600,
    500,
  );
  return {
    marker,
    profiles: profiles.rowCount,
    needs: needs.rowCount,
    outboxRows: rowsR.rowCount + rowsN.rowCount,
    commitMs: committed - t0,
    searchDoneMs,
    doneMs: performance.now() - committed,
    state: done.search.index.state,
    snapshotAfter: (done.search.index.snapshot.lastWrite?.at ?? null) !== lastWriteBefore,
  };
}

/**
 * The web client's search documents (apps/web/src/search/search-documents.ts) in a mix: a text search
 * of researchers or of needs (first page, 20 hits, facets, highlights), and, as when the user checks a
 * facet value, a filtered search plus the facet-counts query without that filter. Queries: two of a
 * generated profile's keywords, or the first words of a generated need's title (fr/ar/en as generated).
 */
function searchMix(corpus, token, url) {
  const rng = new Rng(7);
  const headers = (body) => ({ 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` });
  const request = (query, variables) => {
    const body = JSON.stringify({ query, variables });
    return { body, headers: headers(body) };
  };
  const words = (need) => need.title.split(/\s+/).slice(0, rng.int(2, 4)).join(' ');
  const keywords = (researcher) => rng.shuffle([...researcher.keywords]).slice(0, 2).join(' ');
  const mix = [];
  for (let i = 0; i < 400; i++) {
    const roll = rng.next();
    const researcher = rng.pick(corpus.researchers);
    const need = rng.pick(corpus.needs);
    const paging = { sort: 'RELEVANCE', first: 20, after: null };
    if (roll < 0.4) mix.push({ kind: 'researchers text', requests: [request(SEARCH_RESEARCHERS, { ...paging, query: keywords(researcher), filters: {} })] });
    else if (roll < 0.7) mix.push({ kind: 'needs text', requests: [request(SEARCH_NEEDS, { ...paging, query: words(need), filters: {} })] });
    else if (roll < 0.85) {
      const filters = { sectors: [rng.pick(['AGRIFOOD', 'COSMETICS'])] };
      mix.push({ kind: 'researchers browse + facet counts', requests: [request(SEARCH_RESEARCHERS, { ...paging, query: '', filters }), request(RESEARCHER_FACET_COUNTS, { query: '', filters: {} })] });
    } else {
      const query = words(need);
      const filters = { language: [need.language] };
      mix.push({ kind: 'needs filtered + facet counts', requests: [request(SEARCH_NEEDS, { ...paging, query, filters }), request(NEED_FACET_COUNTS, { query, filters: {} })] });
    }
  }
  // One entry per request (a filtered search and its facet counts follow each other on one connection).
  return mix.map((m) => ({
    kind: m.kind,
    url,
    requests: m.requests,
  }));
}

async function total(base, token, field, query) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `query($q: String) { ${field}(query: $q, first: 1) { total } }`, variables: { q: query } }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${field}: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body.data[field].total;
}

/** Polls /health/details until `ready(details)`; returns the details. */
async function waitFor(base, ready, timeoutSeconds, everyMs = 1000) {
  const until = performance.now() + timeoutSeconds * 1000;
  for (;;) {
    if (api.exitCode !== null || api.signalCode !== null) throw new Error(`the API exited with code ${api.exitCode} (signal ${api.signalCode})`);
    const d = await details(base);
    if (ready(d)) return d;
    if (performance.now() > until) throw new Error(`not ready after ${timeoutSeconds} s: ${JSON.stringify({ search: d.search, matching: d.matching }).slice(0, 500)}`);
    await new Promise((done) => setTimeout(done, everyMs));
  }
}

/** The API process's resident set (main thread and search worker), every 250 ms; max since the last mark. */
function sampleRss(pid) {
  let max = 0;
  const timer = setInterval(() => {
    const kb = readStatus(pid).VmRSS;
    if (kb > max) max = kb;
  }, 250);
  return {
    mark: () => (max = readStatus(pid).VmRSS ?? 0),
    max: () => max,
    stop: () => clearInterval(timer),
  };
}

/**
 * Waits until the API, with no load on it, has used under 5 % of a core for a whole second (at most
 * SETTLE_LIMIT_S): what a phase ended with — snapshot writes after a reindex, a major GC — then runs
 * before the next phase rather than inside it. Answers how long that took.
 */
async function settle() {
  const start = performance.now();
  let before = threadCpu(api.pid);
  while (performance.now() - start < SETTLE_LIMIT_S * 1000) {
    await new Promise((done) => setTimeout(done, 1000));
    const now = threadCpu(api.pid);
    const used = now.main - before.main + (now.others - before.others);
    before = now;
    if (used < 50) break;
  }
  return performance.now() - start;
}

/** CPU time (user + system, ms) of the process's main thread and of all its other threads (the search worker, GC helpers, libuv). */
function threadCpu(pid) {
  const cpu = { main: 0, others: 0 };
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ').at(-1).split(' ');
      cpu[tid === String(pid) ? 'main' : 'others'] += (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms (USER_HZ 100)
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return cpu;
}

function readStatus(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Object.fromEntries([...status.matchAll(/^(Vm\w+):\s+(\d+) kB$/gm)].map((m) => [m[1], Number(m[2])]));
  } catch {
    return {};
  }
}

function login(base) {
  return signIn(base, EMAIL, PASSWORD);
}

function startApi(env, nodeArgs) {
  return launchApi({
    dist,
    cwd: root,
    databaseUrl: postgres.url,
    dataDir: dir,
    jwtSecret,
    env: { GC_PROBE_FILE: gcFile, ...env },
    nodeArgs: ['--require', join(here, 'gc-probe.cjs'), ...nodeArgs],
    onUnexpectedExit: (code, signal) => console.error(`the API exited unexpectedly (code ${code}, signal ${signal}); load average ${load()}`),
  });
}
