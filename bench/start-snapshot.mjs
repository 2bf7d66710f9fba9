// Restart benchmark (issue 13, item 2): the real API (compiled, its own process) on an embedded
// Postgres holding N generated researcher profiles (bench/matching's corpus: fr/ar/en, thesaurus
// topics, publications). Measures, from spawning `node dist/apps/api/src/main.js`:
//   - the first answered search (searchResearchers, as staff) and the first answered proposeMatches,
//     without a snapshot (first start: the index rebuilt from Postgres, the matcher's statistics
//     built in the background) and with the snapshots written by the previous graceful stop;
//   - the snapshots' sizes on disk and their load times (as /health/details reports them);
//   - the graceful stop (which writes the snapshots).
// Prints figures; asserts nothing. Runs on compiled code (npm run build:api).
//
// Usage: [BENCH_DIST=/tmp/x] node bench/start-snapshot.mjs [profiles=100000] [--restarts=2] [--data=<dir>] [--breakdown]
//   --data=<dir>  keeps the embedded Postgres with its seeded profiles in <dir> (created and seeded
//                 the first time, reused afterwards: seeding 100k profiles takes minutes) and each
//                 build's snapshots in <dir>/snapshots-<build folder name>; when that build's
//                 snapshots are already there, the start without a snapshot is skipped.
//   --breakdown   where the API's memory goes, at the first proposeMatches: a probe preloaded
//                 (--require) into the API's main thread and its worker threads answers with each
//                 thread's V8 heap, external and ArrayBuffer memory and which libs/text modules it
//                 loaded, before and after a forced GC (--expose-gc), beside /proc's smaps_rollup;
//                 and the process's RSS sampled every 10 ms from outside (its peak and when).
//   --heap-snapshots  with --breakdown: each thread also writes a V8 heap snapshot (after its GC) into
//                 <data dir>/heap-<thread>-<pid>.heapsnapshot, for Chrome DevTools (slow: seconds).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { seedProfiles } from './seed-profiles.mjs';
import { freePort } from './free-port.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// BENCH_DIST: a build of your own (`npx tsc -p apps/api/tsconfig.app.json --outDir /tmp/x`), so
// that nobody rebuilding dist/ mid-run changes the code between the starts (a changed text
// analysis rightly refuses the snapshot, which would then measure a rebuild).
const dist = resolve(process.env.BENCH_DIST ?? join(root, 'dist'));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const size = Number(args.find((a) => !a.startsWith('--')) ?? 100_000);
const restarts = option('restarts', 2);
const keptData = args.find((a) => a.startsWith('--data='))?.slice('--data='.length);
const breakdown = args.includes('--breakdown');
const heapSnapshots = breakdown && args.includes('--heap-snapshots');
const PASSWORD = 'bench-password';
const SEARCH = '{ searchResearchers(query: "huile d\'argan stabilité oxydative", first: 20) { total hits { researcher { id } } } }';
const PROPOSE = 'query($id: ID!) { proposeMatches(needId: $id, first: 10) { score researcher { id } } }';

if (!existsSync(join(dist, 'apps/api/src/main.js'))) {
  console.error('dist/apps/api/src/main.js is missing: run `npm run build:api` first.');
  process.exit(1);
}
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

console.log(`Restart benchmark — ${size.toLocaleString('en')} researcher profiles; node ${process.version}; ${restarts} restart(s) from snapshots`);
const dir = keptData ? resolve(keptData) : mkdtempSync(join(tmpdir(), 'passerelle-bench-restart-'));
mkdirSync(dir, { recursive: true });
chmodSync(dir, 0o755); // Postgres runs as another user when the benchmark runs as root
const seeded = keptData !== undefined && existsSync(join(dir, 'seeded.json'));
const snapshotDir = keptData ? join(dir, `snapshots-${dist.split('/').filter(Boolean).join('_')}`) : join(dir, 'snapshots');
const probePath = join(dir, 'memory-probe.cjs');
if (breakdown) writeFileSync(probePath, PROBE_SOURCE());
const { startEmbeddedPostgres } = require(join(dist, 'apps/api/src/database/embedded-postgres.js'));
const postgres = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: await freePort(), database: 'postgres' });
const jwtSecret = randomBytes(32).toString('hex');
let api = null;
try {
  let needId;
  if (seeded) {
    const kept = JSON.parse(readFileSync(join(dir, 'seeded.json'), 'utf8'));
    if (kept.size !== size) throw new Error(`${dir} holds ${kept.size} profiles, not ${size}`);
    needId = kept.needId;
    console.log(`reusing the seeded database in ${dir}`);
  } else {
    // Migrations, then the generated profiles straight into the tables.
    api = await startApi({ SNAPSHOTS: 'false' });
    await stopApi(api);
    const db = new pg.Client({ connectionString: postgres.url });
    await db.connect();
    const seededMs = await timed(() => seedProfiles(db, { dist, size, needs: 200, password: PASSWORD }));
    needId = (await db.query('SELECT id FROM needs ORDER BY created_at LIMIT 1')).rows[0].id;
    await db.end();
    if (keptData) writeFileSync(join(dir, 'seeded.json'), JSON.stringify({ size, needId }));
    console.log(`seeded in ${fmt(seededMs)}`);
  }
  const haveSnapshots = keptData && existsSync(join(snapshotDir, 'search-index.snap')) && existsSync(join(snapshotDir, 'matcher.snap'));

  const rows = [];
  for (let run = haveSnapshots ? 1 : 0; run <= restarts; run++) {
    const label = run === 0 ? 'no snapshot (first start)' : `from snapshots (restart ${run})`;
    const result = await measureStart({ needId, waitForSnapshots: run === 0 });
    rows.push({ label, ...result });
    console.log(
      `${label}: listening ${fmt(result.listenMs)}, first search (after a login) ${fmt(result.searchMs)}, first proposeMatches ${fmt(result.matchMs)}; search index ${result.index.source} (${result.index.loaded ? `snapshot loaded in ${result.index.loaded.milliseconds} ms` : `rebuilds ${result.index.rebuilds}`}), matcher ${result.matcher.source} (${result.matcher.loaded ? `snapshot loaded in ${result.matcher.loaded.milliseconds} ms` : 'built'}); graceful stop ${fmt(result.stopMs)}`,
    );
    if (result.breakdown) printBreakdown(label, result);
  }
  const searchSnap = statSync(join(snapshotDir, 'search-index.snap')).size;
  const matcherSnap = statSync(join(snapshotDir, 'matcher.snap')).size;
  console.log('\n=== summary ===');
  console.log('| start | listening (/health) | first search (after a login) | first proposeMatches | search index | matcher statistics | API RSS at the first proposeMatches / peak |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.label} | ${fmt(r.listenMs)} | ${fmt(r.searchMs)} | ${fmt(r.matchMs)} | ${r.index.loaded ? `snapshot, loaded in ${fmt(r.index.loaded.milliseconds)}` : 'rebuilt from Postgres'} | ${r.matcher.loaded ? `snapshot, loaded in ${fmt(r.matcher.loaded.milliseconds)}` : 'built from Postgres'} | ${mb(r.rssAtMatch)} / ${mb(r.rssPeak)} |`,
    );
  }
  console.log(`snapshot sizes: search index ${mb(searchSnap)}, matcher statistics ${mb(matcherSnap)}; last write: search ${rows.at(-1).index.lastWrite ? fmt(rows.at(-1).index.lastWrite.milliseconds) : 'n/a'}`);
} finally {
  if (api && api.exitCode === null) await stopApi(api);
  await postgres.stop();
  if (!keptData) rmSync(dir, { recursive: true, force: true });
}

async function measureStart({ needId, waitForSnapshots }) {
  const started = performance.now();
  const probePort = breakdown ? await freePort() : null;
  const child = await spawnApi({ SNAPSHOTS: 'true', SNAPSHOT_DIR: snapshotDir, ...(probePort ? { MEMORY_PROBE_PORT: String(probePort) } : {}) });
  api = child;
  const samples = breakdown ? sampleRss(child.pid, started) : null;
  const base = `http://127.0.0.1:${child.port}`;
  await until(async () => {
    const response = await fetch(`${base}/health`);
    if (!response.ok) throw new Error('fetch failed: not ready');
  }, child);
  const listenMs = performance.now() - started;
  const token = await until(() => login(base), child);
  await until(() => gql(base, token, SEARCH), child);
  const searchMs = performance.now() - started;
  await until(() => gql(base, token, PROPOSE, { id: needId }), child);
  const matchMs = performance.now() - started;
  const memoryAtMatch = processMemory(child.pid);
  let probe = null;
  if (probePort) {
    samples.stop();
    const ask = (query) => fetch(`http://127.0.0.1:${probePort}/${query}`).then((r) => r.json());
    probe = { asIs: await ask(''), afterGc: await ask(heapSnapshots ? '?gc=1&heap=1' : '?gc=1'), samples: samples.list, marks: { listenMs, searchMs, matchMs } };
  }
  let details = await fetch(`${base}/health/details`).then((r) => r.json());
  if (waitForSnapshots) {
    // The first start writes the search snapshot after its first drain and the matcher's once built.
    for (let i = 0; i < 600 && !(details.search.index.snapshot.lastWrite && details.matching.snapshot.lastWrite); i++) {
      await new Promise((done) => setTimeout(done, 500));
      details = await fetch(`${base}/health/details`).then((r) => r.json());
    }
  }
  const memoryBeforeStop = processMemory(child.pid);
  const stopping = performance.now();
  await stopApi(child);
  return {
    listenMs,
    searchMs,
    matchMs,
    rssAtMatch: memoryAtMatch.rss,
    rssPeak: memoryBeforeStop.peak,
    breakdown: probe,
    stopMs: performance.now() - stopping,
    index: { ...details.search.index, loaded: details.search.index.snapshot.loaded, lastWrite: details.search.index.snapshot.lastWrite },
    matcher: { ...details.matching, loaded: details.matching.snapshot.loaded },
  };
}

/** The API process's resident memory now and its peak so far (VmRSS, VmHWM), in bytes. */
function processMemory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** VmRSS every 10 ms from outside the API (its threads may be busy): [ms since spawn, bytes]. */
function sampleRss(pid, started) {
  const list = [];
  const timer = setInterval(() => {
    try {
      list.push([performance.now() - started, processMemory(pid).rss]);
    } catch {
      // not started yet, or gone
    }
  }, 10);
  return { list, stop: () => clearInterval(timer) };
}

function printBreakdown(label, result) {
  const { asIs, afterGc, samples, marks } = result.breakdown;
  const at = (ms) => samples.filter(([t]) => t <= ms).at(-1)?.[1] ?? NaN;
  const peak = samples.reduce((best, s) => (s[1] > best[1] ? s : best), [0, 0]);
  console.log(`  ${label} — RSS sampled every 10 ms: at listening ${mb(at(marks.listenMs))}, at the first search ${mb(at(marks.searchMs))}, at the first proposeMatches ${mb(at(marks.matchMs))}; highest sample ${mb(peak[1])} at ${fmt(peak[0])}`);
  const steps = [];
  for (let t = 0; t <= marks.matchMs + 250; t += 250) steps.push(`${(t / 1000).toFixed(2)}s ${Math.round(at(t) / 1048576)}`);
  console.log(`  RSS timeline (MB, every 0.25 s): ${steps.join(' · ')}`);
  for (const [when, reading] of [['as is', asIs], ['after a forced GC in every thread', afterGc]]) {
    console.log(`  ${when}: process RSS ${mb(reading.process.rss)} (anonymous ${mb(reading.process.anonymous)}, file-backed ${mb(reading.process.file)}), peak ${mb(reading.process.peak)}`);
    for (const thread of reading.threads) {
      console.log(
        `    ${thread.thread.padEnd(9)} heap used ${mb(thread.heapUsed)} of ${mb(thread.heapTotal)} (physical ${mb(thread.heapPhysical)}), external ${mb(thread.external)} of which ArrayBuffers ${mb(thread.arrayBuffers)}, malloced ${mb(thread.malloced)}; libs/text modules: ${thread.textModules.length ? thread.textModules.join(', ') : 'none'}${thread.thesaurus ? '' : ' (thesaurus JSON not loaded)'}`,
      );
    }
  }
}

/**
 * The probe preloaded into every thread of the API (node --require): in the main thread an HTTP
 * listener on MEMORY_PROBE_PORT (unref'd), which asks the worker threads over a BroadcastChannel;
 * every thread answers with its own isolate's figures (process.memoryUsage() in a worker reports
 * that worker's heap, external and ArrayBuffer memory; rss is the process's).
 */
function PROBE_SOURCE() {
  return `'use strict';
const { isMainThread, threadId } = require('node:worker_threads');
const v8 = require('node:v8');
const fs = require('node:fs');
const channel = new BroadcastChannel('passerelle-memory-probe');
function reading() {
  const m = process.memoryUsage();
  const h = v8.getHeapStatistics();
  const loaded = Object.keys(require.cache);
  return {
    thread: isMainThread ? 'main' : 'worker ' + threadId,
    heapUsed: m.heapUsed, heapTotal: m.heapTotal, heapPhysical: h.total_physical_size, external: m.external, arrayBuffers: m.arrayBuffers, malloced: h.malloced_memory,
    textModules: loaded.filter((k) => k.includes('/libs/text/src/')).map((k) => k.split('/libs/text/src/')[1].replace(/\\.js$/, '')),
    thesaurus: loaded.some((k) => k.endsWith('agrovoc-concepts.json')),
  };
}
function collect(gc, heap) {
  if (gc && global.gc) { global.gc(); global.gc(); }
  const out = reading();
  if (heap && process.env.MEMORY_PROBE_DIR) out.heapSnapshot = v8.writeHeapSnapshot(require('node:path').join(process.env.MEMORY_PROBE_DIR, 'heap-' + (isMainThread ? 'main' : 'worker' + threadId) + '-' + process.pid + '.heapsnapshot'));
  return out;
}
if (!isMainThread) {
  channel.onmessage = ({ data }) => {
    if (data && data.ask) setTimeout(() => channel.postMessage({ answer: data.ask, reading: collect(data.gc, data.heap) }), data.gc ? 200 : 0);
  };
  channel.unref();
} else if (process.env.MEMORY_PROBE_PORT) {
  let asks = 0;
  const answers = new Map();
  channel.onmessage = ({ data }) => { if (data && data.answer) answers.get(data.answer)?.push(data.reading); };
  channel.unref();
  const proc = () => {
    const status = fs.readFileSync('/proc/self/status', 'utf8');
    const kb = (name, text = status) => Number(new RegExp('^' + name + ':\\\\s+(\\\\d+) kB', 'm').exec(text)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM'), anonymous: kb('RssAnon'), file: kb('RssFile') };
  };
  require('node:http').createServer((req, res) => {
    const gc = /gc=1/.test(req.url);
    const heap = /heap=1/.test(req.url);
    const id = ++asks;
    answers.set(id, []);
    channel.postMessage({ ask: id, gc, heap });
    const main = collect(gc, heap);
    // the workers answer after their own GC (and heap snapshot); then the process's figures
    const started = Date.now();
    const reply = () => {
      const waited = Date.now() - started;
      if (waited < 1500 || (heap && waited < 120000 && !answers.get(id).length)) return void setTimeout(reply, 100);
      const threads = [main, ...answers.get(id).sort((a, b) => a.thread.localeCompare(b.thread))];
      answers.delete(id);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ process: proc(), threads }));
    };
    reply();
  }).listen(Number(process.env.MEMORY_PROBE_PORT), '127.0.0.1').unref();
}
`;
}

/** Retries `fn` until it answers (the API is still starting: connection refused, or the matcher building). */
async function until(fn, child) {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      return await fn();
    } catch (error) {
      if (!/fetch failed|ECONNREFUSED/.test(String(error?.cause ?? error))) throw error;
      await new Promise((done) => setTimeout(done, 20));
    }
  }
}

async function spawnApi(env) {
  const port = await freePort();
  const probe = env.MEMORY_PROBE_PORT ? ['--expose-gc', '--require', probePath] : [];
  if (env.MEMORY_PROBE_PORT) env.MEMORY_PROBE_DIR = dir;
  const child = spawn(process.execPath, ['--max-old-space-size=6144', ...probe, join(dist, 'apps/api/src/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: postgres.url,
      PORT: String(port),
      DATA_DIR: dir,
      JWT_SECRET: jwtSecret,
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      MAIL_INTERVAL_MS: '0',
      LOGIN_MAX_FAILURES: '1000',
      BACKUP_INTERVAL_HOURS: '0',
      ...env,
    },
    stdio: ['ignore', process.env.BENCH_LOG_LEVEL ? 'inherit' : 'ignore', 'inherit'],
  });
  child.port = port;
  return child;
}

async function startApi(env) {
  const child = await spawnApi(env);
  for (let i = 0; i < 3000; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    if (await fetch(`http://127.0.0.1:${child.port}/health`).then((r) => r.ok, () => false)) return child;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the API did not become healthy');
}

function stopApi(child) {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', done);
    child.kill('SIGTERM');
  });
}

async function login(base) {
  const body = await post(base, null, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: 'staff@bench.example', password: PASSWORD } });
  return body.data.login.accessToken;
}

async function gql(base, token, query, variables = {}) {
  return post(base, token, query, variables);
}

async function post(base, token, query, variables) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body;
}

async function timed(fn) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

