import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS } from '../database/data-source-options';
import { BackupManifest, dropEverything, existingTables, loadDump, RestoreRefusedError, verifyBackup } from './database-dump';

export interface RestoreOptions {
  /** Empty the target first when it already has tables. */
  replace?: boolean;
  onStep?: (message: string) => void;
}

export interface RestoreSummary {
  manifest: BackupManifest;
  loaded: Record<string, number>;
  /** Migrations newer than the backup, applied after loading it. */
  migratedAfter: string[];
}

type Migration = (typeof MIGRATIONS)[number];
export const migrationName = (migration: Migration) => new migration().name ?? migration.name;
const timestampOf = (migration: Migration) => Number(/(\d{13})$/.exec(migrationName(migration))?.[1] ?? 0);

/** The code's migrations in the order TypeORM applies them (by timestamp). */
export function migrationsInOrder(): Migration[] {
  return [...MIGRATIONS].sort((a, b) => timestampOf(a) - timestampOf(b));
}

/**
 * Restores a backup into the database at `url`: checks the manifest and checksum, refuses a
 * database that already has tables (unless `replace`), builds the schema of the backup's version
 * with the migrations up to it, loads the rows, then applies the migrations written since.
 * Search indexes and the matcher are derived from Postgres: the caller rebuilds them.
 */
export async function restoreBackup(url: string, path: string, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const step = options.onStep ?? (() => undefined);
  const { files, manifest } = await verifyBackup(path);
  step(`Backup of ${manifest.createdAt}, schema ${manifest.schemaVersion ?? '(none)'}, checksum verified`);

  const known = MIGRATIONS.map(migrationName);
  const unknown = manifest.migrations.filter((name) => !known.includes(name));
  if (unknown.length) {
    throw new RestoreRefusedError(`This backup was made by a newer Passerelle (migrations ${unknown.join(', ')} are unknown here): update Passerelle first`);
  }

  const tables = await existingTables(url);
  if (tables.length) {
    if (!options.replace) {
      throw new RestoreRefusedError(`The target database is not empty (${tables.length} tables, e.g. ${tables.slice(0, 3).join(', ')}): restore into an empty one, or pass --replace to erase it first`);
    }
    step(`Erasing the target database (${tables.length} tables)`);
    await dropEverything(url);
  }

  // Exactly the migrations the backed-up database had, so the rows fit the tables as they were.
  await migrate(url, MIGRATIONS.filter((m) => manifest.migrations.includes(migrationName(m))));
  step(`Schema built up to ${manifest.schemaVersion ?? '(none)'}`);
  const loaded = await loadDump(url, files.dumpFile, manifest.tables);
  step(`Loaded ${Object.values(loaded).reduce((a, b) => a + b, 0)} rows into ${Object.keys(loaded).length} tables (counts match the manifest)`);
  const migratedAfter = await migrate(url, MIGRATIONS);
  if (migratedAfter.length) step(`Migrated to the current schema: ${migratedAfter.join(', ')}`);
  return { manifest, loaded, migratedAfter };
}

async function migrate(url: string, migrations: Migration[]): Promise<string[]> {
  const db = new DataSource({ ...dataSourceOptions(url), migrations, logging: ['error'] });
  await db.initialize();
  try {
    return (await db.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await db.destroy();
  }
}
