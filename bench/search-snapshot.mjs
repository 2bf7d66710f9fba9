// The embedded engine's snapshot formats side by side, in process, on bench/search's generated
// needs (fr/ar/en, thesaurus topics): building the index (what a rebuild costs once the documents
// are read from Postgres), the binary snapshot (saveSnapshot / loadSnapshot: postings as typed
// arrays, checksummed, written atomically) and the JSON export (documents only: importIndex
// rebuilds the postings). Checks that the restored index answers like the original. Prints
// figures; asserts nothing.
//
// Then a restart as the API does one: a fresh Node process (--expose-gc) loads the binary snapshot
// and nothing else, and reports the load, the first query after it, the latency of bench/search's
// query mix (single, multi, typo, cross-lingual, faceted, faceted + highlight, browse: 40 of each)
// twice over (first pass: right after the load; second pass: warm), memory after the load (RSS,
// heap, ArrayBuffers, after a full GC), and a snapshot written again from the loaded index. Its
// answers to the whole mix are compared with the original index's (same answers), and the same
// mix is timed on the original (built) index in this process for reference.
//
// Usage: [BENCH_DIST=/tmp/x] node --max-old-space-size=6144 bench/search-snapshot.mjs [size=100000]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.env.BENCH_DIST ?? join(root, 'dist'));
const require = createRequire(import.meta.url);
const search = require(join(dist, 'libs/search/src/index.js'));
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const ms2 = (ms) => `${ms.toFixed(2)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const timed = async (fn) => {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const digest = (result) => createHash('sha1').update(JSON.stringify(result)).digest('hex');

/** Times every request of the mix once (in order); returns latencies and each answer's digest. */
async function runMix(engine, requests) {
  const latencies = [];
  const digests = [];
  for (const request of requests) {
    const t0 = performance.now();
    const result = await engine.search('needs', request);
    latencies.push(performance.now() - t0);
    digests.push(digest(result));
  }
  return { latencies, digests, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

const loadArg = process.argv.find((a) => a.startsWith('--load='));
if (loadArg) {
  // Child: a fresh process that loads the snapshot, as a restarted API does (in its worker).
  const file = loadArg.slice('--load='.length);
  const requests = JSON.parse(readFileSync(process.argv.find((a) => a.startsWith('--requests=')).slice('--requests='.length), 'utf8'));
  const engine = new search.EmbeddedSearchEngine();
  const loaded = await timed(() => engine.loadSnapshot(file));
  const first = await timed(() => engine.search('needs', requests[0]));
  global.gc?.();
  const memory = process.memoryUsage();
  const pass1 = await runMix(engine, requests);
  const pass2 = await runMix(engine, requests);
  const resaved = await timed(() => engine.saveSnapshot(`${file}.again`, { position: '2' }));
  rmSync(`${file}.again`, { force: true });
  console.log(
    JSON.stringify({
      loadMs: loaded.ms,
      firstQueryMs: first.ms,
      firstDigest: digest(first.value),
      memory,
      pass1: { p50: pass1.p50, p95: pass1.p95 },
      pass2: { p50: pass2.p50, p95: pass2.p95 },
      digests: pass1.digests,
      sameAcrossPasses: pass1.digests.every((d, i) => d === pass2.digests[i]),
      resavedMs: resaved.ms,
      resavedBytes: resaved.value.bytes,
    }),
  );
  process.exit(0);
}

const { generatedNeeds } = await import('./search/corpus.mjs');
const matching = require(join(dist, 'libs/matching/src/index.js'));
const text = require(join(dist, 'libs/text/src/index.js'));
const size = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 100_000);
const settings = { ...matching.NEEDS_INDEX_SETTINGS, name: 'needs' };
const { documents, requests } = generatedNeeds(text, size);
console.log(`Snapshot formats — ${size.toLocaleString('en')} generated needs; node ${process.version}; dist ${dist}; load average ${load()}`);


const dir = mkdtempSync(join(tmpdir(), 'passerelle-bench-snapshot-'));
try {
  const engine = new search.EmbeddedSearchEngine();
  await engine.configureIndex(settings);
  const built = await timed(async () => {
    for (let i = 0; i < documents.length; i += 1000) await engine.upsert('needs', documents.slice(i, i + 1000));
  });
  const binaryFile = join(dir, 'search-index.snap');
  const saved = await timed(() => engine.saveSnapshot(binaryFile, { position: '1' }));
  const binaryEngine = new search.EmbeddedSearchEngine();
  const loaded = await timed(() => binaryEngine.loadSnapshot(binaryFile));

  const jsonFile = join(dir, 'needs.json');
  const exported = await timed(() => writeFileSync(jsonFile, JSON.stringify(engine.exportIndex('needs'))));
  const jsonEngine = new search.EmbeddedSearchEngine();
  const imported = await timed(() => jsonEngine.importIndex('needs', JSON.parse(readFileSync(jsonFile, 'utf8'))));

  const queries = ['huile argan', 'irrigation goutte', 'safran', 'زيت', 'dattes conservation', 'olive oil fermentation'];
  let same = 0;
  for (const query of queries) {
    const request = { query, limit: 20, facets: ['sector'] };
    const [a, b] = await Promise.all([engine.search('needs', request), binaryEngine.search('needs', request)]);
    if (JSON.stringify(a) === JSON.stringify(b)) same++;
  }
  const original = await runMix(engine, requests);
  const inProcess = await runMix(binaryEngine, requests);
  const sameInProcess = inProcess.digests.filter((d, i) => d === original.digests[i]).length;
  console.log(`index built from documents (upsert): ${fmt(built.ms)}`);
  console.log(`binary snapshot: ${mb(saved.value.bytes)}, written in ${fmt(saved.ms)}, loaded in ${fmt(loaded.ms)} (in this process, beside the built index); same answers on ${same}/${queries.length} queries`);
  console.log(`JSON export (documents only): ${mb(statSync(jsonFile).size)}, written in ${fmt(exported.ms)}, imported in ${fmt(imported.ms)} (parse + postings rebuilt)`);
  console.log(`query mix (${requests.length} requests) on the index loaded in process: same answers on ${sameInProcess}/${requests.length}`);
  console.log(`query mix on the original (built) index: p50 ${ms2(original.p50)}, p95 ${ms2(original.p95)}`);
  rmSync(jsonFile, { force: true });

  // A restart: a fresh process loads the snapshot and nothing else.
  const requestsFile = join(dir, 'requests.json');
  writeFileSync(requestsFile, JSON.stringify(requests));
  const loadBefore = load();
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=6144', fileURLToPath(import.meta.url), `--load=${binaryFile}`, `--requests=${requestsFile}`], {
    env: { ...process.env, BENCH_DIST: dist },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the loading process failed: ${child.stderr}`);
  const fresh = JSON.parse(child.stdout.trim().split('\n').pop());
  const sameFresh = fresh.digests.filter((d, i) => d === original.digests[i]).length;
  const { rss, heapUsed, arrayBuffers } = fresh.memory;
  console.log(`\nfresh process (load average ${loadBefore} → ${load()}):`);
  console.log(`  snapshot loaded in ${fmt(fresh.loadMs)}; first query after the load ${ms2(fresh.firstQueryMs)} (same answer: ${fresh.firstDigest === original.digests[0]})`);
  console.log(`  memory after the load (after a full GC): RSS ${mb(rss)}, heap used ${mb(heapUsed)}, ArrayBuffers ${mb(arrayBuffers)}`);
  console.log(`  query mix right after the load: p50 ${ms2(fresh.pass1.p50)}, p95 ${ms2(fresh.pass1.p95)}; warm (second pass): p50 ${ms2(fresh.pass2.p50)}, p95 ${ms2(fresh.pass2.p95)}`);
  console.log(`  same answers as the original index on ${sameFresh}/${requests.length} requests (both passes alike: ${fresh.sameAcrossPasses})`);
  console.log(`  snapshot written again from the loaded index: ${mb(fresh.resavedBytes)} in ${fmt(fresh.resavedMs)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
