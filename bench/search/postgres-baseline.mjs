// Baseline: Postgres full-text search on the same documents, configured as a competent user would
// (issue 13, item 6), in an embedded Postgres started the way the API starts it:
// - each document's text in its own language's snowball configuration with unaccent (fr_unaccent,
//   en_unaccent, ar_unaccent: COPY of french/english/arabic, word mappings through unaccent then
//   the stemmer); the concept labels (every language) in all three configurations;
// - the query parsed with websearch_to_tsquery in every configuration, OR-ed (the query's language
//   is not known, as in the API); pasted long texts (> LONG_QUERY_WORDS words) as an OR of their
//   words; ranking by ts_rank_cd; one GIN index;
// - a typo path when the full-text query finds fewer than a page of hits: each query word is
//   completed with its nearest words (pg_trgm %, trigram GIN index over a table of the corpus's
//   distinct words, the method of the pg_trgm documentation) and the query run again;
// - browse (no text): the filter, the facets and ORDER BY created_at DESC (the API's sort).
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../free-port.mjs';

/** The three text search configurations, by document language. */
export const TS_CONFIGS = { fr: 'fr_unaccent', en: 'en_unaccent', ar: 'ar_unaccent' };
const SNOWBALL = { fr: ['french', 'french_stem'], en: ['english', 'english_stem'], ar: ['arabic', 'arabic_stem'] };
/** Queries with more words than this are pasted texts: OR of their words instead of AND. */
export const LONG_QUERY_WORDS = 12;
/** The typo path runs when the full-text query finds fewer hits than this (a page). */
export const TYPO_PATH_BELOW = 20;
/** Nearest words tried per query word on the typo path. */
const NEIGHBOURS = 3;

const COLUMNS = {
  id: 'id',
  sector: 'sector',
  language: 'language',
  visibility: 'visibility',
  status: 'status',
  anonymous: 'anonymous',
  organisationId: 'organisation_id',
  organisationKind: 'organisation_kind',
  city: 'city',
  region: 'region',
  createdAt: 'created_at',
  trlCurrent: 'trl_current',
  trlTarget: 'trl_target',
  concepts: 'concepts',
};
const ARRAY_COLUMNS = new Set(['concepts']);

/** The port's Filter as a SQL condition with positional parameters appended to `params`. */
export function filterSql(filter, params) {
  if ('and' in filter) return `(${filter.and.map((f) => filterSql(f, params)).join(' AND ')})`;
  if ('or' in filter) return `(${filter.or.map((f) => filterSql(f, params)).join(' OR ')})`;
  if ('not' in filter) return `(NOT ${filterSql(filter.not, params)})`;
  const column = COLUMNS[filter.field];
  if (!column) throw new Error(`unknown field ${filter.field}`);
  const array = ARRAY_COLUMNS.has(filter.field);
  if ('equals' in filter) {
    params.push(filter.equals);
    return array ? `$${params.length} = ANY(${column})` : `${column} = $${params.length}`;
  }
  if ('in' in filter) {
    params.push(filter.in);
    return array ? `${column} && $${params.length}::text[]` : `${column} = ANY($${params.length})`;
  }
  const parts = [];
  if (filter.gte !== undefined) parts.push(`${column} >= ${(params.push(filter.gte), `$${params.length}`)}`);
  if (filter.lte !== undefined) parts.push(`${column} <= ${(params.push(filter.lte), `$${params.length}`)}`);
  return `(${parts.join(' AND ') || 'TRUE'})`;
}

export class PostgresBaseline {
  constructor(embeddedPostgresModule, log) {
    this.module = embeddedPostgresModule;
    this.log = log;
    this.handle = null;
    this.client = null;
    this.dir = null;
  }

  async start() {
    this.dir = mkdtempSync(join(tmpdir(), 'passerelle-bench-search-pg-'));
    chmodSync(this.dir, 0o755); // as root, Postgres runs as the postgres user and must traverse it
    const port = await freePort();
    this.handle = await this.module.startEmbeddedPostgres({ dataDir: this.dir, port, database: 'bench_search' });
    this.client = new pg.Client({ connectionString: this.handle.url });
    await this.client.connect();
    const [version] = (await this.client.query('SHOW server_version')).rows;
    const ext = await this.client.query("SELECT name, default_version FROM pg_available_extensions WHERE name IN ('unaccent', 'pg_trgm')");
    const available = new Set(ext.rows.map((r) => r.name));
    let unaccentWorks = false;
    if (available.has('unaccent')) {
      try {
        await this.client.query('CREATE EXTENSION IF NOT EXISTS unaccent');
        unaccentWorks = (await this.client.query("SELECT unaccent('séchage') AS v")).rows[0].v === 'sechage';
      } catch (error) {
        this.log(`unaccent listed but not usable: ${error.message}`);
      }
    }
    let trgmWorks = false;
    if (available.has('pg_trgm')) {
      try {
        await this.client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
        trgmWorks = true;
      } catch (error) {
        this.log(`pg_trgm listed but not usable: ${error.message}`);
      }
    }
    const configs = (await this.client.query('SELECT cfgname FROM pg_ts_config ORDER BY cfgname')).rows.map((r) => r.cfgname);
    this.info = { version: version.server_version, unaccent: unaccentWorks, unaccentListed: available.has('unaccent'), pgTrgm: trgmWorks, configs };
    return this.info;
  }

  /** fr_unaccent, en_unaccent, ar_unaccent: the snowball configuration with unaccent before the stemmer. */
  async createConfigurations() {
    const missing = Object.values(SNOWBALL).map(([base]) => base).filter((base) => !this.info.configs.includes(base));
    if (missing.length) throw new Error(`this Postgres has no ${missing.join(', ')} text search configuration`);
    for (const [language, [base, stem]] of Object.entries(SNOWBALL)) {
      const name = TS_CONFIGS[language];
      await this.client.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS ${name}`);
      await this.client.query(`CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = ${base})`);
      if (this.info.unaccent) {
        await this.client.query(`ALTER TEXT SEARCH CONFIGURATION ${name} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${stem}`);
      }
    }
  }

  async load(documents, batchSize = 1000) {
    const c = this.client;
    await this.createConfigurations();
    await c.query(`CREATE TABLE docs (
      id text PRIMARY KEY, title text NOT NULL, description text NOT NULL, keywords text[] NOT NULL,
      concept_labels text[] NOT NULL, concepts text[] NOT NULL, organisation_name text, organisation_id text,
      organisation_kind text, city text, region text, sector text, language text, visibility text, status text,
      anonymous boolean, trl_current int, trl_target int, created_at bigint, updated_at bigint, tsv tsvector NOT NULL)`);
    const cfg = `(CASE r.language WHEN 'ar' THEN '${TS_CONFIGS.ar}' WHEN 'en' THEN '${TS_CONFIGS.en}' ELSE '${TS_CONFIGS.fr}' END)::regconfig`;
    const labels = `array_to_string(r."conceptLabels", ' ')`;
    const insert = `INSERT INTO docs
      SELECT r.id, r.title, r.description, r.keywords, r."conceptLabels", r.concepts, r."organisationName", r."organisationId",
        r."organisationKind", r.city, r.region, r.sector, r.language, r.visibility, r.status, r.anonymous, r."trlCurrent",
        r."trlTarget", r."createdAt", r."updatedAt",
        setweight(to_tsvector(${cfg}, r.title), 'A') ||
        setweight(to_tsvector(${cfg}, array_to_string(r.keywords, ' ')), 'B') ||
        setweight(to_tsvector('${TS_CONFIGS.fr}', ${labels}) || to_tsvector('${TS_CONFIGS.en}', ${labels}) || to_tsvector('${TS_CONFIGS.ar}', ${labels}), 'B') ||
        setweight(to_tsvector(${cfg}, r.description), 'C') ||
        setweight(to_tsvector('simple', coalesce(r."organisationName", '')), 'D')
      FROM jsonb_to_recordset($1::jsonb) AS r(id text, title text, description text, keywords text[], "conceptLabels" text[],
        concepts text[], "organisationName" text, "organisationId" text, "organisationKind" text, city text, region text,
        sector text, language text, visibility text, status text, anonymous boolean, "trlCurrent" int, "trlTarget" int,
        "createdAt" bigint, "updatedAt" bigint)`;
    const started = performance.now();
    for (let i = 0; i < documents.length; i += batchSize) {
      await c.query(insert, [JSON.stringify(documents.slice(i, i + batchSize))]);
    }
    const loadMs = performance.now() - started;
    const indexStarted = performance.now();
    await c.query('CREATE INDEX docs_tsv ON docs USING gin (tsv)');
    await c.query('CREATE INDEX docs_org ON docs (organisation_id)');
    await c.query('CREATE INDEX docs_created ON docs (created_at DESC)');
    await c.query('ANALYZE docs');
    const indexMs = performance.now() - indexStarted;
    const wordsStarted = performance.now();
    if (this.info.pgTrgm && this.info.unaccent) await this.createWordsTable();
    const wordsMs = performance.now() - wordsStarted;
    const size = (await c.query(`SELECT pg_total_relation_size('docs') AS bytes, pg_relation_size('docs_tsv') AS gin,
      ${this.wordCount ? "pg_total_relation_size('words')" : '0'} AS words`)).rows[0];
    return { loadMs, indexMs, wordsMs, tableBytes: Number(size.bytes), ginBytes: Number(size.gin), wordsBytes: Number(size.words) };
  }

  /** The corpus's distinct words (unaccented, lower case, unstemmed) with a trigram GIN index: the typo path's dictionary. */
  async createWordsTable() {
    const c = this.client;
    const text = `coalesce(title, '') || ' ' || array_to_string(keywords, ' ') || ' ' || array_to_string(concept_labels, ' ') || ' ' || description`;
    await c.query(`CREATE TABLE words AS SELECT word, ndoc FROM ts_stat($$SELECT to_tsvector('simple', unaccent(lower(${text}))) FROM docs$$)`);
    await c.query('CREATE INDEX words_trgm ON words USING gin (word gin_trgm_ops)');
    await c.query('ANALYZE words');
    this.wordCount = Number((await c.query('SELECT count(*) AS n FROM words')).rows[0].n);
  }

  /** What a rebuild reads from Postgres: every row, by keyset pages of 500 like ReindexService. */
  async readAll(page = 500) {
    const started = performance.now();
    let after = '';
    let rows = 0;
    for (;;) {
      const result = await this.client.query({
        name: 'read-page',
        text: `SELECT id, title, description, keywords, concept_labels, concepts, organisation_name, organisation_id, organisation_kind,
          city, region, sector, language, visibility, status, anonymous, trl_current, trl_target, created_at, updated_at
          FROM docs WHERE id > $1 ORDER BY id LIMIT $2`,
        values: [after, page],
      });
      if (!result.rows.length) break;
      rows += result.rows.length;
      after = result.rows[result.rows.length - 1].id;
    }
    return { rows, ms: performance.now() - started };
  }

  /**
   * One search like the API's: top 20 with the total; facets and highlights when asked. Returns
   * { ids, total, facets, path } where path says which query ran: fts, typo (the trigram path after
   * too few full-text hits), long (OR of a pasted text's words) or browse.
   */
  async search(q) {
    const words = queryWords(q.text);
    if (!words.length) return this.run(q, null, 'browse');
    if (words.length > LONG_QUERY_WORDS) return this.run(q, { text: orQuery(words.map((w) => [w])), parser: 'to_tsquery', configs: [TS_CONFIGS[guessLanguage(words)]] }, 'long');
    const first = await this.run(q, { text: q.text, parser: 'websearch_to_tsquery' }, 'fts');
    if (first.total >= TYPO_PATH_BELOW || !this.wordCount) return first;
    const groups = await this.neighbours(words);
    if (groups.every((g) => g.length === 1)) return first;
    const second = await this.run(q, { text: andQuery(groups), parser: 'to_tsquery' }, 'typo');
    return second.total > first.total ? second : first;
  }

  /** Per query word: the word and its NEIGHBOURS nearest corpus words by trigram similarity (pg_trgm's % threshold, 0.3). */
  async neighbours(words) {
    const result = await this.client.query({
      name: 'neighbours',
      text: `SELECT t.i, s.word FROM unnest($1::text[]) WITH ORDINALITY AS t(w, i)
        CROSS JOIN LATERAL (SELECT word FROM words WHERE word % unaccent(t.w) ORDER BY similarity(word, unaccent(t.w)) DESC, ndoc DESC LIMIT ${NEIGHBOURS}) s`,
      values: [words],
    });
    const groups = words.map((w) => [w]);
    for (const row of result.rows) {
      const group = groups[Number(row.i) - 1];
      if (!group.includes(row.word)) group.push(row.word);
    }
    return groups;
  }

  /** The tsquery over the configurations (default all three, OR-ed), as SQL, with its text as parameter $1. */
  tsquerySql(parser, configs = Object.values(TS_CONFIGS)) {
    return `(${configs.map((cfg) => `${parser}('${cfg}', $1)`).join(' || ')})`;
  }

  async run(q, text, path) {
    const params = text ? [text.text] : [];
    const where = q.filter ? filterSql(q.filter, params) : 'TRUE';
    const from = text ? `docs, (SELECT ${this.tsquerySql(text.parser, text.configs)} AS q) AS query` : 'docs';
    const match = text ? `tsv @@ q AND ${where}` : where;
    const rank = text ? 'ts_rank_cd(tsv, q)' : '0';
    const order = text ? 'rank DESC' : 'created_at DESC';
    if (!q.facets) {
      const result = await this.client.query(
        `SELECT id, ${rank} AS rank, count(*) OVER () AS total FROM ${from} WHERE ${match} ORDER BY ${order} LIMIT 20`,
        params,
      );
      return { ids: result.rows.map((r) => r.id), total: result.rows.length ? Number(result.rows[0].total) : 0, path };
    }
    const sql = `WITH m AS MATERIALIZED (
        SELECT id, sector, city, region, trl_current, language, organisation_kind, concepts, created_at, ${rank} AS rank FROM ${from} WHERE ${match})
      SELECT 'hit' AS f, id AS v, 0::float8 AS n FROM (SELECT id FROM m ORDER BY ${order} LIMIT 20) h
      UNION ALL SELECT 'total', NULL, count(*)::float8 FROM m
      ${q.facets.map((f) => `UNION ALL ${FACET_SQL[f]}`).join('\n      ')}`;
    const result = await this.client.query(sql, params);
    const ids = [];
    let total = 0;
    const facets = {};
    for (const row of result.rows) {
      if (row.f === 'hit') ids.push(row.v);
      else if (row.f === 'total') total = row.n;
      else (facets[row.f] ??= {})[row.v] = row.n;
    }
    if (q.highlight && ids.length && text) await this.highlight(ids, text);
    return { ids, total, facets, path };
  }

  /** ts_headline on the page's hits, each in its own document's configuration. */
  async highlight(ids, text) {
    const opts = 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=20, MinWords=5';
    const all = 'HighlightAll=true, StartSel=<mark>, StopSel=</mark>';
    const cfg = `(CASE language WHEN 'ar' THEN '${TS_CONFIGS.ar}' WHEN 'en' THEN '${TS_CONFIGS.en}' ELSE '${TS_CONFIGS.fr}' END)::regconfig`;
    await this.client.query(
      `SELECT id, ts_headline(${cfg}, title, q, '${all}') AS title, ts_headline(${cfg}, description, q, '${opts}') AS description,
         ts_headline(${cfg}, array_to_string(keywords, ', '), q, '${all}') AS keywords
       FROM docs, (SELECT ${this.tsquerySql(text.parser, text.configs)} AS q) AS query WHERE id = ANY($2)`,
      [text.text, ids],
    );
  }

  async stop() {
    await this.client?.end().catch(() => undefined);
    this.client = null;
    await this.handle?.stop().catch(() => undefined);
    this.handle = null;
  }
}

const FACET_SQL = {
  sector: `SELECT 'sector', sector, count(*)::float8 FROM m GROUP BY sector`,
  city: `SELECT 'city', city, count(*)::float8 FROM m GROUP BY city`,
  region: `SELECT 'region', region, count(*)::float8 FROM m GROUP BY region`,
  trlCurrent: `SELECT 'trlCurrent', trl_current::text, count(*)::float8 FROM m GROUP BY trl_current`,
  language: `SELECT 'language', language, count(*)::float8 FROM m GROUP BY language`,
  organisationKind: `SELECT 'organisationKind', organisation_kind, count(*)::float8 FROM m GROUP BY organisation_kind`,
  concepts: `SELECT 'concepts', c, count(*)::float8 FROM m, unnest(m.concepts) AS c GROUP BY c`,
};

/** The query's words as the typo path and the OR query use them: lower case, letters and digits only (the configurations unaccent them). */
export function queryWords(text) {
  const words = (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)];
}

const FRENCH_HINTS = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'une', 'nous', 'sur', 'pour', 'avec', 'dans']);
const ENGLISH_HINTS = new Set(['the', 'and', 'of', 'to', 'we', 'on', 'for', 'with', 'in', 'our', 'is', 'are']);

/** A pasted text's language, as a user would guess it: Arabic script, else more French than English function words. */
export function guessLanguage(words) {
  const arabic = words.filter((w) => /\p{Script=Arabic}/u.test(w)).length;
  if (arabic * 2 > words.length) return 'ar';
  const fr = words.filter((w) => FRENCH_HINTS.has(w)).length;
  const en = words.filter((w) => ENGLISH_HINTS.has(w)).length;
  return fr > en ? 'fr' : 'en';
}

/** to_tsquery text: (a | a2 | a3) & (b | b2) … */
function andQuery(groups) {
  return groups.map((g) => `(${g.join(' | ')})`).join(' & ');
}

/** to_tsquery text: a | b | c … */
function orQuery(groups) {
  return groups.map((g) => g.join(' | ')).join(' | ');
}
