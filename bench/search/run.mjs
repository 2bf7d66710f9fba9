// Search benchmark: the embedded engine (EmbeddedSearchEngine) against a Postgres full-text
// baseline configured as a competent user would (postgres-baseline.mjs) and the in-process
// libraries a user would pick instead (MiniSearch, Orama, FlexSearch: libraries.mjs), on the same
// generated need-like and profile-like documents and the same queries, interleaved query by query
// (the order of the engines rotates from one query to the next), in one run per size. Prints
// figures; asserts nothing. Runs on compiled code (npm run build:api, or BENCH_DIST / --dist=DIR:
// a build of your own, `npx tsc -p apps/api/tsconfig.app.json --outDir DIR` with node_modules
// linked beside it).
//
// Usage: node --expose-gc bench/search/run.mjs [sizes=1000,10000,100000] [--queries=250]
//          [--warmup=30] [--index-budget=300] [--class-budget=35] [--tag-sample=20000] [--seed=20261130] [--chunked]
//          [--libraries-max=100000] [--persist-max=100000] [--dist=DIR]
// Each size runs in its own child process (same node flags) so memory figures do not mix.
import { runSizesInChildren } from '../run-sizes.mjs';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng, Thesaurus, buildDocuments, buildExtraQueries, buildOrganisations, buildQueries, buildVocabulary } from './corpus.mjs';
import { LIBRARIES } from './libraries.mjs';
import { readSnapshot, writeSnapshot } from './persist.mjs';
import { LONG_QUERY_WORDS, PostgresBaseline, TS_CONFIGS, TYPO_PATH_BELOW } from './postgres-baseline.mjs';
import { gcAvailable, int, latencySummary, mb, mean, memory, ms, pct, secs, table, timed } from './stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const distArg = args.find((a) => a.startsWith('--dist='));
const dist = resolve(distArg ? distArg.slice('--dist='.length) : process.env.BENCH_DIST || join(root, 'dist'));
const option = (name, fallback) => {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const positional = args.filter((a) => !a.startsWith('--'));
const CLASSES = ['single', 'multi', 'typo', 'typoFirst', 'typoArabic', 'crossLingual', 'long', 'browse', 'faceted', 'api'];
const CORE_CLASSES = CLASSES; // every class is pooled in the headline p95
const RECALL_CLASSES = ['single', 'typo', 'typoFirst', 'typoArabic', 'crossLingual', 'long'];
const CLASS_LABEL = { api: 'faceted+highlight' };
const PRODUCT = 'product';
const POSTGRES = 'Postgres';
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
      console.error(`${join(dist, file)} is missing: run \`npm run build:api\` first (npm run bench:search does), or pass BENCH_DIST / --dist.`);
      process.exit(1);
    }
  }
  console.log(`Search benchmark — sizes ${sizes.map(int).join(', ')}; node ${process.version}; flags: ${process.execArgv.join(' ') || '(none)'}; code from ${dist}`);
  console.log(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (${cpus().length} cores)`);
  if (!gcAvailable) console.log('(no --expose-gc: memory figures are taken without a forced GC and are noisier)');
  const summaries = await runSizesInChildren({ script: fileURLToPath(import.meta.url), sizes, nodeFlags: process.execArgv, args });
  console.log('\n=== Summary ===');
  for (const line of summaries) console.log(line);
  console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log('Targets (issue 13, not asserted): at 100k documents, product p95 (every class pooled) ≤ 15 ms and ≥ 5× faster than the fair Postgres baseline; cross-lingual recall ≥ Postgres.');
}

// ------------------------------------------------------------------------------------------------
async function child(size) {
  const perClass = option('queries', 250);
  const warmup = option('warmup', 30);
  const indexBudgetMs = option('index-budget', 300) * 1000;
  const classBudgetMs = option('class-budget', 35) * 1000;
  const tagSample = option('tag-sample', 20000);
  const seed = option('seed', 20261130);
  const librariesMax = option('libraries-max', 100000);
  const persistMax = option('persist-max', 100000);
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
    await runSize(size, { perClass, warmup, indexBudgetMs, classBudgetMs, tagSample, seed, librariesMax, persistMax, log, cleanups });
  } catch (error) {
    console.error(error?.stack ?? error);
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
  process.exit(process.exitCode ?? 0);
}

async function runSize(size, { perClass, warmup, indexBudgetMs, classBudgetMs, tagSample, seed, librariesMax, persistMax, log, cleanups }) {
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
    const queries = {
      ...buildQueries(perClass + warmup, vocab, thesaurus, about, orgs, new Rng(seed + 7 * size)),
      ...buildExtraQueries(perClass + warmup, vocab, thesaurus, about, orgs, new Rng(seed + 11 * size)),
    };
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
  log(
    `  typo on the first letter "${queries.typoFirst[0]?.text}" (${queries.typoFirst[0]?.original}), Arabic typo "${queries.typoArabic[0]?.text}" (${queries.typoArabic[0]?.original}), ` +
      `long: ${int(mean(queries.long.map((q) => q.text.split(/\s+/).length)))} words on average, e.g. "${queries.long[0].text.slice(0, 100)}…"`,
  );

  // --- Embedded Postgres: started now, idle until its turn -----------------------------------------
  const pgBase = new PostgresBaseline(embeddedPg, log);
  cleanups.push(async () => {
    await pgBase.stop();
    if (pgBase.dir) rmSync(pgBase.dir, { recursive: true, force: true });
  });
  const pgStart = await timed(() => pgBase.start());
  const pgInfo = pgStart.value;

  // --- Indexing, one engine after the other, memory by before/after with forced GC -----------------
  const engines = [];
  const product = await buildProduct(search, settings, documents, indexBudgetMs, log);
  cleanups.push(() => product.engine?.close());
  engines.push(product.adapter);
  const docs = product.docs;
  const builds = { [PRODUCT]: product.build };
  if (docs.length <= librariesMax) {
    for (const Library of LIBRARIES) {
      const library = new Library();
      builds[library.name] = await measureBuild(() => library.build(docs));
      engines.push(library);
      log(`indexing  ${library.name}: ${int(docs.length)} docs in ${secs(builds[library.name].ms)} → ${int((docs.length * 1000) / builds[library.name].ms)} docs/s (${library.settings})`);
    }
  } else {
    log(`libraries: skipped: ${int(docs.length)} documents is above --libraries-max=${int(librariesMax)} (at 100k Orama's queries already take seconds; memory and time at this size would crowd out the run)`);
  }
  const pgLoad = await pgBase.load(docs);
  engines.push({ name: POSTGRES, search: (q) => pgBase.search(q) });
  logPostgres(log, pgInfo, pgStart.ms, pgLoad, docs.length, pgBase.wordCount);
  logMemory(log, builds);

  // --- Queries: every engine answers each query before the next one, in rotating order ---------------
  const runs = await runInterleaved(queries, engines, warmup, classBudgetMs);
  const idIndex = new Map(docs.map((d, i) => [d.id, i]));
  report(log, { runs, engines, docs, idIndex, perClass, classBudgetMs, builds, size, product });

  // --- Persist vs rebuild, concept tagging (product only) ---------------------------------------------
  if (docs.length <= persistMax) {
    await persistAndTagging({ search, settings, product, docs, conceptIndex, pgBase, tagSample, queries, warmup, cleanups, log });
  } else {
    log(`persist vs rebuild: skipped: ${int(docs.length)} documents is above --persist-max=${int(persistMax)} (chunked JSON of several GB; bench:restart measures the binary snapshot)`);
  }
}

/** The embedded engine, upserts of 1,000 until the documents or the index budget run out. */
async function buildProduct(search, settings, documents, indexBudgetMs, log) {
  const engine = new search.EmbeddedSearchEngine();
  const batchMs = [];
  let indexed = 0;
  const build = await measureBuild(async () => {
    await engine.configureIndex(settings);
    const indexStart = performance.now();
    for (let i = 0; i < documents.length; i += 1000) {
      const t = performance.now();
      await engine.upsert(INDEX, documents.slice(i, i + 1000));
      batchMs.push(performance.now() - t);
      indexed = Math.min(documents.length, i + 1000);
      if (performance.now() - indexStart > indexBudgetMs && indexed < documents.length) break;
    }
  });
  const truncated = indexed < documents.length;
  const docs = truncated ? documents.slice(0, indexed) : documents;
  const count = await engine.count(INDEX);
  log(
    `indexing  product (embedded engine): ${int(indexed)} docs in ${secs(build.ms)} → ${int((indexed * 1000) / build.ms)} docs/s (upserts of 1,000; first batch ${ms(batchMs[0])} ms, ` +
      `last ${ms(batchMs[batchMs.length - 1])} ms, slowest ${ms(Math.max(...batchMs))} ms); count() = ${int(count)}`,
  );
  if (truncated) log(`  !! indexing stopped after the ${secs(indexBudgetMs)} budget: ${int(indexed)} of ${int(documents.length)} documents indexed; everything below uses those ${int(indexed)} documents in every engine`);
  const adapter = {
    name: PRODUCT,
    search: async (q) => {
      const result = await engine.search(INDEX, { query: q.text, filter: q.filter, facets: q.facets, highlight: q.highlight, sort: q.sort, limit: 20 });
      return { ids: result.hits.map((h) => h.id), total: result.total };
    },
  };
  return { engine, adapter, docs, build, batchMs, indexed, truncated };
}

/** Time and memory of building one index: process.memoryUsage() before and after, each after two forced GCs. */
async function measureBuild(fn) {
  const before = memory();
  const t = performance.now();
  await fn();
  const elapsed = performance.now() - t;
  const after = memory();
  return { ms: elapsed, before, after };
}

/** A memory delta of a build, signed, in MB. */
function delta(build, key) {
  const bytes = build.after[key] - build.before[key];
  return `${bytes < 0 ? '−' : '+'}${mb(Math.abs(bytes))}`;
}

function logMemory(log, builds) {
  log(
    `memory of each index (${gcAvailable ? 'process.memoryUsage() before and after building it, both after two forced GCs (--expose-gc)' : 'no --expose-gc: without forced GC, noisy'}; ` +
      'the indexes are built one after the other in this process and all stay in memory, so each delta is that index alone; the corpus and queries were in memory before the first):',
  );
  const rows = Object.entries(builds).map(([name, b]) => [
    name,
    delta(b, 'rss'),
    delta(b, 'heapUsed'),
    delta(b, 'arrayBuffers'),
    `${mb(b.after.rss)} / ${mb(b.after.heapUsed)} / ${mb(b.after.arrayBuffers)}`,
  ]);
  log(table(['engine', 'RSS', 'heapUsed', 'arrayBuffers', 'process after (RSS / heap / arrayBuffers)'], rows));
  log('  Postgres: its own server process; see table + index sizes above.');
}

function logPostgres(log, pgInfo, startMs, pgLoad, n, wordCount) {
  log(
    `indexing  Postgres ${pgInfo.version} (started in ${secs(startMs)}): bulk INSERT of ${int(n)} docs (batches of 1,000, tsvector computed in SQL) ${secs(pgLoad.loadMs)} ` +
      `→ ${int((n * 1000) / pgLoad.loadMs)} docs/s, GIN + b-tree indexes + ANALYZE ${secs(pgLoad.indexMs)}, words table (${int(wordCount ?? 0)} distinct words) + trigram GIN ${secs(pgLoad.wordsMs)}; ` +
      `total ${secs(pgLoad.loadMs + pgLoad.indexMs + pgLoad.wordsMs)}; table+indexes ${mb(pgLoad.tableBytes)} (GIN ${mb(pgLoad.ginBytes)}), words ${mb(pgLoad.wordsBytes)}`,
  );
  log(
    `  configurations available: ${pgInfo.configs.join(' ')}; unaccent ${pgInfo.unaccent ? 'used' : 'NOT available'}, pg_trgm ${pgInfo.pgTrgm ? 'used' : 'NOT available'}. ` +
      `tsvector: title (A), keywords (B), description (C) in the document's language (${Object.values(TS_CONFIGS).join(', ')}: snowball + unaccent), concept labels (B) in all three, organisation name (D, simple); ` +
      `query: websearch_to_tsquery in the three configurations OR-ed, ts_rank_cd, LIMIT 20, count(*) OVER () for the total; more than ${LONG_QUERY_WORDS} words (a pasted text): OR of its words in the text's configuration (Arabic script, else French vs English function words); ` +
      `fewer than ${TYPO_PATH_BELOW} hits: each word + its 3 nearest corpus words (pg_trgm %, trigram GIN on the words table) AND-ed, kept if it finds more; ` +
      'browse: filter + ORDER BY created_at DESC; facets: one CTE + GROUP BY per facet; faceted+highlight: + ts_headline in the document\'s configuration',
  );
}

/**
 * Per class: warm-up (each engine on the first `warmup` queries, at most 5 s per engine), then the
 * measured queries, each answered by every engine still in the class before the next query, the
 * order rotating per query. An engine leaves the class once its own time in the class passes the
 * budget (the others go on), so a slow engine answers fewer queries, never different ones.
 */
async function runInterleaved(queries, engines, warmup, budgetMs) {
  const runs = Object.fromEntries(engines.map((e) => [e.name, {}]));
  for (const cls of CLASSES) {
    const list = queries[cls];
    for (const engine of engines) {
      const warmStart = performance.now();
      for (const q of list.slice(0, warmup)) {
        await engine.search(q);
        if (performance.now() - warmStart > Math.min(5000, budgetMs / 4)) break;
      }
      runs[engine.name][cls] = { latencies: [], results: [], spent: 0, cut: false };
    }
    const measured = list.slice(warmup);
    for (let i = 0; i < measured.length; i++) {
      const active = engines.filter((e) => !runs[e.name][cls].cut);
      if (!active.length) break;
      for (let k = 0; k < active.length; k++) {
        const engine = active[(i + k) % active.length];
        const run = runs[engine.name][cls];
        const start = performance.now();
        const result = await engine.search(measured[i]);
        const elapsed = performance.now() - start;
        run.latencies.push(elapsed);
        run.results.push({ q: measured[i], ids: result.ids, total: result.total, path: result.path });
        run.spent += elapsed;
        if (run.spent > budgetMs && i < measured.length - 1) run.cut = true;
      }
    }
  }
  return runs;
}

function recallOf(run, docs, idIndex) {
  const values = run.results
    .map(({ q, ids }) => {
      const relevant = new Set(q.relevant.filter((i) => i < docs.length));
      if (!relevant.size) return null;
      return ids.filter((id) => relevant.has(idIndex.get(id))).length / Math.min(20, relevant.size);
    })
    .filter((v) => v !== null);
  return mean(values);
}

/** Latencies of `name` over the first n queries of each class, n = the number both engines answered. */
function pooled(runs, name, other) {
  return latencySummary(CORE_CLASSES.flatMap((c) => runs[name][c].latencies.slice(0, Math.min(runs[name][c].latencies.length, runs[other][c].latencies.length))));
}

function report(log, { runs, engines, docs, idIndex, classBudgetMs, builds, size }) {
  const names = engines.map((e) => e.name);
  const recall = (name, cls) => (RECALL_CLASSES.includes(cls) ? recallOf(runs[name][cls], docs, idIndex) : NaN);
  log(`queries (interleaved, limit 20, warm-up first; latency in ms; recall@20 = |relevant ∩ top 20| / min(20, |relevant|)):`);
  const rows = [];
  for (const cls of CLASSES) {
    for (const name of names) {
      const run = runs[name][cls];
      const l = latencySummary(run.latencies);
      const paths = name === POSTGRES ? countPaths(run.results) : '';
      rows.push([CLASS_LABEL[cls] ?? cls, name, `${l.n}${run.cut ? '*' : ''}`, ms(l.p50), ms(l.p95), ms(l.p99), int(l.qps), pct(recall(name, cls)), int(mean(run.results.map((r) => r.total))), paths]);
    }
  }
  log(table(['class', 'engine', 'n', 'p50', 'p95', 'p99', 'q/s', 'recall@20', 'mean total', 'Postgres path'], rows));
  log(`  * engine left the class at its ${secs(classBudgetMs)} budget (fewer queries, the same first ones)`);
  log(
    '  single: one-word concept label (fr/ar/en); multi: multi-word label or label + qualifier; typo: one edit after the first letter of a 5+ letter word of a fr/en label; ' +
      'typoFirst: one edit on the first letter (delete, substitute, swap with the second); typoArabic: one edit after the first letter of a 4+ letter word of an Arabic label; ' +
      'crossLingual: Arabic label of a concept with only fr/en documents, or fr/en label of one with only Arabic documents; long: a pasted need text of 100–300 words about a concept; ' +
      "browse: no text, the API's visibility filter (± sector, TRL range), the API's 7 facets, newest first; " +
      "faceted: a label + the visibility filter + facets sector, city, trlCurrent, language, concepts; faceted+highlight: as the API calls it (highlights on title, description, keywords; ts_headline in Postgres; none for the libraries).",
  );
  const pp = pooled(runs, PRODUCT, POSTGRES);
  const pg = pooled(runs, POSTGRES, PRODUCT);
  const summaryRows = names.map((name) => {
    const other = name === PRODUCT ? POSTGRES : PRODUCT;
    const mine = pooled(runs, name, other);
    const productSame = pooled(runs, PRODUCT, name);
    const b = builds[name];
    return [
      name, mine.n, ms(mine.p50), ms(mine.p95), ms(mine.p99),
      name === PRODUCT ? '1.0×' : `${(mine.p95 / productSame.p95).toFixed(1)}×`,
      ...RECALL_CLASSES.filter((c) => c !== 'single').map((c) => pct(recall(name, c))),
      b ? secs(b.ms) : 'see above',
      b ? `${delta(b, 'rss')} / ${delta(b, 'heapUsed')} / ${delta(b, 'arrayBuffers')}` : 'own process',
    ];
  });
  log('summary: every class pooled (per class the queries both this engine and the product answered — Postgres compared with the product the same way):');
  log(table(['engine', 'n', 'p50', 'p95', 'p99', 'p95 / product', 'typo', 'typoFirst', 'typoArabic', 'crossLingual', 'long', 'index time', 'memory +RSS / +heap / +arrayBuffers'], summaryRows));
  const ratio = pg.p95 / pp.p95;
  const libs = names.filter((n) => n !== PRODUCT && n !== POSTGRES).map((n) => `${n} ${ms(pooled(runs, n, PRODUCT).p95)}`).join(', ');
  const summary =
    `${int(docs.length)} docs: product p95 ${ms(pp.p95)} ms vs Postgres (fair) ${ms(pg.p95)} ms (${ratio >= 1 ? `${ratio.toFixed(1)}× faster` : `${(1 / ratio).toFixed(1)}× slower`}), every class pooled; ` +
    `recall cross-lingual ${pct(recall(PRODUCT, 'crossLingual'))} vs ${pct(recall(POSTGRES, 'crossLingual'))}, typo ${pct(recall(PRODUCT, 'typo'))} vs ${pct(recall(POSTGRES, 'typo'))}, ` +
    `typoFirst ${pct(recall(PRODUCT, 'typoFirst'))} vs ${pct(recall(POSTGRES, 'typoFirst'))}, typoArabic ${pct(recall(PRODUCT, 'typoArabic'))} vs ${pct(recall(POSTGRES, 'typoArabic'))}` +
    (libs ? ` | libraries p95: ${libs} ms` : ' | libraries skipped') +
    ` | load ${loadavg().map((x) => x.toFixed(1)).join(' ')}` +
    (docs.length < size ? ` [only ${int(docs.length)} of ${int(size)} indexed within the budget]` : '');
  log(`summary: ${summary}`);
  logCrossLingualMisses(log, runs, docs, idIndex);
  console.log(`@@SUMMARY ${summary}`);
}

/**
 * Why the product misses relevant documents on cross-lingual queries: per distinct query, the
 * product's and Postgres's recall, and the product's best-ranked non-relevant hit (what outranked
 * the relevant documents).
 */
function logCrossLingualMisses(log, runs, docs, idIndex) {
  const product = runs[PRODUCT].crossLingual.results;
  const postgres = runs[POSTGRES].crossLingual.results;
  const byText = new Map();
  for (let i = 0; i < Math.min(product.length, postgres.length); i++) {
    const { q, ids } = product[i];
    const relevant = new Set(q.relevant.filter((r) => r < docs.length));
    if (!relevant.size || byText.has(q.text)) continue;
    const recall = (list) => list.filter((id) => relevant.has(idIndex.get(id))).length / Math.min(20, relevant.size);
    const intruder = ids.find((id) => !relevant.has(idIndex.get(id)));
    byText.set(q.text, { q, product: recall(ids), postgres: recall(postgres[i].ids), intruder: intruder ? docs[idIndex.get(intruder)] : null, relevant: relevant.size });
  }
  const misses = [...byText.values()].filter((m) => m.product < 1).sort((a, b) => a.product - b.product).slice(0, 8);
  if (!misses.length) return;
  log(`cross-lingual queries where the product misses relevant documents (${misses.length} of ${byText.size} distinct queries shown; recall product / Postgres; the product's first non-relevant hit):`);
  for (const m of misses) {
    const d = m.intruder;
    log(
      `  "${m.q.text}" (${m.q.language}, ${m.relevant} relevant): ${pct(m.product)} / ${pct(m.postgres)}` +
        (d ? ` — [${d.language}] "${d.title.slice(0, 70)}" keywords ${JSON.stringify(d.keywords)} concepts ${d.concepts.join(',')}` : ''),
    );
  }
}

function countPaths(results) {
  const counts = countBy(results, (r) => r.path ?? 'fts');
  return Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ');
}

/** Export / write / read / import of the product's index against a rebuild, and the tagger check (the figures the README had before). */
async function persistAndTagging({ search, settings, product, docs, conceptIndex, pgBase, tagSample, queries, warmup, cleanups, log }) {
  let engine = product.engine;
  const indexMs = product.build.ms;
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
  const tooBig = docs.length * 6000 > 480e6;
  const written = await writeSnapshot(snapshotFile, snapshot, { chunked: forcedChunked || tooBig });
  Object.assign(persist, { format: written.format, stringifyMs: written.stringifyMs, writeMs: written.writeMs, bytes: statSync(snapshotFile).size });
  snapshot = null;
  const probe = queries.single.slice(warmup, warmup + 20);
  const probeBefore = [];
  for (const q of probe) probeBefore.push((await engine.search(INDEX, { query: q.text, limit: 20 })).hits.map((h) => h.id).join());
  await engine.close();
  product.engine = null;
  const freed = memory();
  const restored = await readSnapshot(snapshotFile, persist.format);
  Object.assign(persist, { readMs: restored.readMs, parseMs: restored.parseMs });
  let parsed = restored.value;
  restored.value = null;
  engine = product.engine = new search.EmbeddedSearchEngine();
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

  // Concept tagging (the API's rebuild tags every document with ConceptIndex.extract)
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
  const tagPerDoc = (performance.now() - t) / tagN;
  const pgRead = await pgBase.readAll();
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
      : `  persist: exportIndex ${secs(persist.exportMs)} + ${forcedChunked ? 'chunked JSON forced (--chunked)' : 'one JSON string is impossible at this size (≈6 KB/doc > V8\'s ~512 MB string limit)'}, ` +
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
}

function countBy(items, key) {
  const counts = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function share(part, whole) {
  return whole ? `${((100 * (part ?? 0)) / whole).toFixed(0)}%` : '–';
}
