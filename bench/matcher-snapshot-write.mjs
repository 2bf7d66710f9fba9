// What writing the matcher's snapshot costs the API's event loop. The API writes it every
// SNAPSHOT_INTERVAL_SECONDS while profiles change, and at a graceful stop
// (apps/api/src/matching/matcher-snapshots.ts). On bench/matching's generated researchers, two
// ways alternated:
//   - in one go, as the API did before 2026-12-07: the state copied out (exportMatcherState),
//     every section stringified, the file written, fsynced and renamed, all on the event loop
//     (writeSnapshotFile) — with a build from before (BENCH_DIST), the only way it runs;
//   - as the API saves it now: the state and versions copied out in one step, then one JSON section
//     stringified per turn of the event loop (matcherSections), the file written and fsynced on
//     libuv's threads (writeSnapshotFileAsync).
// A 1 ms timer measures the longest the event loop went without running (the wait a request
// arriving then would add). Asserts nothing.
//
// Usage: [BENCH_DIST=/tmp/x] node --max-old-space-size=6144 bench/matcher-snapshot-write.mjs [size=100000] [--rounds=4]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng, buildResearchers } from './matching/corpus.mjs';
import { Thesaurus, buildVocabulary } from './search/corpus.mjs';
import { mb, ms, secs } from './search/stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.env.BENCH_DIST ?? join(root, 'dist'));
const require = createRequire(import.meta.url);
const text = require(join(dist, 'libs/text/src/index.js'));
const matching = require(join(dist, 'libs/matching/src/index.js'));
const search = require(join(dist, 'libs/search/src/index.js'));
const { exportMatcherState } = require(join(dist, 'libs/matching/src/text-model/corpus-snapshot.js'));
const { matcherSections } = require(join(dist, 'apps/api/src/matching/matcher-snapshots.js'));

const size = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 100_000);
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 4);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/** The longest gap between two runs of a 1 ms timer while `fn` runs, and fn's own duration. */
async function blocking(fn) {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  await new Promise((done) => setTimeout(done, 20));
  last = performance.now();
  longest = 0;
  const started = performance.now();
  const value = await fn();
  const total = performance.now() - started;
  await new Promise((done) => setTimeout(done, 5));
  clearInterval(timer);
  return { value, total, longest: Math.max(longest, performance.now() - last) };
}

/** exportMatcherState and the sections in one go, as MatcherSnapshots.save built them before. */
function sectionsInOneGo(matcher, versions) {
  const parts = exportMatcherState(matcher);
  const sections = new search.SnapshotSections();
  for (const [name, value] of Object.entries(parts.json)) sections.json(`state.${name}`, value);
  for (const [name, value] of Object.entries(parts.i32)) sections.i32(`state.${name}`, value);
  for (const [name, value] of Object.entries(parts.f64)) sections.f64(`state.${name}`, value);
  for (const [name, value] of Object.entries(parts.u8)) sections.u8(`state.${name}`, value);
  sections.jsonArray('versions.ids', [...versions.keys()]);
  sections.f64('versions.updatedAt', Float64Array.from(versions.values()));
  return sections;
}

const concepts = text.ConceptIndex.loadDefault();
const raw = JSON.parse(readFileSync(join(root, 'libs/text/data/agrovoc-concepts.json'), 'utf8'));
const thesaurus = new Thesaurus(raw, concepts, text.analyse);
const rng = new Rng(20261130);
const vocab = buildVocabulary(thesaurus, rng);
const { researchers } = buildResearchers(size, vocab, thesaurus, new Rng(20261130 + size));
const matcher = new matching.Matcher([], { concepts });
const registering = performance.now();
for (const researcher of researchers) matcher.upsertResearcher(researcher);
const versions = new Map(researchers.map((researcher, i) => [researcher.id, i]));
console.log(
  `Matcher snapshot write — ${size.toLocaleString('en')} generated researchers (registered in ${secs(performance.now() - registering)}); ` +
    `node ${process.version}; dist ${dist}; load average ${load()}`,
);

/** A build from before matcherSections (BENCH_DIST) has only the first way: the code as it was. */
const modes = (round) => (!matcherSections ? ['one go'] : round % 2 ? ['yielding', 'one go'] : ['one go', 'yielding']);
const dir = mkdtempSync(join(tmpdir(), 'passerelle-matcher-snapshot-'));
const rows = [];
try {
  for (let round = 0; round < rounds; round++) {
    for (const mode of modes(round)) {
      const path = join(dir, 'matcher.snap');
      let sectionsMs = 0;
      const { value: bytes, total, longest } = await blocking(async () => {
        const t0 = performance.now();
        if (mode === 'one go') {
          const sections = sectionsInOneGo(matcher, versions);
          sectionsMs = performance.now() - t0;
          return search.writeSnapshotFile(path, { round }, sections);
        }
        const { sections } = await matcherSections(matcher, versions);
        sectionsMs = performance.now() - t0;
        return search.writeSnapshotFileAsync(path, { round }, sections);
      });
      rows.push({ mode, round, bytes, total, longest, sectionsMs });
      console.log(`${mode.padEnd(8)} round ${round + 1}: ${mb(bytes)} in ${ms(total)} ms (sections ready after ${ms(sectionsMs)} ms); event loop held at most ${ms(longest)} ms`);
    }
  }
  for (const mode of modes(0)) {
    const mine = rows.filter((row) => row.mode === mode);
    const range = (key) => `${ms(Math.min(...mine.map((row) => row[key])))}–${ms(Math.max(...mine.map((row) => row[key])))}`;
    console.log(`${mode}: written in ${range('total')} ms, event loop held at most ${range('longest')} ms (sections ready after ${range('sectionsMs')} ms)`);
  }
  console.log(`load average ${load()}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
