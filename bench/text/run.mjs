// Concept extraction benchmark: how long extracting the AGROVOC concepts of a 2,000-character
// need-like text takes (a different text each run), against the analysis it builds on (normalise, tokenise, stop words, stem)
// as the baseline, interleaved in one run. Prints figures; asserts nothing. Runs on compiled code
// (npm run build:api).
//
// Usage: node bench/text/run.mjs [--runs=2000]
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { latencySummary, ms, table } from '../search/stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { ConceptIndex, analyse } = require(join(root, 'dist/libs/text/src/index.js'));

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 2000);
const SENTENCES = [
  "Coopérative féminine de la région d'Essaouira, nous produisons de l'huile d'argan cosmétique et alimentaire.",
  'Nous voulons améliorer le séchage des amandons et maîtriser la torréfaction.',
  "Il faut contrôler l'acidité et l'oxydation de l'huile, et développer un emballage adapté à l'export.",
  'نريد تحسين جودة زيت الأركان وماء الورد وتمديد مدة الصلاحية.',
  'We also need help with essential oils distillation and food safety.',
  'Shelf life tests of the cold-pressed oil should follow the microbiological criteria of the importers.',
  'Le miel de thym et les dattes sont conditionnés dans des pots en verre.',
];

/** A different 2,000-character text each run (a reference number in every sentence), so no cache answers. */
function textFor(run) {
  const parts = [];
  for (let i = 0; parts.join(' ').length < 2000; i++) parts.push(`${SENTENCES[(run + i) % SENTENCES.length]} Réf. ${run}-${i}.`);
  return parts.join(' ').slice(0, 2000);
}
const loadStarted = performance.now();
const index = ConceptIndex.loadDefault();
const loadMs = performance.now() - loadStarted;
for (let k = 0; k < 50; k++) {
  index.extract(textFor(-k - 1));
  analyse(textFor(-k - 1));
}

const extractTimes = [];
const analyseTimes = [];
let concepts = 0;
for (let k = 0; k < runs; k++) {
  const text = textFor(k);
  let started = performance.now();
  concepts = index.extract(text).length;
  extractTimes.push(performance.now() - started);
  started = performance.now();
  analyse(text);
  analyseTimes.push(performance.now() - started);
}

function row(name, summary) {
  return [name, ms(summary.p50), ms(summary.p95), ms(summary.p99)];
}

console.log(`Concept index loaded in ${loadMs.toFixed(0)} ms; ${concepts} concepts in the last 2,000-character text; ${runs} interleaved runs.`);
console.log(
  table(
    ['path', 'p50', 'p95', 'p99'],
    [
      row('concept extraction', latencySummary(extractTimes)),
      row('analysis alone (baseline)', latencySummary(analyseTimes)),
    ],
  ),
);
