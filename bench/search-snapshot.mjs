// The embedded engine's snapshot formats side by side, in process, on bench/search's generated
// needs (fr/ar/en, thesaurus topics): building the index (what a rebuild costs once the documents
// are read from Postgres), the binary snapshot (saveSnapshot / loadSnapshot: postings as typed
// arrays, checksummed, written atomically) and the JSON export (documents only: importIndex
// rebuilds the postings). Checks that the restored index answers like the original. Prints
// figures; asserts nothing.
//
// Usage: [BENCH_DIST=/tmp/x] node --max-old-space-size=6144 bench/search-snapshot.mjs [size=100000]
import { mkdtempSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng, Thesaurus, buildDocuments, buildOrganisations, buildVocabulary } from './search/corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.env.BENCH_DIST ?? join(root, 'dist'));
const require = createRequire(import.meta.url);
const size = Number(process.argv[2] ?? 100_000);
const search = require(join(dist, 'libs/search/src/index.js'));
const matching = require(join(dist, 'libs/matching/src/index.js'));
const text = require(join(dist, 'libs/text/src/index.js'));
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const timed = async (fn) => {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
};

const settings = { ...matching.NEEDS_INDEX_SETTINGS, name: 'needs' };
const raw = JSON.parse(readFileSync(join(root, 'libs/text/data/agrovoc-concepts.json'), 'utf8'));
const thesaurus = new Thesaurus(raw, text.ConceptIndex.loadDefault(), text.analyse);
const rng = new Rng(20261130);
const vocab = buildVocabulary(thesaurus, rng);
const { documents } = buildDocuments(size, vocab, thesaurus, buildOrganisations(size, rng), new Rng(20261130 + size));
console.log(`Snapshot formats — ${size.toLocaleString('en')} generated needs; node ${process.version}`);

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
  console.log(`index built from documents (upsert): ${fmt(built.ms)}`);
  console.log(`binary snapshot: ${mb(saved.value.bytes)}, written in ${fmt(saved.ms)}, loaded in ${fmt(loaded.ms)} (checksums, typed arrays, document JSON); same answers on ${same}/${queries.length} queries`);
  console.log(`JSON export (documents only): ${mb(statSync(jsonFile).size)}, written in ${fmt(exported.ms)}, imported in ${fmt(imported.ms)} (parse + postings rebuilt)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
