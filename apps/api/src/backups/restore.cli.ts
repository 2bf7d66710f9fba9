import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { JsonLogger } from '../common/json-logger';
import { ConfigError, loadConfig } from '../config/config';
import { SqlLogger } from '../database/sql-logger';
import { ReindexService } from '../search/reindex.service';
import { RestoreRefusedError } from './database-dump';
import { databaseOf } from './database-target';
import { restoreBackup } from './restore';

/**
 * `npm run restore -- FILE [--replace]`: restores a backup (FILE, FILE.dump or FILE.manifest.json)
 * into the database this configuration uses — DATABASE_URL, or the embedded Postgres of DATA_DIR
 * (Passerelle stopped). Refuses a database that has tables unless --replace; checks the checksum,
 * migrates to the current schema, then rebuilds the search indexes from Postgres.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file || args.includes('--help')) {
    process.stdout.write('Usage: npm run restore -- FILE [--replace]\n');
    process.exit(file ? 0 : 2);
  }
  const config = loadConfig({ ...process.env, SEED_DEMO_DATA: 'false', INDEXER_INTERVAL_MS: '0', MAIL_INTERVAL_MS: '0', BACKUP_INTERVAL_HOURS: '0' });
  const target = await databaseOf(config, { shareRunning: false });
  try {
    const summary = await restoreBackup(target.url, file, { replace: args.includes('--replace'), onStep: (m) => process.stdout.write(`${m}\n`) });
    const logger = new JsonLogger('warn');
    const app = await NestFactory.createApplicationContext(
      AppModule.forRoot({ config, databaseUrl: target.url, sqlLogger: new SqlLogger(logger) }),
      { logger },
    );
    try {
      for (const s of await app.get(ReindexService).rebuild('all')) {
        process.stdout.write(`Search index ${s.index}: ${s.records} records → ${s.documents} documents\n`);
      }
    } finally {
      await app.close();
    }
    const rows = Object.values(summary.loaded).reduce((a, b) => a + b, 0);
    process.stdout.write(`Restored ${rows} rows into ${target.description} (backup of ${summary.manifest.createdAt}); the matcher rebuilds itself from Postgres at start\n`);
  } finally {
    await target.release();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof RestoreRefusedError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`Restore failed: ${message}\n`);
  process.exit(1);
});
