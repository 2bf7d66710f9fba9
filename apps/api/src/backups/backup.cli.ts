import { ConfigError, loadConfig } from '../config/config';
import { backupDatabase, defaultBackupName } from './database-dump';
import { databaseOf } from './database-target';

/**
 * `npm run backup [-- --out FILE]`: a consistent backup of the database this configuration uses
 * (DATABASE_URL, or the embedded Postgres of DATA_DIR, running or not), written as FILE.dump and
 * FILE.manifest.json (default: BACKUP_DIR/passerelle-<time>). Safe while the platform runs.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  if (args.includes('--help') || (outIndex >= 0 && !args[outIndex + 1])) {
    process.stdout.write('Usage: npm run backup [-- --out FILE]\n');
    process.exit(outIndex >= 0 ? 2 : 0);
  }
  const config = loadConfig({ ...process.env, SEED_DEMO_DATA: 'false' });
  const out = outIndex >= 0 ? args[outIndex + 1] : defaultBackupName(config.backupDir);
  const target = await databaseOf(config, { shareRunning: true });
  try {
    const { files, manifest } = await backupDatabase(target.url, out);
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
    process.stdout.write(
      `Backup written from ${target.description} in ${(manifest.durationMs / 1000).toFixed(1)} s\n` +
        `  ${files.dumpFile} (${(manifest.bytes / 1024).toFixed(0)} KiB, sha256 ${manifest.sha256.slice(0, 12)}…)\n` +
        `  ${files.manifestFile} (schema ${manifest.schemaVersion}, ${rows} rows in ${Object.keys(manifest.tables).length} tables)\n`,
    );
  } finally {
    await target.release();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Backup failed: ${error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
