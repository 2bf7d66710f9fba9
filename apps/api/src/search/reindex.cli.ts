import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { SingleBar, Presets } from 'cli-progress';
import { AppModule } from '../app.module';
import { JsonLogger } from '../common/json-logger';
import { ConfigError, loadConfig } from '../config/config';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { SqlLogger } from '../database/sql-logger';
import { ReindexService, ReindexTarget } from './reindex.service';

const TARGETS: ReindexTarget[] = ['needs', 'researchers', 'all'];

/**
 * `npm run reindex [needs|researchers|all]`: rebuilds search indexes from Postgres.
 * With Meilisearch this rebuilds the server's indexes. The embedded engine lives inside the
 * API process and is rebuilt at each start, so there the command checks that every document
 * builds and reports how long a rebuild takes.
 */
async function main(): Promise<void> {
  const target = (process.argv[2] ?? 'all') as ReindexTarget;
  if (!TARGETS.includes(target)) {
    process.stderr.write(`Usage: npm run reindex [${TARGETS.join('|')}]\n`);
    process.exit(2);
  }
  const config = loadConfig({ ...process.env, SEED_DEMO_DATA: 'false', INDEXER_INTERVAL_MS: '0' });
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, database: 'passerelle' });
  const logger = new JsonLogger('warn');
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ config: { ...config, seedDemoData: false }, databaseUrl: config.databaseUrl ?? embedded!.url, sqlLogger: new SqlLogger(logger) }),
    { logger },
  );
  const bar = new SingleBar({ format: '{index} [{bar}] {value}/{total} records | {eta_formatted} left' }, Presets.shades_classic);
  let current = '';
  const summaries = await app.get(ReindexService).rebuild(target, (index, done, total) => {
    if (index !== current) {
      if (current) bar.stop();
      current = index;
      bar.start(total, done, { index });
    }
    bar.update(done, { index });
  });
  bar.stop();
  for (const s of summaries) {
    process.stdout.write(`${s.index}: ${s.records} records → ${s.documents} documents in ${(s.milliseconds / 1000).toFixed(1)} s\n`);
  }
  if (!config.meiliUrl) process.stdout.write('(embedded engine: the running API rebuilds its own index at each start)\n');
  await app.close();
  await embedded?.stop();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
