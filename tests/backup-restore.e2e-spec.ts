import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { BackupsService } from '../apps/api/src/backups/backups.service';
import { backupDatabase, countRows, RestoreRefusedError } from '../apps/api/src/backups/database-dump';
import { migrationName, migrationsInOrder, restoreBackup } from '../apps/api/src/backups/restore';
import { dataSourceOptions } from '../apps/api/src/database/data-source-options';
import { AuditService } from '../apps/api/src/audit/audit.service';
import { buildWorld, PASSWORD, World } from './support/fixtures';
import { SearchIndexer } from '../apps/api/src/search/search-indexer.service';
import { freePort } from './support/free-port';
import { errorCode, TestApp } from './support/test-app';

const run = promisify(execFile);

/** An empty database of the test Postgres, dropped by the returned function. */
async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.TEST_ADMIN_DATABASE_URL!;
  const name = `passerelle_restore_${randomBytes(5).toString('hex')}`;
  const withAdmin = async (sql: string) => {
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await withAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => withAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function rows(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const SEARCH = `query($q: String!) { searchNeeds(query: $q, first: 50) { total hits { need { id title } } } }`;

describe('backup and restore (real Postgres)', () => {
  let source: TestApp;
  let world: World;
  let dir: string;
  const cleanups: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    source = await TestApp.start();
    world = await buildWorld(source);
    // Matches with their events, and audit entries, to find again after the restore.
    for (const needId of [world.needs.public.id, world.needs.members.id]) {
      const { createMatch } = await source.ok('mutation($input: CreateMatchInput!) { createMatch(input: $input) { id } }', {
        input: { needId, researcherProfileId: world.profiles.researcherMember.id },
      }, { token: world.tokens.staff });
      await source.ok('mutation($id: ID!) { proposeMatch(id: $id) { status } }', { id: createMatch.id }, { token: world.tokens.staff });
    }
    await source.db.transaction((db) =>
      source.app.get(AuditService).record(db, { actorId: world.users.admin.id, action: 'user.role_changed', subjectType: 'user', subjectId: world.users.staff.id, details: { from: 'INDUSTRIAL', to: 'STAFF' } }),
    );
    dir = mkdtempSync(join(tmpdir(), 'passerelle-backup-test-'));
  });
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    await source?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const sourceUrl = () => (source.db.options as { url: string }).url;

  it('backs up while writes run, restores into an empty database: same rows, same search answers, matches and audit log intact', async () => {
    // Writers keep inserting needs (each with an audit entry, in one transaction) while the dump runs (words the searches below do not look for).
    const owner = { id: world.users.industrialOwner.id, organisation_id: world.organisations.owner.id };
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await source.db.transaction(async (db) => {
          const [need] = await db.query(
            `INSERT INTO needs (organisation_id, author_id, title, description, language, sector, keywords, trl_current, trl_target, visibility, status)
             VALUES ($1, $2, $3, 'Écrit pendant la sauvegarde.', 'fr', 'COSMETICS', '{}', 3, 6, 'PUBLIC', 'OPEN') RETURNING id`,
            [owner.organisation_id, owner.id, `Besoin concurrent ${written}`],
          );
          await db.query(`INSERT INTO audit_entries (actor_id, action, subject_type, subject_id) VALUES ($2, 'WRITTEN_DURING_BACKUP', 'NEED', $1)`, [need.id, owner.id]);
        });
        written += 1;
      }
    })();
    while (written < 5) await new Promise((done) => setTimeout(done, 10));
    const { files, manifest } = await backupDatabase(sourceUrl(), join(dir, 'during-writes'));
    writing = false;
    await writer;
    expect(written).toBeGreaterThan(5);

    expect(existsSync(files.dumpFile) && existsSync(files.manifestFile)).toBe(true);
    expect(manifest.schemaVersion).toBe(migrationName(migrationsInOrder().at(-1)!));
    expect(manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.tables.needs).toBeGreaterThan(0);
    expect(manifest.tables.matches).toBeGreaterThan(0);
    expect(manifest.tables.audit_entries).toBeGreaterThan(0);
    const target = await emptyDatabase();
    cleanups.push(target.drop);
    const summary = await restoreBackup(target.url, files.manifestFile);
    expect(summary.migratedAfter).toEqual([]);
    expect(await countRows(target.url)).toEqual(manifest.tables);
    // One snapshot: each need written during the dump came with its audit entry in one transaction; both or neither are in it.
    const [concurrent] = await rows(target.url, `
      SELECT count(*)::int AS needs,
             count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM audit_entries a WHERE a.subject_id = n.id AND a.action = 'WRITTEN_DURING_BACKUP'))::int AS "withoutAudit"
      FROM needs n WHERE title LIKE 'Besoin concurrent %'`) as { needs: number; withoutAudit: number }[];
    expect(concurrent.needs).toBeGreaterThanOrEqual(5);
    expect(concurrent.withoutAudit).toBe(0);
    // The search outbox is not carried over: the indexes are rebuilt from the restored rows.
    expect(manifest.tables.search_outbox).toBeUndefined();

    // Tables nobody wrote meanwhile are identical row by row (the audit log, but for the writers' entries).
    for (const table of ['matches', 'match_events', 'audit_entries', 'users', 'researcher_profiles', 'notifications']) {
      const sql = `SELECT * FROM ${table} ${table === 'audit_entries' ? "WHERE action <> 'WRITTEN_DURING_BACKUP'" : ''} ORDER BY 1`;
      expect(await rows(target.url, sql)).toEqual(await rows(sourceUrl(), sql));
    }

    // The restored platform answers searches like the original (its embedded index is rebuilt from Postgres at start).
    const restored = await TestApp.start({}, { databaseUrl: target.url });
    cleanups.push(() => restored.close());
    await source.app.get(SearchIndexer).drain(); // the source's own index catches up with its outbox
    const [token, restoredToken] = await Promise.all([
      source.login(world.users.staff.email, PASSWORD),
      restored.login(world.users.staff.email, PASSWORD),
    ]);
    for (const q of ['argan', 'huile', 'emballage', 'savon']) {
      const ids = (result: { searchNeeds: { hits: { need: { id: string; title: string } }[] } }) =>
        result.searchNeeds.hits.filter((h) => !h.need.title.startsWith('Besoin concurrent')).map((h) => h.need.id).sort();
      const before = ids(await source.ok(SEARCH, { q }, { token }));
      expect(ids(await restored.ok(SEARCH, { q }, { token: restoredToken }))).toEqual(before);
    }
    expect((await restored.ok(SEARCH, { q: 'argan' }, { token: restoredToken })).searchNeeds.total).toBeGreaterThan(0);
  });

  it('refuses a database that is not empty unless told to replace it, and a damaged dump', async () => {
    const { files, manifest } = await backupDatabase(sourceUrl(), join(dir, 'second'));
    const target = await emptyDatabase();
    cleanups.push(target.drop);
    await restoreBackup(target.url, files.dumpFile);
    await rows(target.url, `DELETE FROM login_attempts`);
    await rows(target.url, `INSERT INTO login_attempts (email, ip, succeeded) VALUES ('marker@example.org', '127.0.0.1', true)`);

    await expect(restoreBackup(target.url, files.dumpFile)).rejects.toThrow(/not empty.*--replace/);
    expect(await rows(target.url, `SELECT email FROM login_attempts`)).toEqual([{ email: 'marker@example.org' }]);

    await restoreBackup(target.url, files.dumpFile, { replace: true });
    expect(await countRows(target.url)).toEqual(manifest.tables);

    const damaged = join(dir, 'damaged');
    const bytes = readFileSync(files.dumpFile);
    bytes[bytes.length - 10] ^= 0xff;
    writeFileSync(`${damaged}.dump`, bytes);
    writeFileSync(`${damaged}.manifest.json`, JSON.stringify({ ...manifest, dumpFile: 'damaged.dump' }));
    const other = await emptyDatabase();
    cleanups.push(other.drop);
    await expect(restoreBackup(other.url, damaged)).rejects.toThrow(RestoreRefusedError);
    await expect(restoreBackup(other.url, damaged)).rejects.toThrow(/does not match its manifest/);
    expect(await countRows(other.url)).toEqual({});
  });

  it('restores a backup taken before the newest migration, then migrates it', async () => {
    const old = await emptyDatabase();
    cleanups.push(old.drop);
    const previous = migrationsInOrder().slice(0, -1);
    const db = new DataSource({ ...dataSourceOptions(old.url), migrations: previous, logging: ['error'] });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    await db.query(
      `INSERT INTO organisations (name, kind, sectors, city, region, membership_status) VALUES ('Ancienne coopérative', 'COOPERATIVE', '{COSMETICS}', 'Agadir', 'Souss-Massa', 'ACTIVE')`,
    );
    await db.query(
      `INSERT INTO users (email, password_hash, full_name, role, organisation_id, preferred_language, status)
       SELECT 'ancien@example.org', 'x', 'Ancien membre', 'INDUSTRIAL', id, 'fr', 'ACTIVE' FROM organisations`,
    );
    await db.destroy();

    const { files, manifest } = await backupDatabase(old.url, join(dir, 'older'));
    expect(manifest.schemaVersion).toBe(migrationName(previous.at(-1)!));

    const target = await emptyDatabase();
    cleanups.push(target.drop);
    const summary = await restoreBackup(target.url, files.manifestFile);
    const newest = migrationName(migrationsInOrder().at(-1)!);
    expect(summary.migratedAfter).toEqual([newest]);
    expect(await rows(target.url, `SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1`)).toEqual([{ name: newest }]);
    expect(await rows(target.url, `SELECT email, full_name FROM users`)).toEqual([{ email: 'ancien@example.org', full_name: 'Ancien membre' }]);
  });

  it('`backup.cli` and `restore.cli` do the same from the command line (DATABASE_URL)', async () => {
    const out = join(dir, 'cli');
    const env = { ...process.env, DATABASE_URL: sourceUrl(), NODE_ENV: 'test', LOG_LEVEL: 'error' };
    const backup = await run(process.execPath, ['-r', './tests/support/register-ts.cjs', 'apps/api/src/backups/backup.cli.ts', '--out', out], { env });
    expect(backup.stdout).toMatch(/Backup written/);
    const manifest = JSON.parse(readFileSync(`${out}.manifest.json`, 'utf8'));

    const target = await emptyDatabase();
    cleanups.push(target.drop);
    const restoreEnv = { ...env, DATABASE_URL: target.url };
    const restore = await run(process.execPath, ['-r', './tests/support/register-ts.cjs', 'apps/api/src/backups/restore.cli.ts', `${out}.dump`], { env: restoreEnv });
    expect(restore.stdout).toMatch(/Restored/);
    expect(restore.stdout).toMatch(/needs: \d+ records/);
    expect(await countRows(target.url)).toEqual(manifest.tables);

    const refused = await run(process.execPath, ['-r', './tests/support/register-ts.cjs', 'apps/api/src/backups/restore.cli.ts', `${out}.dump`], { env: restoreEnv }).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(/not empty/);
  });

  it('scheduled backups: written when due, pruned beyond BACKUP_KEEP, their age on /health/details and for staff only', async () => {
    const backupDir = join(dir, 'scheduled');
    const app = await TestApp.start({ BACKUP_DIR: backupDir, BACKUP_INTERVAL_HOURS: '1', BACKUP_KEEP: '2' }, { databaseUrl: sourceUrl() });
    try {
      const service = app.app.get(BackupsService);
      const details = async () => (await (await fetch(`${app.url}/health/details`)).json()) as { backups: { status: string; lastAgeHours: number | null; warning: string | null }; warnings: string[] };
      expect((await details()).backups).toMatchObject({ status: 'none', lastAgeHours: null });
      expect((await details()).warnings).toEqual([expect.stringMatching(/No backup/)]);

      const first = await service.runIfDue();
      expect(first).toMatchObject({ rows: expect.any(Number) });
      expect(await service.runIfDue()).toBeNull(); // not due yet
      expect((await details()).backups).toMatchObject({ status: 'ok', warning: null });
      expect((await details()).warnings).toEqual([]);

      const later = new Date(Date.now() + 90 * 60_000);
      expect(await service.runIfDue(later)).not.toBeNull();
      await service.runNow();
      const kept = service.list();
      expect(kept).toHaveLength(2);
      expect(kept.map((b) => b.name)).not.toContain(first!.name);
      expect(readdirSync(backupDir).filter((f) => f.startsWith(first!.name))).toEqual([]);

      // Two intervals without a good backup: a warning.
      for (const backup of kept) {
        const file = join(backupDir, `${backup.name}.manifest.json`);
        const manifest = JSON.parse(readFileSync(file, 'utf8'));
        writeFileSync(file, JSON.stringify({ ...manifest, createdAt: new Date(Date.now() - 3 * 3_600_000).toISOString() }));
      }
      expect((await details()).backups).toMatchObject({ status: 'stale', warning: expect.stringMatching(/3 h old/) });

      const query = '{ backupStatus { health scheduled intervalHours lastAgeHours warnAfterHours backups { name bytes rows schemaVersion } } }';
      const staff = await app.ok(query, {}, { token: await app.login(world.users.staff.email, PASSWORD) });
      expect(staff.backupStatus).toMatchObject({ health: 'STALE', scheduled: true, intervalHours: 1, warnAfterHours: 2 });
      expect(staff.backupStatus.backups).toHaveLength(2);
      for (const member of [world.users.industrialOwner, world.users.researcherMember]) {
        const token = await app.login(member.email, PASSWORD);
        expect(errorCode(await app.gql(query, {}, { token }))).toBe('FORBIDDEN');
        expect(errorCode(await app.gql('mutation { runBackup { name } }', {}, { token }))).toBe('FORBIDDEN');
      }
      expect(service.list()).toHaveLength(2);
      const run = await app.ok('mutation { runBackup { name rows } }', {}, { token: await app.login(world.users.admin.email, PASSWORD) });
      expect(service.list()[0].name).toBe(run.runBackup.name);
    } finally {
      await app.close();
    }
  });

  it('restores into an empty embedded data directory (no DATABASE_URL), then backs up from its running Postgres', async () => {
    const { files, manifest } = await backupDatabase(sourceUrl(), join(dir, 'to-data-dir'));
    const dataDir = join(dir, 'fresh-data-dir');
    chmodSync(dir, 0o755); // the embedded Postgres runs as another user when the tests run as root
    const port = String(await freePort());
    const env = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'error', DATA_DIR: dataDir, EMBEDDED_PG_PORT: port, DATABASE_URL: '' };
    const cli = (script: string, ...args: string[]) =>
      run(process.execPath, ['-r', './tests/support/register-ts.cjs', `apps/api/src/backups/${script}`, ...args], { env }).catch((error: { code: number; stdout: string; stderr: string }) => error);

    const restored = await cli('restore.cli.ts', files.manifestFile);
    expect(restored).toMatchObject({ stdout: expect.stringMatching(/Restored \d+ rows into the embedded Postgres of/) });
    expect(existsSync(join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);

    // The platform's Postgres running on that directory: backup connects to it; restore refuses to touch it.
    const running = await runEmbeddedPostgres(dataDir, Number(port));
    try {
      expect(await countRows(running.url)).toEqual(manifest.tables);
      const backedUp = await cli('backup.cli.ts', '--out', join(dir, 'from-data-dir'));
      expect(backedUp).toMatchObject({ stdout: expect.stringMatching(/from the running embedded Postgres/) });
      expect(JSON.parse(readFileSync(join(dir, 'from-data-dir.manifest.json'), 'utf8')).tables).toEqual(manifest.tables);
      const refused = await cli('restore.cli.ts', files.manifestFile, '--replace');
      expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/stop Passerelle before restoring/) });
    } finally {
      await running.stop();
    }
  });
});

/** The embedded Postgres of a data directory, run by another process as the platform would (Jest cannot load the package itself). */
async function runEmbeddedPostgres(dataDir: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const code = `require('./apps/api/src/database/embedded-postgres').startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, database: 'passerelle' })
    .then((h) => { process.stdout.write('ready ' + h.url + '\\n'); process.on('SIGTERM', () => h.stop().then(() => process.exit(0))); })
    .catch((e) => { process.stderr.write(String(e)); process.exit(1); });`;
  const child = spawn(process.execPath, ['-r', './tests/support/register-ts.cjs', '-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready (\S+)/.exec(out);
      if (match) done(match[1]);
    });
    child.once('exit', (code) => fail(new Error(`embedded Postgres process exited (${code})`)));
  });
  return {
    url,
    stop: () => new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    }),
  };
}
