// Backup/restore benchmark: `backupDatabase` and `restoreBackup` (the code `npm run backup` and
// `npm run restore` run) on an embedded Postgres, for the demo data and for generated clusters of
// N researcher profiles (each with an account, a lab, a profile of realistic length) plus needs and
// matches. Prints the dump's size, and the wall time of the backup and of the restore into an empty
// database (schema by migrations, rows loaded and counted, later migrations); asserts nothing.
// Search indexes are rebuilt by the restore command afterwards: see bench:search for that cost.
// Runs on compiled code (npm run build:api).
//
// Usage: node bench/backup/run.mjs [sizes=100000] [--no-demo]
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort } from '../free-port.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist/apps/api/src');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const sizes = (args.find((a) => !a.startsWith('--')) ?? '100000').split(',').map(Number).filter((n) => n > 0);
const withDemo = !args.includes('--no-demo');

if (!existsSync(join(dist, 'main.js'))) {
  console.error('dist/apps/api/src/main.js is missing: run `npm run build:api` first (npm run bench:backup does).');
  process.exit(1);
}
require('reflect-metadata');
const { startEmbeddedPostgres } = require(join(dist, 'database/embedded-postgres.js'));
const { backupDatabase, countRows } = require(join(dist, 'backups/database-dump.js'));
const { restoreBackup } = require(join(dist, 'backups/restore.js'));
const { dataSourceOptions, MIGRATIONS } = require(join(dist, 'database/data-source-options.js'));
const { DataSource } = require('typeorm');

const dir = mkdtempSync(join(tmpdir(), 'passerelle-bench-backup-'));
chmodSync(dir, 0o755); // Postgres runs as another user when the benchmark runs as root
const postgres = await startEmbeddedPostgres({ dataDir: join(dir, 'pg-data'), port: await freePort(), database: 'postgres' });
const urlOf = (name) => {
  const url = new URL(postgres.url);
  url.pathname = `/${name}`;
  return url.toString();
};
const admin = new pg.Client({ connectionString: postgres.url });
await admin.connect();
const rows = [];
try {
  console.log(`Backup/restore benchmark — node ${process.version}, Postgres embedded`);
  if (withDemo) rows.push(await measure('demo data', async (url) => seedDemo(url)));
  for (const size of sizes) rows.push(await measure(`${size.toLocaleString('en')} profiles`, async (url) => seedGenerated(url, size)));
  console.log('\n| data | rows | dump | backup | restore (empty DB) |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${r.rows.toLocaleString('en')} | ${(r.bytes / 1048576).toFixed(1)} MiB | ${(r.backupMs / 1000).toFixed(1)} s | ${(r.restoreMs / 1000).toFixed(1)} s |`);
} finally {
  await admin.end();
  await postgres.stop();
  rmSync(dir, { recursive: true, force: true });
}

async function measure(name, seed) {
  const source = `bench_source_${rows.length}`;
  const target = `bench_target_${rows.length}`;
  await admin.query(`CREATE DATABASE ${source}`);
  await admin.query(`CREATE DATABASE ${target}`);
  console.log(`\n=== ${name} ===`);
  let started = performance.now();
  await seed(urlOf(source));
  console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  const { manifest } = await backupDatabase(urlOf(source), join(dir, source));
  const backupMs = performance.now() - started;
  const total = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
  console.log(`backup: ${(backupMs / 1000).toFixed(2)} s, ${total} rows, ${(manifest.bytes / 1048576).toFixed(2)} MiB (gzip JSON lines)`);
  started = performance.now();
  await restoreBackup(urlOf(target), join(dir, source));
  const restoreMs = performance.now() - started;
  const restored = await countRows(urlOf(target));
  const same = Object.keys(manifest.tables).every((t) => restored[t] === manifest.tables[t]);
  console.log(`restore: ${(restoreMs / 1000).toFixed(2)} s (row counts ${same ? 'match' : 'DIFFER'})`);
  await admin.query(`DROP DATABASE ${source} WITH (FORCE)`);
  await admin.query(`DROP DATABASE ${target} WITH (FORCE)`);
  return { name, rows: total, bytes: manifest.bytes, backupMs, restoreMs };
}

async function migrate(url) {
  const db = new DataSource({ ...dataSourceOptions(url), migrations: MIGRATIONS, logging: ['error'] });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  await db.destroy();
}

/** The demo cluster, as `npm start` seeds it (the real DemoSeeder in an application context). */
async function seedDemo(url) {
  const { NestFactory } = require('@nestjs/core');
  const { AppModule } = require(join(dist, 'app.module.js'));
  const { loadConfig } = require(join(dist, 'config/config.js'));
  const { SqlLogger } = require(join(dist, 'database/sql-logger.js'));
  const { JsonLogger } = require(join(dist, 'common/json-logger.js'));
  const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dir, SEED_DEMO_DATA: 'true', INDEXER_INTERVAL_MS: '0', MAIL_INTERVAL_MS: '0', BACKUP_INTERVAL_HOURS: '0', JWT_SECRET: 'x'.repeat(40) });
  const logger = new JsonLogger('error');
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config, databaseUrl: url, sqlLogger: new SqlLogger(logger) }), { logger: false, abortOnError: false });
  await app.close();
}

/** N researchers (account + profile of realistic length) in N/500 labs, N/5 needs by 50 industrials, 2N/5 matches. */
async function seedGenerated(url, n) {
  await migrate(url);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const labs = Math.max(1, Math.round(n / 500));
    await db.query(`INSERT INTO organisations (name, kind, sectors, city, region, membership_status, description)
      SELECT 'Laboratoire ' || i, 'RESEARCH_LAB', '{AGRIFOOD,COSMETICS}', 'Agadir', 'Souss-Massa', 'ACTIVE', 'Laboratoire de recherche n° ' || i FROM generate_series(1, $1::int) i`, [labs]);
    await db.query(`INSERT INTO organisations (name, kind, sectors, city, region, membership_status) VALUES ('Coopérative du banc', 'COOPERATIVE', '{COSMETICS}', 'Agadir', 'Souss-Massa', 'ACTIVE')`);
    await db.query(`INSERT INTO users (email, password_hash, full_name, phone, role, organisation_id, preferred_language, status)
      SELECT 'industrial' || i || '@bench.example', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaGhhc2g', 'Industriel ' || i, '+212 600 ' || lpad(i::text, 6, '0'),
        'INDUSTRIAL', (SELECT id FROM organisations WHERE kind = 'COOPERATIVE'), 'fr', 'ACTIVE' FROM generate_series(1, 50) i`);
    await db.query(`INSERT INTO users (email, password_hash, full_name, phone, role, organisation_id, preferred_language, status)
      SELECT 'researcher' || i || '@bench.example', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaGhhc2g', 'Chercheuse ' || i || ' El Amrani', '+212 661 ' || lpad(i::text, 6, '0'),
        'RESEARCHER', o.id, (ARRAY['fr','ar','en'])[1 + i % 3], 'ACTIVE'
      FROM generate_series(1, $1::int) i JOIN (SELECT id, row_number() OVER (ORDER BY name) - 1 AS k FROM organisations WHERE kind = 'RESEARCH_LAB') o ON o.k = i % $2`, [n, labs]);
    await db.query(`INSERT INTO researcher_profiles (user_id, headline, expertise, keywords, techniques, equipment, publications, languages, availability, trl_min, trl_max)
      SELECT id, 'Chimie des huiles végétales et stabilité oxydative ' || email,
        repeat('Extraction, caractérisation et valorisation des huiles d’argan et de figue de Barbarie; analyse sensorielle; ', 5),
        '{argan,huile,oxydation,cosmétique}', '{HPLC,GC-MS,spectrométrie}', '{Rancimat}',
        jsonb_build_array(jsonb_build_object('title', 'Argan oil oxidative stability ' || email, 'year', 2021, 'doi', null, 'abstract', repeat('We study the shelf life of cold-pressed oils. ', 4))),
        '{fr,en}', 'AVAILABLE', 2, 6
      FROM users WHERE role = 'RESEARCHER'`);
    await db.query(`WITH industrials AS (SELECT id, organisation_id, row_number() OVER (ORDER BY email) - 1 AS k FROM users WHERE role = 'INDUSTRIAL')
      INSERT INTO needs (organisation_id, author_id, title, description, language, sector, keywords, trl_current, trl_target, visibility, status)
      SELECT u.organisation_id, u.id,
        'Besoin d’innovation n° ' || i, repeat('Nous cherchons un laboratoire pour stabiliser notre huile et allonger sa durée de conservation. ', 4),
        'fr', 'COSMETICS', '{argan}', 3, 6, 'PUBLIC', 'OPEN'
      FROM generate_series(1, $1::int) i JOIN industrials u ON u.k = i % 50`, [Math.round(n / 5)]);
    await db.query(`INSERT INTO matches (need_id, researcher_profile_id, status, score, features, created_by)
      SELECT n.id, p.id, 'SUGGESTED', 0.5, '[]'::jsonb, (SELECT id FROM users WHERE email = 'industrial1@bench.example')
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS k FROM needs) n
      JOIN (SELECT id, row_number() OVER (ORDER BY id) AS k FROM researcher_profiles) p ON p.k = n.k
      UNION ALL
      SELECT n.id, p.id, 'SUGGESTED', 0.5, '[]'::jsonb, (SELECT id FROM users WHERE email = 'industrial1@bench.example')
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS k FROM needs) n
      JOIN (SELECT id, row_number() OVER (ORDER BY id) AS k FROM researcher_profiles) p ON p.k = n.k + $1::int`, [Math.round(n / 5)]);
  } finally {
    await db.end();
  }
}

