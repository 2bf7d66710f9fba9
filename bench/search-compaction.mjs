// The embedded engine after a full reindex, in its worker thread as the API runs it: what the
// compaction that follows costs the searches. A reindex (a glossary change, `npm run reindex`)
// replaces every document, which leaves one tombstone per document in the postings until a
// compaction rebuilds them without.
//
// On bench/search's generated needs (fr/ar/en), built in batches of 1,000:
//   1. idle: an open-loop search load (bench/search's query mix with browse queries, --rate per
//      second, each latency taken from the request's due time) for --seconds on the index as
//      built, one single-document edit every 5 s — the reference;
//   2. the same load and edits while every document is upserted again in batches of 1,000 (the
//      reindex), then for --seconds after it.
// Reports the searches' p50 / p95 / p99 / max (during the reindex, and after it), the edits'
// latencies, the process's RSS (the worker's memory included) and, when the engine tells
// (indexStats), tombstones and when the compaction ended. Alternate builds with BENCH_DIST to
// compare code. Asserts nothing.
//
// Usage: [BENCH_DIST=/tmp/x] node --max-old-space-size=6144 bench/search-compaction.mjs [size=100000] [--rate=20] [--seconds=60]
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedNeeds } from './search/corpus.mjs';
import { latencySummary, mb, ms, secs } from './search/stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.env.BENCH_DIST ?? join(root, 'dist'));
const require = createRequire(import.meta.url);
const search = require(join(dist, 'libs/search/src/index.js'));
const matching = require(join(dist, 'libs/matching/src/index.js'));
const text = require(join(dist, 'libs/text/src/index.js'));

const option = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const size = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 100_000);
const rate = option('rate', 20);
const seconds = option('seconds', 60);
const EDIT_EVERY_MS = 5000;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const sleep = (delay) => new Promise((done) => setTimeout(done, delay));

const settings = { ...matching.NEEDS_INDEX_SETTINGS, name: 'needs' };
const { documents, requests } = generatedNeeds(text, size);

const engine = new search.WorkerSearchEngine();
const stats = async () => (typeof engine.indexStats === 'function' ? engine.indexStats('needs') : null);

/**
 * Searches at `rate` per second and an edit every 5 s, latencies from each one's due time, while
 * `task` runs (if any) and for `seconds` after it ends.
 */
async function phase(task) {
  const during = [];
  const after = [];
  const edits = [];
  const inFlight = [];
  const started = performance.now();
  let taskEnded = task ? null : started;
  const taskDone = task ? task().then(() => (taskEnded = performance.now())) : Promise.resolve();
  let sawCompaction = false;
  let compactedAtMs = null;
  let next = 0;
  let edit = 0;
  const interval = 1000 / rate;
  while (taskEnded === null || performance.now() - taskEnded < seconds * 1000) {
    const due = started + next * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const request = requests[next % requests.length];
    const bucket = taskEnded === null ? during : after;
    inFlight.push(engine.search('needs', request).then(() => bucket.push(performance.now() - due)));
    if (next % Math.round(EDIT_EVERY_MS / interval) === Math.round(1000 / interval)) {
      const document = { ...documents[(edit++ * 7919) % documents.length] };
      document.title = `${document.title} (${edit})`;
      const t0 = performance.now();
      inFlight.push(engine.upsert('needs', [document]).then(() => edits.push(performance.now() - t0)));
    }
    if (compactedAtMs === null && next % rate === 0) {
      const now = await stats();
      if (now?.compacting) sawCompaction = true;
      else if (sawCompaction) compactedAtMs = performance.now() - (taskEnded ?? started);
    }
    next++;
  }
  await Promise.all([taskDone, ...inFlight]);
  return { during: during.length ? latencySummary(during) : null, after: latencySummary(after), edits, taskMs: (taskEnded ?? started) - started, compactedAtMs, rss: process.memoryUsage().rss, stats: await stats() };
}

const summary = (s) => `${s.n} searches, from their due time p50 ${ms(s.p50)} ms, p95 ${ms(s.p95)} ms, p99 ${ms(s.p99)} ms, max ${ms(s.max)} ms`;

function report(label, result) {
  if (result.during) console.log(`${label}, during it (${secs(result.taskMs)}): ${summary(result.during)}`);
  const st = result.stats ? `; tombstones at the end ${result.stats.tombstones.toLocaleString('en')}` : '';
  const compacted = result.compactedAtMs === null ? '' : `; compaction over ${secs(result.compactedAtMs)} after it`;
  console.log(`${label}, ${result.during ? 'the next ' : ''}${seconds} s: ${summary(result.after)}; edits ${result.edits.map((e) => ms(e)).join(' / ')} ms; RSS ${mb(result.rss)}${st}${compacted}`);
}

console.log(`Compaction after a full reindex — ${size.toLocaleString('en')} generated needs, worker engine; ${rate} searches/s for ${seconds} s per phase, an edit every 5 s; node ${process.version}; dist ${dist}; load average ${load()}`);
await engine.configureIndex(settings);
const builtAt = performance.now();
for (let i = 0; i < documents.length; i += 1000) await engine.upsert('needs', documents.slice(i, i + 1000));
console.log(`built in ${secs(performance.now() - builtAt)}; RSS ${mb(process.memoryUsage().rss)}`);
report('idle (as built)', await phase());
const reindex = async () => {
  for (let i = 0; i < documents.length; i += 1000) await engine.upsert('needs', documents.slice(i, i + 1000));
};
report('a full reindex', await phase(reindex));
console.log(`load average ${load()}`);
await engine.close();
