// Do two builds read the same concepts and languages? For a change meant to make text analysis
// faster without changing what it finds: runs documentConcepts (codes, mention counts, surface
// words), detectLanguage and clearLanguage of both builds over every text of the generated
// matching corpus (3,000 profiles, 1,000 needs: bench/matching/corpus.mjs) and of the evaluation
// collections in libs/matching/data (and ../shared/data/xling-dev when present), and prints how
// many texts differ, with the first few. Asserts nothing.
//
// Usage: node bench/text/same-concepts.mjs <build before> <build after>   (each an `npm run build:api` output directory)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Thesaurus, buildVocabulary } from '../search/corpus.mjs';
import { Rng, buildNeeds, buildResearchers } from '../matching/corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const [before, after] = process.argv.slice(2).map((dir) => resolve(dir));
if (!before || !after) throw new Error('usage: node bench/text/same-concepts.mjs <build before> <build after>');

function build(dist) {
  const text = require(join(dist, 'libs/text/src/index.js'));
  const { documentConcepts } = require(join(dist, 'libs/text/src/concepts/concept-source.js'));
  const concepts = text.ConceptIndex.loadDefault();
  const read = (t) => {
    const found = documentConcepts(concepts, [t]);
    return JSON.stringify([found.codes, [...found.counts], [...found.surfaces].map(([code, words]) => [code, [...words]]), text.detectLanguage(t), text.clearLanguage(t) ?? null]);
  };
  return { text, concepts, read };
}

const a = build(before);
const b = build(after);
const texts = [];
const thesaurus = new Thesaurus(JSON.parse(readFileSync(join(root, 'libs/text/data/agrovoc-concepts.json'), 'utf8')), a.concepts, a.text.analyse);
const vocab = buildVocabulary(thesaurus, new Rng(1));
for (const r of buildResearchers(3000, vocab, thesaurus, new Rng(5)).researchers) {
  texts.push(r.headline, r.expertise, ...r.keywords, ...r.techniques, ...r.publications.map((p) => `${p.title}\n${p.abstract ?? ''}`));
}
for (const n of buildNeeds(1000, vocab, thesaurus, new Rng(6))) texts.push(n.title, n.description);
const jsonFiles = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []));
const strings = (value, out) => {
  if (typeof value === 'string') {
    if (value.length > 3) out.push(value);
  } else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
};
const xling = resolve(root, '../shared/data/xling-dev');
for (const file of [...jsonFiles(join(root, 'libs/matching/data')), ...(existsSync(xling) ? jsonFiles(xling) : [])]) strings(JSON.parse(readFileSync(file, 'utf8')), texts);

let different = 0;
for (const t of texts) {
  if (a.read(t) === b.read(t)) continue;
  different++;
  if (different <= 5) console.log(`differs: ${t.slice(0, 100)}\n  before ${a.read(t).slice(0, 200)}\n  after  ${b.read(t).slice(0, 200)}`);
}
console.log(`${texts.length.toLocaleString('en')} texts, ${different} read differently`);
