// Matching benchmark: the API's proposeMatches path (researcherCandidates through the embedded
// search engine + Matcher.rankResearchers, limit 10) and recommendedNeeds path (needCandidates +
// Matcher.rankNeeds) over generated researcher profiles, against a Postgres full-text baseline
// (ts_rank over the profile text, LIMIT 10) on the same profiles and needs, in one run per size.
// Prints figures; asserts nothing. Runs on compiled code (npm run build:api).
//
// Usage: [BENCH_DIST=/tmp/x] node bench/matching/run.mjs [sizes=1000,10000,100000] [--queries=300]
//          [--warmup=20] [--budget=45] [--seed=20261130] [--heap=12288] [--no-pg]
// BENCH_DIST: a build of your own (`npx tsc -p apps/api/tsconfig.app.json --outDir /tmp/x`) instead of dist/.
// Each size runs in its own child process (node --expose-gc --max-old-space-size=<heap>) so that
// memory figures do not mix. --budget: seconds of measured queries per path at most.
import { runSizesInChildren } from '../run-sizes.mjs';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Thesaurus, buildVocabulary } from '../search/corpus.mjs';
import { PostgresBaseline } from '../search/postgres-baseline.mjs';
import { gcAvailable, int, latencySummary, mb, mean, memory, ms, secs, table, timed } from '../search/stats.mjs';
import { Rng, buildNeeds, buildResearchers } from './corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const dist = resolve(process.env.BENCH_DIST ?? join(root, 'dist'));
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const positional = args.filter((a) => !a.startsWith('--'));
const TARGET_P95_MS = 50;
const TARGET_SIZE = 100_000;
const DIST_FILES = ['libs/text/src/index.js', 'libs/search/src/index.js', 'libs/matching/src/index.js', 'apps/api/src/database/embedded-postgres.js'];

if (args.includes('--child')) await child(option('size', 1000));
else await parent();

// ------------------------------------------------------------------------------------------------
async function parent() {
  const sizes = (positional[0] ?? '1000,10000,100000').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
  for (const file of DIST_FILES) {
    if (!existsSync(join(dist, file))) {
      console.error(`${join(dist, file)} is missing: run \`npm run build:api\` first (npm run bench:matching does).`);
      process.exit(1);
    }
  }
  const heap = option('heap', 12288);
  const flags = ['--expose-gc', `--max-old-space-size=${heap}`];
  console.log(`Matching benchmark — sizes ${sizes.map(int).join(', ')} researcher profiles; node ${process.version}; child flags: ${flags.join(' ')}`);
  console.log(`target: proposeMatches p95 ≤ ${TARGET_P95_MS} ms at ${int(TARGET_SIZE)} profiles`);
  const started = performance.now();
  const summaries = await runSizesInChildren({ script: fileURLToPath(import.meta.url), sizes, nodeFlags: flags, args });
  console.log(`\n=== summary (total ${secs(performance.now() - started)}) ===`);
  for (const line of summaries) console.log(line);
}

// ------------------------------------------------------------------------------------------------
async function child(size) {
  const log = (line) => console.log(line);
  const queries = option('queries', 300);
  const warmup = option('warmup', 20);
  const budgetMs = option('budget', 45) * 1000;
  const seed = option('seed', 20261130);
  const withPg = !args.includes('--no-pg');
  const search = require(join(dist, 'libs/search/src/index.js'));
  const matching = require(join(dist, 'libs/matching/src/index.js'));
  const text = require(join(dist, 'libs/text/src/index.js'));
  const { ConceptCache } = require(join(dist, 'libs/text/src/concepts/concept-source.js'));
  const embeddedPg = require(join(dist, 'apps/api/src/database/embedded-postgres.js'));
  const { ConceptIndex } = text;
  const { Matcher, TextModel, researcherCandidates, needCandidates, researcherDocument, needDocument } = matching;
  const { RESEARCHERS_INDEX, RESEARCHERS_INDEX_SETTINGS, NEEDS_INDEX, NEEDS_INDEX_SETTINGS } = matching;
  const cleanups = [];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await Promise.resolve().then(fn).catch(() => undefined);
  };
  process.on('SIGTERM', () => cleanup().then(() => process.exit(1)));
  process.on('SIGINT', () => cleanup().then(() => process.exit(1)));
  try {
    log(`\n=== ${int(size)} researcher profiles ===`);
    // --- Corpus ---------------------------------------------------------------------------------------
    const { value: concepts, ms: conceptLoadMs } = await timed(() => ConceptIndex.loadDefault());
    const mStart = await memoryDetail();
    const generated = await timed(() => {
      const raw = JSON.parse(readFileSync(join(root, 'libs/text/data/agrovoc-concepts.json'), 'utf8'));
      const thesaurus = new Thesaurus(raw, concepts, text.analyse);
      const rng = new Rng(seed);
      const vocab = buildVocabulary(thesaurus, rng);
      const { researchers, topicsOf } = buildResearchers(size, vocab, thesaurus, new Rng(seed + size));
      const needs = buildNeeds(Math.max(queries, Math.round(size / 10)), vocab, thesaurus, new Rng(seed + 1 + size));
      return { vocab, researchers, topicsOf, needs };
    });
    let { vocab, researchers, topicsOf, needs } = generated.value;
    const share = (list, key) => {
      const counts = {};
      for (const item of list) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
      return ['fr', 'en', 'ar'].map((l) => `${l} ${((100 * (counts[l] ?? 0)) / list.length).toFixed(0)}%`).join(' ');
    };
    const words = (r) => [r.headline, r.expertise, ...r.keywords, ...r.techniques, ...r.equipment, ...r.publications.flatMap((p) => [p.title, p.abstract])].join(' ').split(/\s+/).length;
    log(
      `corpus: ${int(researchers.length)} profiles (${share(researchers, (r) => r.languages[0])}; ~${mean(researchers.slice(0, 2000).map(words)).toFixed(0)} words each incl. ` +
        `${mean(researchers.map((r) => r.publications.length)).toFixed(1)} publications; ${new Set(researchers.map((r) => r.organisationId)).size} labs), ` +
        `${int(needs.length)} needs (${share(needs, (n) => n.language)}); ${vocab.topics.length} domain concepts, ${int(vocab.fillers.fr.length)} filler concepts; ` +
        `generated in ${secs(generated.ms)} (ConceptIndex.loadDefault ${secs(conceptLoadMs)})`,
    );
    const example = researchers.find((r) => r.languages[0] === 'fr');
    log(`  e.g. profile [fr] ${example.headline} — ${example.expertise.slice(0, 150)}…`);
    const exampleNeed = needs.find((n) => n.language === 'ar');
    log(`  e.g. need [ar] ${exampleNeed.title} — ${exampleNeed.description.slice(0, 120)}…`);

    // --- Postgres: started now, loaded and queried at the end ---------------------------------------------
    let pgBase = null;
    let pgStartMs = 0;
    if (withPg) {
      pgBase = new PostgresBaseline(embeddedPg, () => undefined);
      cleanups.push(async () => {
        await pgBase.stop();
        if (pgBase.dir) rmSync(pgBase.dir, { recursive: true, force: true });
      });
      pgStartMs = (await timed(() => pgBase.start())).ms;
    }

    // --- Build ---------------------------------------------------------------------------------------------
    const m0 = memory();
    const docsBuilt = await timed(() => researchers.map((r) => researcherDocument(r, concepts)));
    let engine = search.createSearchEngine({});
    cleanups.push(() => engine.close());
    await engine.configureIndex(RESEARCHERS_INDEX_SETTINGS);
    const upserted = await timed(async () => {
      for (let i = 0; i < docsBuilt.value.length; i += 1000) await engine.upsert(RESEARCHERS_INDEX, docsBuilt.value.slice(i, i + 1000));
    });
    const meanConcepts = mean(docsBuilt.value.slice(0, 5000).map((d) => d.concepts.length));
    docsBuilt.value = null;
    const m1 = memory();
    const matcherBuilt = await timed(() => {
      const matcher = new Matcher([], { concepts });
      for (const r of researchers) matcher.upsertResearcher(r);
      return matcher;
    });
    let matcher = matcherBuilt.value;
    const m2 = memory();
    // Where registration time goes, on a sample: upsertResearcher = TextModel.add + concept extraction (ConceptCache.get).
    let sample = researchers.slice(0, Math.min(2000, researchers.length));
    const textModelAdd = await timed(() => {
      const model = new TextModel();
      for (const r of sample) model.add(r);
    });
    const conceptExtraction = await timed(() => {
      if (typeof ConceptCache !== 'function') return;
      const cache = new ConceptCache(concepts);
      for (const r of sample) {
        cache.get(`researcher:${r.id}`, [r.headline, r.expertise, ...r.keywords, ...r.techniques, ...r.equipment, ...r.publications.map((p) => [p.title, p.abstract].filter(Boolean).join('\n'))]);
      }
    });
    await engine.configureIndex(NEEDS_INDEX_SETTINGS);
    const needsIndexed = await timed(async () => {
      const documents = needs.map((n) => needDocument(n, concepts));
      for (let i = 0; i < documents.length; i += 1000) await engine.upsert(NEEDS_INDEX, documents.slice(i, i + 1000));
    });
    const m3 = memory();
    const buildMs = docsBuilt.ms + upserted.ms + matcherBuilt.ms;
    log('build:');
    log(
      table(
        ['step', 'time', 'per profile', 'heap after', 'RSS after'],
        [
          ['researcherDocument × N (concept tagging + labels)', secs(docsBuilt.ms), `${ms(docsBuilt.ms / size)} ms`, '', ''],
          ['embedded engine upserts (batches of 1,000)', secs(upserted.ms), `${ms(upserted.ms / size)} ms`, `${mb(m1.heapUsed)} (+${mb(m1.heapUsed - m0.heapUsed)})`, `${mb(m1.rss)} (+${mb(m1.rss - m0.rss)})`],
          ['Matcher registration (upsertResearcher × N)', secs(matcherBuilt.ms), `${ms(matcherBuilt.ms / size)} ms`, `${mb(m2.heapUsed)} (+${mb(m2.heapUsed - m1.heapUsed)})`, `${mb(m2.rss)} (+${mb(m2.rss - m1.rss)})`],
          [`  of which TextModel.add (sample ${int(sample.length)})`, '', `${ms(textModelAdd.ms / sample.length)} ms`, '', ''],
          [`  of which concept extraction, ConceptCache.get (sample ${int(sample.length)})`, '', typeof ConceptCache === 'function' ? `${ms(conceptExtraction.ms / sample.length)} ms` : '–', '', ''],
          [`needs index: needDocument + upserts (${int(needs.length)} needs)`, secs(needsIndexed.ms), '', `${mb(m3.heapUsed)}`, `${mb(m3.rss)}`],
          ['total for the researchers (documents + index + Matcher)', secs(buildMs), `${ms(buildMs / size)} ms`, '', ''],
        ],
      ),
    );
    log(`  outside the heap (external + arrayBuffers): after the engine ${mb(m1.external)} (+${mb(m1.external - m0.external)}), after the Matcher ${mb(m2.external)} (+${mb(m2.external - m1.external)})`);
    log(`  ${meanConcepts.toFixed(1)} concepts per profile document; before the build (corpus + libs): heap ${mb(m0.heapUsed)}, RSS ${mb(m0.rss)}${gcAvailable ? ' (memory after forced GC)' : ''}`);

    // --- proposeMatches ------------------------------------------------------------------------------------
    let byId = new Map(researchers.map((r) => [r.id, r]));
    let needById = new Map(needs.map((n) => [n.id, n]));
    let queryNeeds = needs.slice(0, queries);
    const propose = await measure(queryNeeds, warmup, budgetMs, async (need) => {
      const t0 = performance.now();
      const ids = await researcherCandidates(engine, RESEARCHERS_INDEX, need, concepts);
      const t1 = performance.now();
      const matches = matcher.rankResearchers(need, ids.map((id) => byId.get(id)).filter(Boolean), { language: need.language, limit: 10 });
      const t2 = performance.now();
      return { parts: [t1 - t0, t2 - t1], candidates: ids.length, top: matches.map((m) => m.researcherId) };
    });
    // The same needs again: caches are warm (need analyses; the weighted vectors that explain the top results).
    const proposeFn = async (need) => {
      const ids = await researcherCandidates(engine, RESEARCHERS_INDEX, need, concepts);
      const t1 = performance.now();
      matcher.rankResearchers(need, ids.map((id) => byId.get(id)).filter(Boolean), { language: need.language, limit: 10 });
      return { parts: [0, performance.now() - t1], candidates: ids.length, top: [] };
    };
    const repeat = await measure(propose.runs.slice(0, 100).map((r) => r.item), 0, budgetMs / 2, proposeFn);
    const topicPrecision = (runs) => mean(runs.map(({ item, top }) => top.filter((id) => topicsOf.get(id)?.has(item.topic)).length / 10));

    // --- recommendedNeeds ----------------------------------------------------------------------------------
    const step = Math.max(1, Math.floor(researchers.length / queries));
    let queryResearchers = Array.from({ length: Math.min(queries, researchers.length) }, (_, i) => researchers[i * step]);
    const recommend = await measure(queryResearchers, warmup, budgetMs, async (researcher) => {
      const published = { and: [{ not: { field: 'status', equals: 'DRAFT' } }, { field: 'visibility', in: ['PUBLIC', 'MEMBERS'] }] };
      const filter = { or: [{ field: 'organisationId', equals: researcher.organisationId }, published] };
      const t0 = performance.now();
      const ids = await needCandidates(engine, NEEDS_INDEX, researcher, concepts, filter);
      const t1 = performance.now();
      const matches = matcher.rankNeeds(researcher, ids.map((id) => needById.get(id)).filter(Boolean), { language: researcher.languages[0], limit: 10 });
      const t2 = performance.now();
      return { parts: [t1 - t0, t2 - t1], candidates: ids.length, top: matches.map((m) => m.needId) };
    });
    const needTopicPrecision = mean(recommend.runs.map(({ item, top }) => top.filter((id) => topicsOf.get(item.id).has(needById.get(id).topic)).length / 10));
    const m4 = memory();

    // --- Postgres full-text baseline -----------------------------------------------------------------------
    let pg = null;
    if (pgBase) {
      const c = pgBase.client;
      await c.query(`CREATE TABLE researchers (id text PRIMARY KEY, tsv tsvector NOT NULL)`);
      const insert = `INSERT INTO researchers
        SELECT r.id,
          setweight(to_tsvector('simple', r.headline), 'A') ||
          setweight(to_tsvector('simple', array_to_string(r.keywords, ' ') || ' ' || array_to_string(r.techniques, ' ')), 'B') ||
          setweight(to_tsvector('simple', r.expertise || ' ' || r.publications || ' ' || array_to_string(r.equipment, ' ')), 'C')
        FROM jsonb_to_recordset($1::jsonb) AS r(id text, headline text, keywords text[], techniques text[], equipment text[], expertise text, publications text)`;
      const loaded = await timed(async () => {
        for (let i = 0; i < researchers.length; i += 1000) {
          const rows = researchers.slice(i, i + 1000).map((r) => ({
            id: r.id,
            headline: r.headline,
            keywords: r.keywords,
            techniques: r.techniques,
            equipment: r.equipment,
            expertise: r.expertise,
            publications: r.publications.map((p) => `${p.title}. ${p.abstract}`).join(' '),
          }));
          await c.query(insert, [JSON.stringify(rows)]);
        }
        await c.query('CREATE INDEX researchers_tsv ON researchers USING gin (tsv)');
        await c.query('ANALYZE researchers');
      });
      // The need's own words, OR-ed (an AND of a whole description matches nothing); 'simple' config.
      const tsQuery = (need) =>
        [...new Set(`${need.title} ${need.description}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])]
          .filter((w) => w.length > 2 && !text.isStopWord(text.normalise(w)))
          .join(' | ');
      const run = await measure(queryNeeds, warmup, budgetMs, async (need) => {
        const t0 = performance.now();
        const result = await c.query(
          `SELECT id, ts_rank(tsv, q) AS rank FROM researchers, to_tsquery('simple', $1) AS q WHERE tsv @@ q ORDER BY rank DESC, id LIMIT 10`,
          [tsQuery(need)],
        );
        return { parts: [performance.now() - t0], candidates: 0, top: result.rows.map((row) => row.id) };
      });
      pg = { loaded, run, info: pgBase.info };
      await pgBase.stop();
    }

    // --- Report --------------------------------------------------------------------------------------------
    const row = (label, run, part, extra = ['', '']) => {
      const l = latencySummary(part === undefined ? run.totals : run.runs.map((r) => r.parts[part]));
      return [label, `${l.n}${run.cut ? '*' : ''}`, ms(l.p50), ms(l.p95), ms(l.p99), ms(l.max), ...extra];
    };
    const rows = [
      row('proposeMatches (limit 10)', propose, undefined, [mean(propose.runs.map((r) => r.candidates)).toFixed(0), topicPrecision(propose.runs).toFixed(2)]),
      row('  researcherCandidates', propose, 0),
      row('  Matcher.rankResearchers', propose, 1),
      row('  rankResearchers again, same needs (warm caches)', repeat, 1),
      row('recommendedNeeds (limit 10)', recommend, undefined, [mean(recommend.runs.map((r) => r.candidates)).toFixed(0), needTopicPrecision.toFixed(2)]),
      row('  needCandidates', recommend, 0),
      row('  Matcher.rankNeeds', recommend, 1),
    ];
    if (pg) rows.push(row(`Postgres ${pg.info.version} FTS, ts_rank LIMIT 10`, pg.run, undefined, ['–', topicPrecision(pg.run.runs).toFixed(2)]));
    log(`queries (sequential; ${warmup} warm-up first; latency in ms; * = stopped at the ${secs(budgetMs)} budget):`);
    log(table(['path', 'n', 'p50', 'p95', 'p99', 'max', 'candidates', 'on-topic@10'], rows));
    log(
      `  on-topic@10: share of the top 10 that work on the need's main domain concept (generator's ground truth; a proxy, not a judgement). ` +
        `memory after the queries: RSS ${mb(m4.rss)}, heap ${mb(m4.heapUsed)}.`,
    );
    if (pg) {
      log(
        `  Postgres: started in ${secs(pgStartMs)}; loaded ${int(size)} profiles + GIN in ${secs(pg.loaded.ms)}; tsvector 'simple': headline A, keywords+techniques B, ` +
          `expertise+publications+equipment C; query: the need's title+description words OR-ed (to_tsquery), ORDER BY ts_rank LIMIT 10.`,
      );
    }
    const p = latencySummary(propose.totals);
    const r = latencySummary(recommend.totals);
    const pgL = pg ? latencySummary(pg.run.totals) : null;
    const target = size >= TARGET_SIZE ? ` (target ≤ ${TARGET_P95_MS} ms: ${p.p95 <= TARGET_P95_MS ? 'met' : 'NOT met'})` : '';
    const summary =
      `${int(size)} profiles: proposeMatches p50/p95/p99 ${ms(p.p50)}/${ms(p.p95)}/${ms(p.p99)} ms${target}, recommendedNeeds p95 ${ms(r.p95)} ms` +
      (pgL ? `, Postgres FTS p95 ${ms(pgL.p95)} ms` : '') +
      ` | on-topic@10 ${topicPrecision(propose.runs).toFixed(2)}${pg ? ` vs ${topicPrecision(pg.run.runs).toFixed(2)}` : ''}` +
      ` | build ${secs(buildMs)} (Matcher ${secs(matcherBuilt.ms)}), heap ${mb(m3.heapUsed)} (Matcher +${mb(m2.heapUsed - m1.heapUsed)}), RSS ${mb(m4.rss)}`;
    log(`summary: ${summary}`);

    // --- The matcher's state as the API snapshots it (apps/api/src/matching/matcher-snapshots.ts) ------------------
    const { exportMatcherState, importMatcherState } = require(join(dist, 'libs/matching/src/text-model/corpus-snapshot.js'));
    const exported = await timed(() => exportMatcherState(matcher));
    const arrays = ['i32', 'f64', 'u8'].flatMap((kind) => Object.values(exported.value[kind])).reduce((sum, a) => sum + a.byteLength, 0);
    const jsonBytes = Object.values(exported.value.json).reduce((sum, value) => sum + Buffer.byteLength(JSON.stringify(value)), 0);
    const restoredMs = (await timed(() => importMatcherState(exported.value, { concepts }))).ms;
    exported.value = null;
    log(
      `matcher state (the sections of the API's matcher snapshot): ${mb(arrays + jsonBytes)} (typed arrays ${mb(arrays)}, JSON ${mb(jsonBytes)}); ` +
        `exported in ${secs(exported.ms)}, restored into a new Matcher in ${secs(restoredMs)}`,
    );

    // --- Where the memory goes: the bench's own records, then the engine, then the Matcher, dropped in turn -------
    const held = await memoryDetail();
    generated.value = null;
    vocab = researchers = topicsOf = needs = byId = needById = sample = queryNeeds = queryResearchers = null;
    propose.runs.length = repeat.runs.length = recommend.runs.length = 0;
    if (pg) pg.run.runs.length = 0;
    const withoutRecords = await memoryDetail();
    await engine.close();
    engine = null;
    const withoutEngine = await memoryDetail();
    matcher = null;
    matcherBuilt.value = null;
    const withoutMatcher = await memoryDetail();
    const minus = (a, b) => [mb(a.rss - b.rss), mb(a.heapUsed - b.heapUsed), mb(a.arrayBuffers - b.arrayBuffers), mb(a.external - a.arrayBuffers - (b.external - b.arrayBuffers))];
    log(`memory breakdown (after forced GC; each part = the drop when it is released, in this order):`);
    log(
      table(
        ['part', 'RSS', 'heap used', 'arrayBuffers', 'other external'],
        [
          ['process after the queries', mb(held.rss), mb(held.heapUsed), mb(held.arrayBuffers), mb(held.external - held.arrayBuffers)],
          ["bench's own records (profiles, needs, maps)", ...minus(held, withoutRecords)],
          ['search engine (researchers + needs indexes)', ...minus(withoutRecords, withoutEngine)],
          ['Matcher (text model, concept stores, caches)', ...minus(withoutEngine, withoutMatcher)],
          ['left: node + libs + thesaurus (+ freed pages not returned)', mb(withoutMatcher.rss), mb(withoutMatcher.heapUsed), mb(withoutMatcher.arrayBuffers), mb(withoutMatcher.external - withoutMatcher.arrayBuffers)],
          ['  at the child start (node + libs)', mb(mStart.rss), mb(mStart.heapUsed), mb(mStart.arrayBuffers), mb(mStart.external - mStart.arrayBuffers)],
        ],
      ),
    );
    const [, matcherHeap, matcherBuffers] = minus(withoutEngine, withoutMatcher);
    const summaryMemory =
      ` | Matcher heap ${matcherHeap} + arrayBuffers ${matcherBuffers}, engine RSS ${minus(withoutRecords, withoutEngine)[0]}, bench records RSS ${minus(held, withoutRecords)[0]}` +
      ` | matcher state ${mb(arrays + jsonBytes)}, restored in ${secs(restoredMs)}`;
    console.log(`@@SUMMARY ${summary}${summaryMemory}`);
  } finally {
    await cleanup();
  }
}

/**
 * process.memoryUsage() after forced GCs (when --expose-gc), with a pause between them: the
 * backing stores of dead ArrayBuffers are released by a background sweeper, after the GC.
 */
async function memoryDetail() {
  if (gcAvailable) {
    globalThis.gc();
    await new Promise((done) => setTimeout(done, 200));
    globalThis.gc();
  }
  return process.memoryUsage();
}

/** Sequential runs: warm-up first (at most `warmup` items or 10 s), then measured runs until the list or the budget runs out. */
async function measure(items, warmup, budgetMs, fn) {
  const warmStart = performance.now();
  for (const item of items.slice(0, warmup)) {
    await fn(item);
    if (performance.now() - warmStart > 10_000) break;
  }
  const runs = [];
  const totals = [];
  const started = performance.now();
  for (const item of items.slice(warmup)) {
    const t = performance.now();
    const result = await fn(item);
    totals.push(performance.now() - t);
    runs.push({ item, ...result });
    if (performance.now() - started > budgetMs) break;
  }
  return { runs, totals, cut: runs.length < items.length - warmup };
}
