// Preloaded into the API by bench/request-cost/under-load.mjs (`node --require`), in the main thread
// and in the search worker: every garbage collection's pause, as V8 reports it to perf_hooks, appended
// to `${GC_PROBE_FILE}.<thread id>` as "<start, ms since the epoch> <pause ms> <kind>" lines, so that
// the benchmark can tell how much of a phase each thread spent stopped for GC. Kinds are perf_hooks'
// NODE_PERFORMANCE_GC_* flags: 1 minor (scavenge), 2 major (mark-compact), 4 incremental marking,
// 8 weak callbacks.
const { appendFileSync } = require('node:fs');
const { PerformanceObserver, performance } = require('node:perf_hooks');
const { threadId } = require('node:worker_threads');

const file = process.env.GC_PROBE_FILE;
if (file) {
  let lines = [];
  const flush = () => {
    if (lines.length === 0) return;
    appendFileSync(`${file}.${threadId}`, lines.join(''));
    lines = [];
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) lines.push(`${(performance.timeOrigin + entry.startTime).toFixed(3)} ${entry.duration.toFixed(3)} ${entry.detail?.kind ?? 0}\n`);
  }).observe({ entryTypes: ['gc'] });
  setInterval(flush, 1000).unref();
  process.on('exit', flush);
}
