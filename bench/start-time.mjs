// Measures start-up as a newcomer meets it: first start on an empty data directory (initdb,
// migrations, demo data), then a restart on the same data. Prints figures; asserts nothing.
// Usage: npm run build && node bench/start-time.mjs [runs=3]
// The restart loads the search index and the matcher's statistics from the snapshots the first
// start's graceful stop wrote (SNAPSHOTS, default on); the line says where each came from. At
// 100k profiles: bench/start-snapshot.mjs (npm run bench:restart).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';

const runs = Number(process.argv[2] ?? 3);

async function startOnce(dataDir) {
  const [port, pgPort] = [await freePort(), await freePort()];
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
    env: { ...process.env, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (;;) {
    const healthy = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    if (performance.now() - started > 120_000) throw new Error('not ready after 120 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  const readyMs = performance.now() - started;
  const details = await fetch(`http://127.0.0.1:${port}/health/details`).then((r) => r.json(), () => null);
  const sources = {
    search: `${details?.search?.index?.source ?? '?'}${details?.search?.index?.snapshot?.refused ? ` (snapshot refused: ${details.search.index.snapshot.refused})` : ''}`,
    matching: `${details?.matching?.source ?? 'on first use'}${details?.matching?.snapshot?.refused ? ` (snapshot refused: ${details.matching.snapshot.refused})` : ''}`,
  };
  const stopping = performance.now();
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  return { readyMs, stopMs: performance.now() - stopping, sources };
}

const rows = [];
for (let i = 0; i < runs; i++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-'));
  chmodSync(dataDir, 0o755);
  try {
    const first = await startOnce(dataDir);
    const restart = await startOnce(dataDir);
    rows.push({ first, restart });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`runs: ${runs} (API already built; add the one-off build time of \`npm start\` on a fresh clone)`);
console.log(`first start, empty data dir (initdb + migrations + demo data): median ${fmt(median(rows.map((r) => r.first.readyMs)))}  all: ${rows.map((r) => fmt(r.first.readyMs)).join(', ')}`);
console.log(`restart on existing data:                                  median ${fmt(median(rows.map((r) => r.restart.readyMs)))}  all: ${rows.map((r) => fmt(r.restart.readyMs)).join(', ')}`);
console.log(`restart: search index from ${rows.map((r) => r.restart.sources.search).join(', ')}; matcher statistics from ${rows.map((r) => r.restart.sources.matching).join(', ')}`);
console.log(`graceful stop (HTTP server, then embedded Postgres):       median ${fmt(median(rows.map((r) => r.restart.stopMs)))}`);
