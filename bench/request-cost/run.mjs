// Request-cost benchmark (issue 13, item 4): what a signed-in GraphQL request costs before any
// work. The real API (compiled, its own process, on an embedded Postgres) answers `{ me }` for a
// signed-in member of an active organisation; beside it, in the same run, a bare Apollo Server 5
// on Express 5 (bare-server.mjs, its own process) exposes the same `me` field from memory. Both
// are driven with Node's own http client (keep-alive) at 1 and 10 connections, the two targets
// interleaved in rounds so that the machine's load falls on both alike. Prints req/s, p50/p95/p99
// per target and connection count, and the API / bare ratio. Asserts nothing.
//
// Usage: node bench/request-cost/run.mjs [--dist=dist] [--rounds=4] [--seconds=3] [--profile]
//   --dist     a directory holding the compiled API (npx tsc -p apps/api/tsconfig.app.json --outDir <dir>)
//   --profile  also runs the API under --cpu-prof during one extra 10-connection `{ me }` phase
//              and prints the functions with the most self time
import { hash } from '@node-rs/argon2';
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, symlinkSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { latencySummary, ms, table } from '../search/stats.mjs';
import { summariseProfile } from './profile-summary.mjs';
import { freePort } from '../free-port.mjs';
import { signIn, startApi } from '../api-process.mjs';
import { post } from './keep-alive-post.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const dist = resolve(root, option('dist', 'dist'));
const ROUNDS = Number(option('rounds', 4));
const SECONDS = Number(option('seconds', 3));
const PROFILE = flag('profile');
const PASSWORD = 'bench-password';
const EMAIL = 'industrial@bench.example';
const QUERY = JSON.stringify({ query: '{ me { id fullName role } }' });

if (!existsSync(join(dist, 'apps/api/src/main.js'))) {
  console.error(`${dist}/apps/api/src/main.js is missing: run \`npm run build:api\` (or tsc --outDir ${dist}) first.`);
  process.exit(1);
}
// A --dist outside the repository (one build per variant measured) resolves the repository's packages.
if (!dist.startsWith(`${root}/`) && !existsSync(join(dist, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dist, 'node_modules'));
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`Request-cost benchmark — node ${process.version}; API from ${dist}; ${ROUNDS} rounds × ${SECONDS} s per target and connection count; load average ${load()}`);

const dir = mkdtempSync(join(tmpdir(), 'passerelle-bench-request-'));
chmodSync(dir, 0o755); // Postgres runs as another user when the benchmark runs as root
const { startEmbeddedPostgres } = require(join(dist, 'apps/api/src/database/embedded-postgres.js'));
const postgres = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: 'postgres' });
const children = [];
try {
  const api = await startBenchApi([]);
  children.push(api);
  await seed(postgres.url);
  const apiUrl = `http://127.0.0.1:${api.port}/graphql`;
  const token = await signIn(`http://127.0.0.1:${api.port}`, EMAIL, PASSWORD);
  const barePort = await freePort();
  const bare = fork(join(here, 'bare-server.mjs'), [String(barePort)], { cwd: root, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  children.push(bare);
  await new Promise((done, fail) => (bare.once('message', done), bare.once('exit', (code) => fail(new Error(`bare server exited ${code}`)))));
  const targets = [
    { name: 'API { me }', url: apiUrl, headers: { authorization: `Bearer ${token}` } },
    { name: 'bare Apollo { me }', url: `http://127.0.0.1:${barePort}/graphql`, headers: {} },
  ];
  for (const target of targets) await check(target);

  const rows = [];
  const summary = [];
  for (const connections of [1, 10]) {
    const latencies = new Map(targets.map((t) => [t.name, []]));
    const elapsed = new Map(targets.map((t) => [t.name, 0]));
    for (const target of targets) await drive(target, connections, 0.5); // warm-up
    for (let round = 0; round < ROUNDS; round += 1) {
      // Interleaved, the order alternating from round to round.
      const order = round % 2 === 0 ? targets : [...targets].reverse();
      for (const target of order) {
        const run = await drive(target, connections, SECONDS);
        latencies.get(target.name).push(...run.latencies);
        elapsed.set(target.name, elapsed.get(target.name) + run.seconds);
      }
    }
    const rates = {};
    for (const target of targets) {
      const s = latencySummary(latencies.get(target.name));
      rates[target.name] = s.n / elapsed.get(target.name);
      rows.push([target.name, connections, s.n, Math.round(rates[target.name]), ms(s.p50), ms(s.p95), ms(s.p99)]);
    }
    const ratio = rates[targets[0].name] / rates[targets[1].name];
    summary.push(`${connections} connection${connections > 1 ? 's' : ''}: API ${Math.round(rates[targets[0].name])} req/s, bare Apollo ${Math.round(rates[targets[1].name])} req/s, ratio ${ratio.toFixed(2)}`);
  }
  console.log(table(['target', 'conns', 'n', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms'], rows));
  for (const line of summary) console.log(line);
  console.log(`load average at the end ${load()}`);

  if (PROFILE) {
    api.kill('SIGTERM');
    await new Promise((done) => (api.exitCode === null ? api.once('exit', done) : done()));
    const profileDir = join(dir, 'profile');
    const profiled = await startBenchApi(['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
    children.push(profiled);
    const base = `http://127.0.0.1:${profiled.port}`;
    const target = { ...targets[0], url: `${base}/graphql`, headers: { authorization: `Bearer ${await signIn(base, EMAIL, PASSWORD)}` } };
    await drive(target, 10, 1);
    // CPU profiles count time on CLOCK_MONOTONIC, as process.hrtime does: only the measured phase is summarised.
    const from = Number(process.hrtime.bigint() / 1000n);
    const run = await drive(target, 10, 8);
    const to = Number(process.hrtime.bigint() / 1000n);
    console.log(`\nprofiled: ${Math.round(run.latencies.length / run.seconds)} req/s at 10 connections under --cpu-prof`);
    profiled.kill('SIGINT'); // the profile is written on a clean exit
    await new Promise((done) => (profiled.exitCode === null ? profiled.once('exit', done) : done()));
    const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (file) summariseProfile(JSON.parse(readFileSync(join(profileDir, file), 'utf8')), from, to, root);
    else console.log('no .cpuprofile written');
  }
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((child) => new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done()))));
  await postgres.stop();
  rmSync(dir, { recursive: true, force: true });
}

/** Keeps `connections` requests in flight on as many keep-alive sockets for `seconds`; latencies in ms. */
async function drive(target, connections, seconds) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL(target.url);
  const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(QUERY), ...target.headers };
  const latencies = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        await post(agent, url, headers, QUERY, false);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const total = (performance.now() - started) / 1000;
  agent.destroy();
  return { latencies, seconds: total };
}

/** Both targets answer the same data shape without errors before anything is measured. */
async function check(target) {
  const agent = new http.Agent({ keepAlive: false });
  const body = JSON.parse(await post(agent, new URL(target.url), { 'content-type': 'application/json', ...target.headers }, QUERY));
  if (body.errors || body.data?.me?.role !== 'INDUSTRIAL') throw new Error(`${target.name}: unexpected answer ${JSON.stringify(body).slice(0, 300)}`);
}

async function seed(url) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const passwordHash = await hash(PASSWORD);
    const { rows } = await db.query(`INSERT INTO organisations (name, kind, sectors, city, region, membership_status)
      VALUES ('Coopérative du banc', 'COOPERATIVE', '{AGRIFOOD}', 'Agadir', 'Souss-Massa', 'ACTIVE') RETURNING id`);
    await db.query(
      `INSERT INTO users (email, password_hash, full_name, role, preferred_language, status, organisation_id)
       VALUES ($1, $2, 'Industriel du banc', 'INDUSTRIAL', 'fr', 'ACTIVE', $3)`,
      [EMAIL, passwordHash, rows[0].id],
    );
  } finally {
    await db.end();
  }
}

/** The API on the benchmark's database, its outbox poll off (nothing here writes to the index). */
function startBenchApi(nodeArgs) {
  return startApi({ dist, cwd: root, databaseUrl: postgres.url, dataDir: dir, jwtSecret: randomBytes(32).toString('hex'), env: { INDEXER_INTERVAL_MS: '0' }, nodeArgs });
}

