// Baseline: Postgres full-text search on the same documents, in an embedded Postgres started the
// way the API starts it (startEmbeddedPostgres from dist/).
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const TS_CONFIG = 'simple';

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
  trlCurrent: 'trl_current',
  trlTarget: 'trl_target',
  concepts: 'concepts',
};
const ARRAY_COLUMNS = new Set(['concepts']);

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

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
    this.info = { version: version.server_version, unaccent: unaccentWorks, unaccentListed: available.has('unaccent'), pgTrgm: available.has('pg_trgm') };
    return this.info;
  }

  async load(documents, batchSize = 1000) {
    const c = this.client;
    await c.query(`CREATE TABLE docs (
      id text PRIMARY KEY, title text NOT NULL, description text NOT NULL, keywords text[] NOT NULL,
      concept_labels text[] NOT NULL, concepts text[] NOT NULL, organisation_name text, organisation_id text,
      organisation_kind text, city text, region text, sector text, language text, visibility text, status text,
      anonymous boolean, trl_current int, trl_target int, created_at bigint, updated_at bigint, tsv tsvector NOT NULL)`);
    const cfg = TS_CONFIG;
    const insert = `INSERT INTO docs
      SELECT r.id, r.title, r.description, r.keywords, r."conceptLabels", r.concepts, r."organisationName", r."organisationId",
        r."organisationKind", r.city, r.region, r.sector, r.language, r.visibility, r.status, r.anonymous, r."trlCurrent",
        r."trlTarget", r."createdAt", r."updatedAt",
        setweight(to_tsvector('${cfg}', r.title), 'A') ||
        setweight(to_tsvector('${cfg}', array_to_string(r.keywords, ' ')), 'B') ||
        setweight(to_tsvector('${cfg}', array_to_string(r."conceptLabels", ' ')), 'B') ||
        setweight(to_tsvector('${cfg}', r.description), 'C')
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
    await c.query('ANALYZE docs');
    const indexMs = performance.now() - indexStarted;
    const size = (await c.query("SELECT pg_total_relation_size('docs') AS bytes, pg_relation_size('docs_tsv') AS gin")).rows[0];
    return { loadMs, indexMs, tableBytes: Number(size.bytes), ginBytes: Number(size.gin) };
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

  /** One search like the API's: top 20 by ts_rank with the total; facets and highlights when asked. */
  async search(q) {
    const params = [q.text];
    const where = q.filter ? ` AND ${filterSql(q.filter, params)}` : '';
    const tsq = `websearch_to_tsquery('${TS_CONFIG}', $1)`;
    if (!q.facets) {
      const result = await this.client.query(
        `SELECT id, ts_rank(tsv, q) AS rank, count(*) OVER () AS total FROM docs, ${tsq} AS q WHERE tsv @@ q${where} ORDER BY rank DESC LIMIT 20`,
        params,
      );
      return { ids: result.rows.map((r) => r.id), total: result.rows.length ? Number(result.rows[0].total) : 0 };
    }
    const facetSql = {
      sector: `SELECT 'sector', sector, count(*)::float8 FROM m GROUP BY sector`,
      city: `SELECT 'city', city, count(*)::float8 FROM m GROUP BY city`,
      trlCurrent: `SELECT 'trlCurrent', trl_current::text, count(*)::float8 FROM m GROUP BY trl_current`,
      language: `SELECT 'language', language, count(*)::float8 FROM m GROUP BY language`,
      concepts: `SELECT 'concepts', c, count(*)::float8 FROM m, unnest(m.concepts) AS c GROUP BY c`,
    };
    const sql = `WITH m AS MATERIALIZED (
        SELECT id, sector, city, trl_current, language, concepts, ts_rank(tsv, q) AS rank FROM docs, ${tsq} AS q WHERE tsv @@ q${where})
      SELECT 'hit' AS f, id AS v, rank::float8 AS n FROM (SELECT id, rank FROM m ORDER BY rank DESC LIMIT 20) h
      UNION ALL SELECT 'total', NULL, count(*)::float8 FROM m
      ${q.facets.map((f) => `UNION ALL ${facetSql[f]}`).join('\n      ')}`;
    const result = await this.client.query(sql, params);
    const ids = [];
    let total = 0;
    const facets = {};
    for (const row of result.rows) {
      if (row.f === 'hit') ids.push(row.v);
      else if (row.f === 'total') total = row.n;
      else (facets[row.f] ??= {})[row.v] = row.n;
    }
    if (q.highlight && ids.length) {
      const opts = 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=20, MinWords=5';
      await this.client.query(
        `SELECT id, ts_headline('${TS_CONFIG}', title, q, 'HighlightAll=true, StartSel=<mark>, StopSel=</mark>') AS title,
           ts_headline('${TS_CONFIG}', description, q, '${opts}') AS description,
           ts_headline('${TS_CONFIG}', array_to_string(keywords, ', '), q, 'HighlightAll=true, StartSel=<mark>, StopSel=</mark>') AS keywords
         FROM docs, ${tsq} AS q WHERE id = ANY($2)`,
        [q.text, ids],
      );
    }
    return { ids, total, facets };
  }

  async stop() {
    await this.client?.end().catch(() => undefined);
    this.client = null;
    await this.handle?.stop().catch(() => undefined);
    this.handle = null;
  }
}
