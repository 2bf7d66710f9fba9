// Search benchmark: the embedded engine (EmbeddedSearchEngine, Orama) against a Postgres
// full-text baseline, on the same generated need-like and profile-like documents, in one run per
// size. Prints figures; asserts nothing. Runs on compiled code (npm run build:api).
//
// Usage: node --expose-gc bench/search/run.mjs [sizes=1000,10000,100000] [--queries=250]
//          [--warmup=30] [--index-budget=300] [--class-budget=35] [--tag-sample=20000] [--seed=20261130] [--chunked]
// Each size runs in its own child process (same node flags) so memory figures do not mix.
import { runSizesInChildren } from '../run-sizes.mjs';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng, Thesaurus, buildDocuments, buildOrganisations, buildQueries, buildVocabulary } from './corpus.mjs';
import { readSnapshot, writeSnapshot } from './persist.mjs';
import { PostgresBaseline, TS_CONFIG } from './postgres-baseline.mjs';
import { gcAvailable, int, latencySummary, mb, mean, memory, ms, pct, secs, table, timed } from './stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const positional = args.filter((a) => !a.startsWith('--'));
const CLASSES = ['single', 'multi', 'typo', 'crossLingual', 'faceted', 'api'];
const CORE_CLASSES = ['single', 'multi', 'typo', 'crossLingual', 'faceted']; // pooled in the summary line
const RECALL_CLASSES = ['single', 'typo', 'crossLingual'];
const INDEX = 'needs';

if (args.includes('--child')) {
  await child(option('size', 1000));
} else {
  await parent();
}

// ------------------------------------------------------------------------------------------------
async function parent() {
  const sizes = (positional[0] ?? '1000,10000,100000').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
  for (const file of ['libs/text/src/index.js', 'libs/search/src/index.js', 'libs/matching/src/index.js', 'apps/api/src/database/embedded-postgres.js']) {
    if (!existsSync(join(dist, file))) {
      console.error(`dist/${file} is missing: run \`npm run build:api\` first (npm run bench:search does).`);
      process.exit(1);
    }
  }
  console.log(`Search benchmark — sizes ${sizes.map(int).join(', ')}; node ${process.version}; flags: ${process.execArgv.join(' ') || '(none)'}`);
  if (!gcAvailable) console.log('(no --expose-gc: memory figures are taken without a forced GC and are noisier)');
  const summaries = await runSizesInChildren({ script: fileURLToPath(import.meta.url), sizes, nodeFlags: process.execArgv, args });
  console.log('\n=== Summary ===');
  for (const line of summaries) console.log(line);
  console.log('Targets (not asserted): at 100k documents, embedded p95 < 20 ms and ≥ 5× faster than Postgres at equal or better recall on typo and cross-lingual queries.');
}

// ------------------------------------------------------------------------------------------------
async function child(size) {
  const perClass = option('queries', 250);
  const warmup = option('warmup', 30);
  const indexBudgetMs = option('index-budget', 300) * 1000;
  const classBudgetMs = option('class-budget', 35) * 1000;
  const tagSample = option('tag-sample', 20000);
  const seed = option('seed', 20261130);
  const log = (line = '') => console.log(line);
  const cleanups = [];
  let cleaning = null;
  const cleanup = () =>
    (cleaning ??= (async () => {
      for (const fn of cleanups.reverse()) await Promise.resolve().then(fn).catch((e) => console.error(`cleanup: ${e?.message ?? e}`));
    })());
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping Postgres and removing temp dirs…`);
      cleanup().finally(() => process.exit(130));
    });
  }
  try {
    await runSize(size, { perClass, warmup, indexBudgetMs, classBudgetMs, tagSample, seed, log, cleanups });
  } catch (error) {
    console.error(error?.stack ?? error);
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
  process.exit(process.exitCode ?? 0);
}

async function runSize(size, { perClass, warmup, indexBudgetMs, classBudgetMs, tagSample, seed, log, cleanups }) {
  const search = require(join(dist, 'libs/search/src/index.js'));
  const matching = require(join(dist, 'libs/matching/src/index.js'));
  const text = require(join(dist, 'libs/text/src/index.js'));
  const embeddedPg = require(join(dist, 'apps/api/src/database/embedded-postgres.js'));
  const { NEEDS_INDEX_SETTINGS } = matching;
  const settings = { ...NEEDS_INDEX_SETTINGS, name: INDEX };

  log(`\n=== ${int(size)} documents ===`);
  // --- Corpus ------------------------------------------------------------------------------------
  const { value: conceptIndex, ms: conceptLoadMs } = await timed(() => text.ConceptIndex.loadDefault());
  const raw = JSON.parse(readFileSync(join(root, 'libs/text/data/agrovoc-concepts.json'), 'utf8'));
  const thesaurus = new Thesaurus(raw, conceptIndex, text.analyse);
  const generated = await timed(() => {
    const rng = new Rng(seed);
    const vocab = buildVocabulary(thesaurus, rng);
    const orgs = buildOrganisations(size, rng);
    const { documents, about } = buildDocuments(size, vocab, thesaurus, orgs, new Rng(seed + size));
    const queries = buildQueries(perClass + warmup, vocab, thesaurus, about, orgs, new Rng(seed + 7 * size));
    return { vocab, orgs, documents, about, queries };
  });
  const { vocab, documents, about, queries } = generated.value;
  const langs = countBy(documents, (d) => d.language);
  const words = mean(documents.slice(0, 2000).map((d) => `${d.title} ${d.description}`.split(/\s+/).length));
  const needs = documents.filter((d) => d.organisationKind !== 'RESEARCH_LAB' && d.organisationKind !== 'UNIVERSITY').length;
  log(
    `corpus: ${int(needs)} need-like + ${int(size - needs)} profile-like documents; fr ${share(langs.fr, size)} ar ${share(langs.ar, size)} en ${share(langs.en, size)}; ` +
      `~${words.toFixed(0)} words of title+description; ${vocab.topics.length} topic concepts (${vocab.topics.filter((t) => t.profile === 'frEn').length} with fr/en documents only, ` +
      `${vocab.topics.filter((t) => t.profile === 'ar').length} with ar documents only), ${int(vocab.fillers.fr.length)} other thesaurus concepts as filler; ` +
      `generated in ${secs(generated.ms)} (ConceptIndex.loadDefault ${secs(conceptLoadMs)})`,
  );
  if (vocab.dropped.length) log(`  topic seeds dropped: ${vocab.dropped.join('; ')}`);
  const example = documents.find((d) => d.language === 'fr');
  log(`  e.g. [${example.language}] ${example.title} — ${example.description.slice(0, 140)}…`);
  log(`  queries e.g. single "${queries.single[0].text}", multi "${queries.multi[0].text}", typo "${queries.typo[0].text}" (${queries.typo[0].original}), cross-lingual "${queries.crossLingual[0].text}"`);

  // --- Embedded Postgres: started now, idle until its turn -----------------------------------------
  const pgBase = new PostgresBaseline(embeddedPg, log);
  cleanups.push(async () => {
    await pgBase.stop();
    if (pgBase.dir) rmSync(pgBase.dir, { recursive: true, force: true });
  });
  const pgStart = await timed(() => pgBase.start());
  const pgInfo = pgStart.value;

  // --- Embedded engine: indexing, memory ------------------------------------------------------------
  const before = memory();
  let engine = new search.EmbeddedSearchEngine();
  cleanups.push(() => engine?.close());
  await engine.configureIndex(settings);
  const batchMs = [];
  let indexed = 0;
  const indexStart = performance.now();
  for (let i = 0; i < documents.length; i += 1000) {
    const t = performance.now();
    await engine.upsert(INDEX, documents.slice(i, i + 1000));
    batchMs.push(performance.now() - t);
    indexed = Math.min(documents.length, i + 1000);
    if (performance.now() - indexStart > indexBudgetMs && indexed < documents.length) break;
  }
  const indexMs = performance.now() - indexStart;
  const truncated = indexed < documents.length;
  const docs = truncated ? documents.slice(0, indexed) : documents;
  const after = memory();
  const count = await engine.count(INDEX);
  log(
    `indexing  embedded: ${int(indexed)} docs in ${secs(indexMs)} → ${int((indexed * 1000) / indexMs)} docs/s (upserts of 1,000; first batch ${ms(batchMs[0])} ms, ` +
      `last ${ms(batchMs[batchMs.length - 1])} ms, slowest ${ms(Math.max(...batchMs))} ms); count() = ${int(count)}`,
  );
  if (truncated) log(`  !! indexing stopped after the ${secs(indexBudgetMs)} budget: ${int(indexed)} of ${int(size)} documents indexed; everything below uses those ${int(indexed)} documents in both engines`);
  log(
    `memory    embedded${gcAvailable ? ' (after forced GC)' : ''}: RSS ${mb(after.rss)} (+${mb(after.rss - before.rss)} for the index), heap used ${mb(after.heapUsed)} ` +
      `(+${mb(after.heapUsed - before.heapUsed)}); before indexing (corpus + libs in memory): RSS ${mb(before.rss)}, heap ${mb(before.heapUsed)}`,
  );

  // --- Queries on the embedded engine ------------------------------------------------------------------
  const idIndex = new Map(docs.map((d, i) => [d.id, i]));
  const embeddedRun = await runQueries(queries, warmup, classBudgetMs, async (q) => {
    const result = await engine.search(INDEX, { query: q.text, filter: q.filter, facets: q.facets, highlight: q.highlight, limit: 20 });
    return { ids: result.hits.map((h) => h.id), total: result.total };
  });

  // --- Persist vs rebuild --------------------------------------------------------------------------------
  const persistDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-search-'));
  cleanups.push(() => rmSync(persistDir, { recursive: true, force: true }));
  const snapshotFile = join(persistDir, 'needs-index.json');
  const persist = {};
  let t = performance.now();
  let snapshot = await engine.exportIndex(INDEX);
  persist.exportMs = performance.now() - t;
  // Measured: ~6 KB of JSON per document (60 MB at 10k, 581 MB at 100k). Past V8's ~512 MB string
  // limit one JSON.stringify cannot succeed (at 100k it threw after 28 s): go chunked directly.
  const forcedChunked = args.includes('--chunked');
  const tooBig = indexed * 6000 > 480e6;
  const written = await writeSnapshot(snapshotFile, snapshot, { chunked: forcedChunked || tooBig });
  Object.assign(persist, { format: written.format, stringifyMs: written.stringifyMs, writeMs: written.writeMs, bytes: statSync(snapshotFile).size });
  snapshot = null;
  const probe = queries.single.slice(warmup, warmup + 20);
  const probeBefore = [];
  for (const q of probe) probeBefore.push((await engine.search(INDEX, { query: q.text, limit: 20 })).hits.map((h) => h.id).join());
  await engine.close();
  engine = null;
  const freed = memory();
  const restored = await readSnapshot(snapshotFile, persist.format);
  Object.assign(persist, { readMs: restored.readMs, parseMs: restored.parseMs });
  let parsed = restored.value;
  restored.value = null;
  engine = new search.EmbeddedSearchEngine();
  t = performance.now();
  await engine.configureIndex(settings);
  await engine.importIndex(INDEX, parsed);
  persist.importMs = performance.now() - t;
  parsed = null;
  const importedCount = await engine.count(INDEX);
  let same = 0;
  for (let i = 0; i < probe.length; i++) {
    if ((await engine.search(INDEX, { query: probe[i].text, limit: 20 })).hits.map((h) => h.id).join() === probeBefore[i]) same++;
  }
  const imported = memory();
  const saveMs = persist.exportMs + persist.stringifyMs + persist.writeMs;
  const loadMs = persist.readMs + persist.parseMs + persist.importMs;

  // --- Concept tagging (the API's rebuild tags every document with ConceptIndex.extract) --------------
  const tagN = Math.min(docs.length, tagSample);
  let found = 0;
  const foundByLanguage = { fr: [0, 0], ar: [0, 0], en: [0, 0] };
  t = performance.now();
  for (let i = 0; i < tagN; i++) {
    const d = docs[i];
    const codes = [...new Set(conceptIndex.extract([d.title, d.description, d.keywords.join(', ')].join('\n')).map((m) => m.code))];
    const labels = [...new Set(codes.flatMap((c) => conceptIndex.labels(c)))];
    if (labels.length < 0) throw new Error('unreachable');
    const hit = codes.includes(d.concepts[0]);
    found += hit ? 1 : 0;
    foundByLanguage[d.language][0] += hit ? 1 : 0;
    foundByLanguage[d.language][1]++;
  }
  const tagMs = performance.now() - t;
  const tagPerDoc = tagMs / tagN;

  // --- Postgres baseline ---------------------------------------------------------------------------------
  const pgLoad = await pgBase.load(docs);
  const pgRead = await pgBase.readAll();
  const pgRun = await runQueries(queries, warmup, classBudgetMs, (q) => pgBase.search(q));

  // --- Report ----------------------------------------------------------------------------------------
  log(
    `indexing  Postgres ${pgInfo.version} (started in ${secs(pgStart.ms)}): bulk INSERT of ${int(docs.length)} docs (batches of 1,000, tsvector computed in SQL) ${secs(pgLoad.loadMs)} ` +
      `→ ${int((docs.length * 1000) / pgLoad.loadMs)} docs/s, then GIN index + ANALYZE ${secs(pgLoad.indexMs)}; table+indexes ${mb(pgLoad.tableBytes)} (GIN ${mb(pgLoad.ginBytes)})`,
  );
  log(
    `  tsvector: '${TS_CONFIG}' over title (A), keywords + conceptLabels (B), description (C); unaccent ${pgInfo.unaccent ? 'IS available in this embedded build (CREATE EXTENSION works) but not used, per the brief' : pgInfo.unaccentListed ? 'listed but not usable' : 'not available'}; ` +
      `pg_trgm ${pgInfo.pgTrgm ? 'available (not used)' : 'not available'}; queries: websearch_to_tsquery + ts_rank, LIMIT 20, count(*) OVER () for the total; faceted: one CTE + GROUP BY per facet; api: + ts_headline`,
  );
  const rebuildMs = pgRead.ms + tagPerDoc * docs.length + indexMs;
  log('rebuild vs persist (embedded index):');
  log(
    `  rebuild from Postgres ≈ ${secs(rebuildMs)} = read ${int(pgRead.rows)} rows by pages of 500 ${secs(pgRead.ms)} + concept tagging ${secs(tagPerDoc * docs.length)} ` +
      `(ConceptIndex.extract + labels, ${ms(tagPerDoc)} ms/doc measured on ${int(tagN)} docs${tagN < docs.length ? ', extrapolated' : ''}) + upserts ${secs(indexMs)}` +
      ` (the API's reindex also builds entities through TypeORM: this is a lower bound)`,
  );
  log(
    persist.format === 'json'
      ? `  persist: exportIndex ${secs(persist.exportMs)} + JSON.stringify ${secs(persist.stringifyMs)} + write ${secs(persist.writeMs)} = ${secs(saveMs)}; file ${mb(persist.bytes)}`
      : `  persist: exportIndex ${secs(persist.exportMs)} + ${forcedChunked ? 'chunked JSON forced (--chunked)' : 'one JSON string is impossible at this size (≈6 KB/doc > V8\'s ~512 MB string limit; at 100k JSON.stringify threw after 28 s)'}, ` +
        `so chunked JSON (one line per subtree) stringify+write ${secs(persist.writeMs)} = ${secs(saveMs)}; file ${mb(persist.bytes)}`,
  );
  log(
    `  restore: read ${secs(persist.readMs)} + JSON.parse${persist.format === 'json' ? '' : ' (per line)'} ${secs(persist.parseMs)} + importIndex ${secs(persist.importMs)} = ${secs(loadMs)} ` +
      `(${(rebuildMs / loadMs).toFixed(1)}× quicker than a rebuild); count after import ${int(importedCount)}, identical top 20 on ${same}/${probe.length} probe queries; ` +
      `memory after import: RSS ${mb(imported.rss)}, heap ${mb(imported.heapUsed)} (before import, engine closed: RSS ${mb(freed.rss)}, heap ${mb(freed.heapUsed)})`,
  );
  log(
    `  tagger check: ConceptIndex.extract finds the document's main topic concept in ${share(found, tagN)} of documents ` +
      `(fr ${share(...foundByLanguage.fr)}, ar ${share(...foundByLanguage.ar)}, en ${share(...foundByLanguage.en)}); the benchmark's documents carry the generator's concepts, not the tagger's`,
  );

  const recall = (run, cls) => {
    const values = run[cls].results.map(({ q, ids }) => {
      const relevant = new Set(q.relevant.filter((i) => i < docs.length));
      if (!relevant.size) return null;
      const hits = ids.filter((id) => relevant.has(idIndex.get(id))).length;
      return hits / Math.min(20, relevant.size);
    }).filter((v) => v !== null);
    return mean(values);
  };
  const rows = CLASSES.map((cls) => {
    const e = latencySummary(embeddedRun[cls].latencies);
    const p = latencySummary(pgRun[cls].latencies);
    const recallCells = RECALL_CLASSES.includes(cls) ? [pct(recall(embeddedRun, cls)), pct(recall(pgRun, cls))] : ['', ''];
    return [
      cls === 'api' ? 'faceted+highlight' : cls,
      `${e.n}${embeddedRun[cls].cut ? '*' : ''}/${p.n}${pgRun[cls].cut ? '*' : ''}`,
      ms(e.p50), ms(e.p95), ms(e.p99), int(e.qps),
      ms(p.p50), ms(p.p95), ms(p.p99), int(p.qps),
      `${(p.p95 / e.p95).toFixed(1)}×`,
      ...recallCells,
      `${int(mean(embeddedRun[cls].results.map((r) => r.total)))} / ${int(mean(pgRun[cls].results.map((r) => r.total)))}`,
    ];
  });
  // Pooled over the same queries for both engines: per class, the first min(n emb, n pg) queries
  // (a class cut short by its time budget must not tilt the mix).
  const common = (cls) => Math.min(embeddedRun[cls].latencies.length, pgRun[cls].latencies.length);
  const pooledE = latencySummary(CORE_CLASSES.flatMap((c) => embeddedRun[c].latencies.slice(0, common(c))));
  const pooledP = latencySummary(CORE_CLASSES.flatMap((c) => pgRun[c].latencies.slice(0, common(c))));
  rows.push(['5 classes, same queries', `${pooledE.n}/${pooledP.n}`, ms(pooledE.p50), ms(pooledE.p95), ms(pooledE.p99), int(pooledE.qps), ms(pooledP.p50), ms(pooledP.p95), ms(pooledP.p99), int(pooledP.qps), `${(pooledP.p95 / pooledE.p95).toFixed(1)}×`, '', '', '']);
  log(`queries (sequential, limit 20, ${warmup} warm-up queries per class first; latency in ms; recall@20 = |relevant ∩ top 20| / min(20, |relevant|)):`);
  log(
    table(
      ['class', 'n emb/pg', 'emb p50', 'p95', 'p99', 'q/s', 'pg p50', 'p95', 'p99', 'q/s', 'pg/emb p95', 'recall emb', 'recall pg', 'mean total emb / pg'],
      rows,
    ),
  );
  if (CLASSES.some((c) => embeddedRun[c].cut || pgRun[c].cut)) log(`  * class stopped at its ${secs(classBudgetMs)} time budget before all ${perClass} queries ran`);
  log(
    '  single: one-word concept label (fr/ar/en); multi: multi-word label or label + qualifier; typo: one edit on a 5+ letter word of a fr/en label; ' +
      'crossLingual: Arabic label of a concept with only fr/en documents, or fr/en label of one with only Arabic documents; ' +
      "faceted: + the API's visibility filter for a random member organisation (± sector, TRL range) + facets sector, city, trlCurrent, language, concepts; " +
      'faceted+highlight: as the API calls it (highlights on title, description, keywords; ts_headline in Postgres).',
  );
  const ratio = pooledP.p95 / pooledE.p95;
  const summary =
    `${int(docs.length)} docs: embedded p95 ${ms(pooledE.p95)} ms vs Postgres p95 ${ms(pooledP.p95)} ms (${ratio >= 1 ? `${ratio.toFixed(1)}× faster` : `${(1 / ratio).toFixed(1)}× slower`}), ` +
    `recall typo ${pct(recall(embeddedRun, 'typo'))} vs ${pct(recall(pgRun, 'typo'))}, cross-lingual ${pct(recall(embeddedRun, 'crossLingual'))} vs ${pct(recall(pgRun, 'crossLingual'))}` +
    ` | index ${int((indexed * 1000) / indexMs)} docs/s, heap +${mb(after.heapUsed - before.heapUsed)}, rebuild ≈ ${secs(rebuildMs)} vs restore ${secs(loadMs)} (save ${secs(saveMs)})` +
    (truncated ? ` [only ${int(indexed)} of ${int(size)} indexed within the budget]` : '') +
    (CORE_CLASSES.some((c) => embeddedRun[c].cut) ? ` [embedded: ${Math.min(...CORE_CLASSES.map((c) => embeddedRun[c].results.length))}–${Math.max(...CORE_CLASSES.map((c) => embeddedRun[c].results.length))} queries per class within the ${secs(classBudgetMs)} class budget]` : '');
  log(`summary: ${summary}`);
  console.log(`@@SUMMARY ${summary}`);
}

/**
 * Sequential queries per class: warm-up first (at most `warmup` queries or 5 s), then measured queries until the list or the class's time budget runs out.
 */
async function runQueries(queries, warmup, budgetMs, fn) {
  const out = {};
  for (const cls of CLASSES) {
    const list = queries[cls];
    const warmStart = performance.now();
    for (const q of list.slice(0, warmup)) {
      await fn(q);
      if (performance.now() - warmStart > Math.min(5000, budgetMs / 4)) break;
    }
    const latencies = [];
    const results = [];
    const started = performance.now();
    for (const q of list.slice(warmup)) {
      const start = performance.now();
      const result = await fn(q);
      latencies.push(performance.now() - start);
      results.push({ q, ids: result.ids, total: result.total });
      if (performance.now() - started > budgetMs) break;
    }
    out[cls] = { latencies, results, cut: results.length < list.length - warmup };
  }
  return out;
}

function countBy(items, key) {
  const counts = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function share(part, whole) {
  return whole ? `${((100 * (part ?? 0)) / whole).toFixed(0)}%` : '–';
}
