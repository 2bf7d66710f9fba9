// A glossary change at scale (issue 13: "never rebuilt in the request path"). The real API (compiled,
// its own process, snapshots on as by default) on an embedded Postgres holding N generated researcher
// profiles and some needs (bench/seed-profiles.mjs). A glossary change gives the search engines new
// synonyms and makes the matcher build its corpus statistics for the new glossary from Postgres;
// this measures what users see meanwhile:
//   proposeMatches as staff at a set rate (open loop: a late request counts from when it was due)
//   and `{ me }` at 10 connections, in three phases:
//   before   `--seconds` long;
//   change   from the moment staff create a glossary entry (createGlossaryEntry, labels no profile
//            holds: no document to re-index) until /health/details says the
//            matcher's statistics are current again and their snapshot for the new glossary written;
//   after    `--seconds` long.
// Prints per phase: proposeMatches and `{ me }` p50/p95/p99/max and the phase's length (how long
// until the statistics for the new glossary were current). Asserts nothing.
//
// Usage: [BENCH_DIST=/tmp/x] node bench/glossary-change.mjs [--dist=dist] [--profiles=10000] [--needs=200] [--seconds=10] [--propose-rate=2]
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { seedProfiles } from './seed-profiles.mjs';
import { freePort } from './free-port.mjs';
import { latencySummary, ms, secs, table } from './search/stats.mjs';
import { healthDetails, signIn, startApi, stopApi } from './api-process.mjs';
import { startLoop } from './request-cost/load-loop.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const dist = resolve(root, option('dist', process.env.BENCH_DIST ?? 'dist'));
const PROFILES = Number(option('profiles', 10_000));
const NEEDS = Number(option('needs', 200));
const SECONDS = Number(option('seconds', 10));
const PROPOSE_RATE = Number(option('propose-rate', 2));
const PASSWORD = 'bench-password';
const ME = '{ me { id fullName role } }';
const PROPOSE = 'query($needId: ID!) { proposeMatches(needId: $needId, first: 10) { score researcher { id } } }';
const CREATE_ENTRY = 'mutation($input: GlossaryEntryInput!) { createGlossaryEntry(input: $input) { entry { id } } }';
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

if (!existsSync(join(dist, 'apps/api/src/main.js'))) {
  console.error(`${dist}/apps/api/src/main.js is missing: run \`npm run build:api\` (or tsc --outDir ${dist}) first.`);
  process.exit(1);
}
if (!dist.startsWith(`${root}/`) && !existsSync(join(dist, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dist, 'node_modules'));

console.log(
  `Glossary change — ${PROFILES.toLocaleString('en')} researcher profiles, ${NEEDS} needs; node ${process.version}; API from ${dist}; ` +
    `proposeMatches at ${PROPOSE_RATE}/s, { me } at 10 connections; load average ${load()}`,
);
const dir = mkdtempSync(join(tmpdir(), 'passerelle-bench-glossary-'));
chmodSync(dir, 0o755); // Postgres runs as another user when the benchmark runs as root
const { startEmbeddedPostgres } = require(join(dist, 'apps/api/src/database/embedded-postgres.js'));
const postgres = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: await freePort(), database: 'postgres' });
const launch = (env) => startApi({ dist, cwd: root, databaseUrl: postgres.url, dataDir: dir, jwtSecret: randomBytes(32).toString('hex'), env });
let api = null;
/** The requests of the loads, once signed in. */
const loads = { propose: null, me: null };
try {
  api = await launch({ SNAPSHOTS: 'false' }); // migrations
  await stopApi(api);
  const db = new pg.Client({ connectionString: postgres.url });
  await db.connect();
  await seedProfiles(db, { dist, size: PROFILES, needs: NEEDS, password: PASSWORD });
  const needIds = (await db.query('SELECT id FROM needs ORDER BY id LIMIT 20')).rows.map((r) => r.id);
  await db.end();

  api = await launch({ SNAPSHOTS: 'true', SNAPSHOT_DIR: join(dir, 'snapshots') });
  const base = `http://127.0.0.1:${api.port}`;
  const url = new URL(`${base}/graphql`);
  await until(base, (d) => d.matching.state === 'current' && d.matching.snapshot.lastWrite && d.search.index.state === 'current', 1800);
  const staff = await signIn(base, 'staff@bench.example', PASSWORD);
  const industrial = await signIn(base, 'industrial@bench.example', PASSWORD);
  const request = (token, query, variables) => {
    const body = JSON.stringify({ query, variables });
    return { headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` }, body };
  };
  let next = 0;
  loads.propose = () => ({ kind: 'propose', url, ...request(staff, PROPOSE, { needId: needIds[next++ % needIds.length] }) });
  const me = { kind: 'me', url, ...request(industrial, ME, {}) };
  loads.me = () => me;
  console.log(`ready: ${(await healthDetails(base)).matching.researchers} researchers registered; load average ${load()}`);
  await phase('warm-up', async () => new Promise((done) => setTimeout(done, 3000)));

  const phases = [];
  phases.push(await phase('before', () => new Promise((done) => setTimeout(done, SECONDS * 1000))));
  let replacedAfter = null;
  phases.push(
    await phase('change', async () => {
      const written = (await healthDetails(base)).matching.snapshot.lastWrite?.at;
      const started = performance.now();
      const entry = await graphql(url, staff, CREATE_ENTRY, { input: { labelsFr: ['zorglub pressé à froid'], labelsAr: ['زورغلوب'], labelsEn: ['cold-pressed zorglub'], variants: [], broaderCodes: [] } });
      if (!entry.createGlossaryEntry?.entry?.id) throw new Error(`createGlossaryEntry: ${JSON.stringify(entry).slice(0, 300)}`);
      // Current again, with the snapshot that follows a rebuild written.
      await until(base, (d) => d.matching.state === 'current' && d.matching.snapshot.lastWrite?.at !== written && d.search.index.state === 'current', 3600, 250);
      replacedAfter = performance.now() - started;
    }),
  );
  phases.push(await phase('after', () => new Promise((done) => setTimeout(done, SECONDS * 1000))));

  const rows = phases.flatMap((p) =>
    ['propose', 'me'].map((kind) => {
      const s = latencySummary(p.latencies.get(kind) ?? []);
      return [p.name, kind === 'me' ? '{ me }' : 'proposeMatches', p.seconds.toFixed(1), s.n, Math.round(s.n / p.seconds), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max), p.errors];
    }),
  );
  console.log(`\n${table(['phase', 'request', 'seconds', 'n', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors (both)'], rows)}`);
  console.log(`the statistics for the new glossary were current ${secs(replacedAfter)} after the change was sent; load average at the end ${load()}`);
} finally {
  if (api && api.exitCode === null) await stopApi(api);
  await postgres.stop();
  rmSync(dir, { recursive: true, force: true });
}

/** Runs the loads (proposeMatches at its rate, `{ me }` at 10 connections) while `during()` runs. */
async function phase(name, during) {
  const loadBefore = load();
  const proposals = startLoop(1, loads.propose, PROPOSE_RATE);
  const meLoop = startLoop(10, loads.me);
  await during();
  const [p, m] = await Promise.all([proposals.stop(), meLoop.stop()]);
  const result = { name, seconds: m.seconds, latencies: new Map([...p.latencies, ...m.latencies]), errors: p.errors + m.errors };
  if (name !== 'warm-up') console.log(`${name}: ${result.seconds.toFixed(1)} s; load ${loadBefore} → ${load()}`);
  return result;
}

async function graphql(url, token, query, variables) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
  return body.data;
}

async function until(base, ready, timeoutSeconds, everyMs = 1000) {
  const deadline = performance.now() + timeoutSeconds * 1000;
  for (;;) {
    const details = await healthDetails(base);
    if (ready(details)) return details;
    if (performance.now() > deadline) throw new Error(`not ready after ${timeoutSeconds} s: ${JSON.stringify(details.matching).slice(0, 300)}`);
    await new Promise((done) => setTimeout(done, everyMs));
  }
}
