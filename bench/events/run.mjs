// Brokerage-day scheduling benchmark (issue 14): 400 participants, 2,000 accepted meeting requests
// whose invited side is chosen with a Zipf-like popularity (a few participants are asked by many),
// 100 tables, 16 slots, each participant unavailable for a random quarter of the slots.
// For each seeded instance, interleaved: the scheduler (libs/scheduling `schedule`, which computes
// the bound too), the first-fit baseline (`greedyFirstFit`) and the proven upper bound alone
// (`upperBound`); every schedule is checked (`checkSchedule`, untimed). Then the same on a tighter
// day (8 slots, each participant unavailable half of them, milder popularity), where the bound is
// not always reached. Prints figures; asserts nothing. Runs on compiled code (npm run build:api compiles
// libs/*/src into dist/libs).
//
// Usage: node bench/events/run.mjs [--seeds=7] [--export=DIR]
// --export writes every instance as JSON (DIR/<scenario>-<seed>.json), for an outside check of the
// optimum: python3 bench/events/ilp_check.py DIR/*.json (SciPy's HiGHS MILP; not a project dependency).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mb, ms, table } from '../search/stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { schedule, greedyFirstFit, upperBound, generateBrokerageDay, checkSchedule } = require(join(root, 'dist/libs/scheduling/src/index.js'));

const seedCount = Math.max(5, Number(process.argv.find((a) => a.startsWith('--seeds='))?.split('=')[1] ?? 7));
const exportDir = process.argv.find((a) => a.startsWith('--export='))?.split('=')[1];
if (exportDir) mkdirSync(exportDir, { recursive: true });
const SCENARIOS = [
  {
    key: 'issue14',
    name: 'issue 14: 400 participants, 2,000 requests (Zipf 1 on the invited side, 10% industrial ↔ industrial), 100 tables, 16 slots, ¼ unavailable',
    options: { participants: 400, meetings: 2000, tables: 100, slots: 16, sessions: 2, unavailableShare: 0.25, zipfExponent: 1, industrialPairsShare: 0.1 },
  },
  {
    key: 'tighter',
    name: 'tighter day: same sizes, 8 slots, each participant unavailable half of them, Zipf 0.3',
    options: { participants: 400, meetings: 2000, tables: 100, slots: 8, sessions: 2, unavailableShare: 0.5, zipfExponent: 0.3, industrialPairsShare: 0.1 },
  },
];

const timed = (fn) => {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
};
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const share = (x, bound) => `${((100 * x) / bound).toFixed(1)}%`;
const rssBefore = process.memoryUsage().rss;

// Warm-up on an instance that is not reported (JIT), so the first seed is not an outlier.
{
  const warm = generateBrokerageDay({ seed: 999, ...SCENARIOS[0].options });
  schedule(warm, { seed: 999 });
  greedyFirstFit(warm);
}

for (const scenario of SCENARIOS) {
  const rows = [];
  const times = { schedule: [], firstFit: [], bound: [] };
  const shares = { schedule: [], firstFit: [] };
  let valid = true;
  const skew = { max: [], top1: [] };
  for (let seed = 1; seed <= seedCount; seed++) {
    const instance = generateBrokerageDay({ seed, ...scenario.options });
    const degree = new Map();
    for (const m of instance.meetings) for (const p of m.participantIds) degree.set(p, (degree.get(p) ?? 0) + 1);
    const degrees = [...degree.values()].sort((a, b) => b - a);
    skew.max.push(degrees[0]);
    skew.top1.push(degrees.slice(0, Math.ceil(instance.participants.length / 100)).reduce((s, x) => s + x, 0) / (2 * instance.meetings.length));
    if (exportDir) writeFileSync(join(exportDir, `${scenario.key}-${seed}.json`), JSON.stringify(instance));
    // Interleaved, alternating which goes first.
    const runs = {};
    const order = seed % 2 ? ['schedule', 'firstFit', 'bound'] : ['bound', 'firstFit', 'schedule'];
    for (const what of order) {
      if (what === 'schedule') runs.schedule = timed(() => schedule(instance, { seed }));
      if (what === 'firstFit') runs.firstFit = timed(() => greedyFirstFit(instance));
      if (what === 'bound') runs.bound = timed(() => upperBound(instance));
    }
    const bound = runs.bound.value;
    const result = runs.schedule.value;
    const baseline = runs.firstFit.value;
    const problems = [...checkSchedule(instance, result), ...checkSchedule(instance, baseline)];
    if (problems.length) {
      valid = false;
      console.error(`seed ${seed}: ${problems.slice(0, 3).join('; ')}`);
    }
    if (result.stats.upperBound !== bound.value) throw new Error('the scheduler and upperBound disagree on the bound');
    times.schedule.push(runs.schedule.ms);
    times.firstFit.push(runs.firstFit.ms);
    times.bound.push(runs.bound.ms);
    shares.schedule.push(result.stats.placed / bound.value);
    shares.firstFit.push(baseline.stats.placed / bound.value);
    const reasons = {};
    for (const u of result.unplaced) reasons[u.reason] = (reasons[u.reason] ?? 0) + 1;
    rows.push([
      seed,
      `${bound.value} (${bound.placeable}/${bound.slotCapacity}/${bound.participantCapacity})`,
      `${result.stats.placed} (${share(result.stats.placed, bound.value)})`,
      `${result.stats.afterGreedy} → ${result.stats.afterRepair} → ${result.stats.placed}`,
      result.stats.tabuIterations,
      `${baseline.stats.placed} (${share(baseline.stats.placed, bound.value)})`,
      ms(runs.schedule.ms),
      ms(runs.firstFit.ms),
      ms(runs.bound.ms),
      Object.entries(reasons)
        .map(([reason, n]) => `${reason} ${n}`)
        .join(', '),
    ]);
  }
  console.log(`\n${scenario.name}; ${seedCount} seeded instances`);
  const range = (xs, f = (x) => String(x)) => (f(Math.min(...xs)) === f(Math.max(...xs)) ? f(xs[0]) : `${f(Math.min(...xs))}–${f(Math.max(...xs))}`);
  const mean = ((2 * scenario.options.meetings) / scenario.options.participants).toFixed(0);
  console.log(
    `skew: the most requested participant is in ${range(skew.max)} requests (mean ${mean}); the top 1% of participants are in ${range(skew.top1, (x) => (100 * x).toFixed(0))}% of request ends\n`,
  );
  console.log(
    table(
      ['seed', 'bound (placeable/slots/participants)', 'placed (of bound)', 'greedy → repairs → tabu', 'tabu it.', 'first-fit (of bound)', 'schedule ms', 'first-fit ms', 'bound ms', 'why not placed'],
      rows,
    ),
  );
  const min = (xs) => Math.min(...xs);
  const avg = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  console.log(
    `\nschedule (bound included): median ${ms(median(times.schedule))} ms, max ${ms(Math.max(...times.schedule))} ms · first-fit: median ${ms(median(times.firstFit))} ms, max ${ms(Math.max(...times.firstFit))} ms · upperBound alone: median ${ms(median(times.bound))} ms`,
  );
  console.log(
    `share of the bound: scheduler mean ${(100 * avg(shares.schedule)).toFixed(2)}%, min ${(100 * min(shares.schedule)).toFixed(2)}% · first-fit mean ${(100 * avg(shares.firstFit)).toFixed(2)}%, min ${(100 * min(shares.firstFit)).toFixed(2)}% · every schedule valid: ${valid ? 'yes' : 'NO'}`,
  );
}
const usage = process.resourceUsage();
console.log(`\nmemory: RSS ${mb(rssBefore)} at start, ${mb(process.memoryUsage().rss)} at the end, peak ${mb(usage.maxRSS * 1024)}`);
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' / ')} (1 / 5 / 15 min), node ${process.version}`);
