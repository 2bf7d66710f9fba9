// Brokering benchmark: the real API (compiled, its own process) on an embedded Postgres holding a
// generated pipeline of N matches over twelve months. Measures, through GraphQL over HTTP as staff:
// the board (pipelineCounts, a filtered pipeline page of 50 with needs, researchers, owners and
// timelines), kpis over twelve months, exportMatches, and answerMatch (a side's answer: row lock,
// state machine, audit entry, notification and e-mail rows in one transaction) with 8 requests in
// flight, also with both sides answering the same match at once. Baselines in the same run: an
// authenticated `{ me { id } }` (the floor of any request) and the board's grouped count as raw SQL.
// Prints figures; asserts nothing. Runs on compiled code (npm run build:api).
//
// Usage: node bench/brokering/run.mjs [sizes=10000,100000] [--requests=200]
import { hash } from '@node-rs/argon2';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { int, latencySummary, ms, secs, table } from '../search/stats.mjs';
import { freePort } from '../free-port.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const sizes = (args.find((a) => !a.startsWith('--')) ?? '10000,100000').split(',').map(Number).filter((n) => n > 0);
const REQUESTS = option('requests', 200);
const PASSWORD = 'bench-password';
const MATCHES_PER_NEED = 5;
const PROFILES = 2000;
const PIPELINE_PAGE = `{ pipeline(first: 50, filter: { statuses: [PROPOSED], sector: COSMETICS }) { totalCount edges { node {
  id status version need { title } researcher { headline researcher { fullName } } owner { fullName } timeline { event createdAt } } } } }`;
const KPIS = `{ kpis { needsPosted matchesProposed introductions collaborations introductionRate collaborationRate medianDaysNeedToIntroduction
  declineReasons { reason side count } bySector { sector introductions } byMonth { month introductions } } }`;
const ANSWER = 'mutation($id: ID!, $input: AnswerMatchInput!) { answerMatch(id: $id, input: $input) { status } }';

if (!existsSync(join(dist, 'apps/api/src/main.js'))) {
  console.error('dist/apps/api/src/main.js is missing: run `npm run build:api` first (npm run bench:brokering does).');
  process.exit(1);
}
console.log(`Brokering benchmark — sizes ${sizes.map(int).join(', ')} matches; node ${process.version}; ${REQUESTS} requests per measure`);
const summaries = [];
for (const size of sizes) summaries.push(await runSize(size));
console.log('\n=== summary ===');
for (const line of summaries) console.log(line);

async function runSize(size) {
  console.log(`\n=== ${int(size)} matches (${int(size / MATCHES_PER_NEED)} needs, ${int(PROFILES)} profiles) ===`);
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-bench-brokering-'));
  chmodSync(dir, 0o755); // Postgres runs as another user when the benchmark runs as root
  const { startEmbeddedPostgres } = require(join(dist, 'apps/api/src/database/embedded-postgres.js'));
  const postgres = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: 'postgres' });
  let api = null;
  const db = new pg.Client({ connectionString: postgres.url });
  db.on('error', () => undefined); // the server stopping at the end is expected
  try {
    const port = await freePort();
    api = await startApi(postgres.url, port, dir);
    await db.connect();
    const seeded = await timedMs(() => seed(db, size));
    console.log(`seeded in ${secs(seeded)}`);
    const url = `http://127.0.0.1:${port}/graphql`;
    const token = await login(url, 'staff@bench.example');
    const gql = (query, variables = {}) => request(url, token, query, variables);
    const rssBefore = rssOf(api.pid);

    const measures = [
      ['{ me { id } } (floor)', () => gql('{ me { id } }')],
      ['pipelineCounts', () => gql('{ pipelineCounts { status count } }')],
      ['pipeline PROPOSED·COSMETICS, 50 with relations', () => gql(PIPELINE_PAGE)],
      ['kpis, 12 months, by sector and month', () => gql(KPIS)],
    ];
    const rows = [];
    const raw = await measure(() => db.query('SELECT status, count(*) FROM matches GROUP BY status'), REQUESTS, 1);
    for (const [name, run] of measures) rows.push([name, ...figures(await measure(run, REQUESTS, 1))]);
    rows.push(['raw SQL: count by status (baseline)', ...figures(raw)]);
    const exportRun = await measure(() => gql('{ exportMatches(filter: { statuses: [INTRODUCED, COLLABORATING, CLOSED] }) { rows } }'), 10, 1);
    rows.push(['exportMatches (introduced and after)', ...figures(exportRun)]);

    const proposed = (await db.query(`SELECT id FROM matches WHERE status = 'PROPOSED' AND industrial_answer = 'PENDING' AND researcher_answer = 'PENDING' LIMIT $1`, [REQUESTS * 2])).rows.map((r) => r.id);
    const oneSide = proposed.slice(0, REQUESTS);
    const answers = await measure((i) => gql(ANSWER, { id: oneSide[i], input: { answer: 'INTERESTED', side: 'INDUSTRIAL' } }), oneSide.length, 8);
    rows.push(['answerMatch, 8 in flight', ...figures(answers)]);
    const both = proposed.slice(REQUESTS);
    const pairs = await measure(
      (i) => Promise.all(['INDUSTRIAL', 'RESEARCHER'].map((side) => gql(ANSWER, { id: both[i], input: { answer: 'INTERESTED', side } }))),
      both.length,
      4,
    );
    rows.push(['both sides at once (pair), 4 pairs in flight', ...figures(pairs)]);
    const introduced = (await db.query(`SELECT count(*)::int AS n FROM matches WHERE id = ANY($1) AND status = 'INTRODUCED'`, [both])).rows[0].n;
    const rssAfter = rssOf(api.pid);

    console.log(table(['request', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s'], rows));
    console.log(`concurrent pairs: ${introduced}/${both.length} matches INTRODUCED (no answer lost); API RSS ${mbText(rssBefore)} → ${mbText(rssAfter)}`);
    const p95 = (name) => rows.find((r) => r[0].startsWith(name))[3];
    return `${int(size)} matches: kpis p95 ${p95('kpis')} ms, board page p95 ${p95('pipeline PROPOSED')} ms, counts p95 ${p95('pipelineCounts')} ms, answer p95 ${p95('answerMatch')} ms (${rows.find((r) => r[0].startsWith('answerMatch'))[5]} req/s), floor p95 ${p95('{ me')} ms, raw SQL count p95 ${p95('raw SQL')} ms`;
  } finally {
    await db.end().catch(() => undefined);
    api?.kill('SIGTERM');
    await new Promise((done) => (api && api.exitCode === null ? api.once('exit', done) : done()));
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Organisations, one staff member, industrials, researchers, needs over twelve months and their matches in every status. */
async function seed(db, size) {
  const passwordHash = await hash(PASSWORD);
  const needs = Math.ceil(size / MATCHES_PER_NEED);
  await db.query(`INSERT INTO organisations (name, kind, sectors, city, region, membership_status) VALUES
    ('Coopérative du banc', 'COOPERATIVE', '{AGRIFOOD,COSMETICS}', 'Agadir', 'Souss-Massa', 'ACTIVE'),
    ('Laboratoire du banc', 'RESEARCH_LAB', '{AGRIFOOD,COSMETICS}', 'Agadir', 'Souss-Massa', 'ACTIVE')`);
  const orgOf = async (kind) => (await db.query('SELECT id FROM organisations WHERE kind = $1', [kind])).rows[0].id;
  const coopId = await orgOf('COOPERATIVE');
  const labId = await orgOf('RESEARCH_LAB');
  await db.query(`INSERT INTO users (email, password_hash, full_name, role, preferred_language, status) VALUES ('staff@bench.example', $1, 'Staff du banc', 'STAFF', 'fr', 'ACTIVE')`, [passwordHash]);
  await db.query(
    `INSERT INTO users (email, password_hash, full_name, role, organisation_id, preferred_language, status)
     SELECT 'industrial' || i || '@bench.example', $1, 'Industriel ' || i, 'INDUSTRIAL', $2, 'fr', 'ACTIVE' FROM generate_series(1, 50) AS i`,
    [passwordHash, coopId],
  );
  await db.query(
    `INSERT INTO users (email, password_hash, full_name, role, organisation_id, preferred_language, status)
     SELECT 'researcher' || i || '@bench.example', $1, 'Chercheur ' || i, 'RESEARCHER', $2, (ARRAY['fr','ar','en'])[1 + i % 3], 'ACTIVE' FROM generate_series(1, $3::int) AS i`,
    [passwordHash, labId, PROFILES],
  );
  await db.query(`INSERT INTO researcher_profiles (user_id, headline, expertise, availability, trl_min, trl_max)
    SELECT id, 'Profil ' || full_name, 'Expertise générée pour le banc d’essai.', 'AVAILABLE', 2, 6 FROM users WHERE role = 'RESEARCHER'`);
  await db.query(
    `INSERT INTO needs (organisation_id, author_id, title, description, language, sector, trl_current, trl_target, visibility, status, created_at)
     SELECT $1, (SELECT id FROM users WHERE role = 'INDUSTRIAL' ORDER BY email LIMIT 1 OFFSET i % 50), 'Besoin ' || i, 'Besoin généré pour le banc d’essai.',
            'fr', (ARRAY['AGRIFOOD','COSMETICS'])[1 + i % 2], 3, 6, 'PUBLIC', 'OPEN', now() - make_interval(days => i % 365)
       FROM generate_series(1, $2::int) AS i`,
    [coopId, needs],
  );
  // Each need gets MATCHES_PER_NEED distinct researchers; k decides the status, timestamps follow the need.
  await db.query(
    `WITH n AS (SELECT id, created_at, row_number() OVER (ORDER BY id) AS rn FROM needs),
          p AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS pn FROM researcher_profiles),
          staff AS (SELECT id FROM users WHERE role = 'STAFF'),
          pairs AS (
            SELECT n.id AS need_id, n.created_at, p.id AS profile_id, (n.rn * ${MATCHES_PER_NEED} + r) % 20 AS k
              FROM n CROSS JOIN generate_series(0, ${MATCHES_PER_NEED - 1}) AS r JOIN p ON p.pn = (n.rn * ${MATCHES_PER_NEED} + r) % ${PROFILES}
          )
     INSERT INTO matches (need_id, researcher_profile_id, status, origin, score, features, created_by, owner_id, created_at, status_changed_at,
                          proposed_at, introduced_at, collaboration_started_at, closed_at, outcome,
                          industrial_answer, industrial_reason, industrial_answered_at, researcher_answer, researcher_reason, researcher_answered_at)
     SELECT need_id, profile_id, s.status, 'ENGINE', 0.5, '[]', staff.id, CASE WHEN k % 3 = 0 THEN NULL ELSE staff.id END,
            created_at + interval '1 day', created_at + interval '2 days',
            CASE WHEN s.proposed THEN created_at + interval '3 days' END,
            CASE WHEN s.introduced THEN created_at + interval '8 days' END,
            CASE WHEN s.status IN ('COLLABORATING') OR (s.status = 'CLOSED' AND k % 2 = 0) THEN created_at + interval '20 days' END,
            CASE WHEN s.status = 'CLOSED' THEN created_at + interval '60 days' END,
            CASE WHEN s.status = 'CLOSED' THEN (CASE WHEN k % 2 = 0 THEN 'SUCCESS' ELSE 'NOT_PURSUED' END) END,
            CASE WHEN s.proposed THEN (CASE WHEN s.introduced THEN 'INTERESTED' WHEN s.status = 'DECLINED' THEN 'DECLINED' ELSE 'PENDING' END) END,
            CASE WHEN s.status = 'DECLINED' THEN (ARRAY['NOT_RIGHT_EXPERTISE','TOO_EARLY_STAGE','NO_CAPACITY','BUDGET'])[1 + k % 4] END,
            CASE WHEN s.introduced OR s.status = 'DECLINED' THEN created_at + interval '5 days' END,
            CASE WHEN s.proposed THEN (CASE WHEN s.introduced THEN 'INTERESTED' ELSE 'PENDING' END) END,
            NULL,
            CASE WHEN s.introduced THEN created_at + interval '8 days' END
       FROM pairs CROSS JOIN staff
       JOIN LATERAL (SELECT CASE
              WHEN k < 6 THEN 'SUGGESTED' WHEN k < 9 THEN 'SHORTLISTED' WHEN k < 12 THEN 'PROPOSED' WHEN k < 15 THEN 'DECLINED'
              WHEN k < 17 THEN 'INTRODUCED' WHEN k < 18 THEN 'COLLABORATING' ELSE 'CLOSED' END AS status) st ON true
       JOIN LATERAL (SELECT st.status,
              st.status NOT IN ('SUGGESTED','SHORTLISTED') AND NOT (st.status = 'CLOSED' AND k % 2 = 1) AS proposed,
              st.status IN ('INTRODUCED','COLLABORATING') OR (st.status = 'CLOSED' AND k % 2 = 0) AS introduced) s ON true`,
  );
  await db.query(`INSERT INTO match_events (match_id, actor_id, event, from_status, to_status, created_at)
    SELECT id, created_by, 'SUGGEST', NULL, 'SUGGESTED', created_at FROM matches
    UNION ALL SELECT id, created_by, 'SHORTLIST', 'SUGGESTED', 'SHORTLISTED', created_at + interval '1 day' FROM matches WHERE status <> 'SUGGESTED'`);
  await db.query('ANALYZE');
  const { rows } = await db.query('SELECT status, count(*)::int AS n FROM matches GROUP BY status ORDER BY status');
  console.log(`pipeline: ${rows.map((r) => `${r.status} ${int(r.n)}`).join(', ')}`);
}

function startApi(databaseUrl, port, dir) {
  const child = spawn(process.execPath, [join(dist, 'apps/api/src/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      DATA_DIR: dir,
      JWT_SECRET: randomBytes(32).toString('hex'),
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      MAIL_INTERVAL_MS: '0',
      INDEXER_INTERVAL_MS: '0',
      LOGIN_MAX_FAILURES: '1000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return waitForHealth(`http://127.0.0.1:${port}/health`, child).then(() => child);
}

async function waitForHealth(url, child) {
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error('the API did not become healthy within 60 s');
}

async function login(url, email) {
  const body = await request(url, null, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password: PASSWORD } });
  return body.data.login.accessToken;
}

async function request(url, token, query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body;
}

/** Runs `run(i)` for i < count with `concurrency` in flight (after 5 warm-up calls when read-only); latencies in ms. */
async function measure(run, count, concurrency) {
  if (concurrency === 1) for (let i = 0; i < 5; i += 1) await run(0);
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t0 = performance.now();
        await run(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const summary = latencySummary(latencies);
  return { ...summary, qps: (latencies.length * 1000) / (performance.now() - started) };
}

function figures(s) {
  return [int(s.n), ms(s.p50), ms(s.p95), ms(s.p99), s.qps.toFixed(0)];
}

async function timedMs(fn) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

function rssOf(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
}

function mbText(bytes) {
  return `${(bytes / 1048576).toFixed(0)} MB`;
}

