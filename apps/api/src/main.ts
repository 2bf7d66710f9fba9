import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureHttp } from './web-client';
import { ConfigError, loadConfig, AppConfig } from './config/config';
import { EmbeddedPostgresHandle, startEmbeddedPostgres } from './database/embedded-postgres';
import { SqlLogger } from './database/sql-logger';
import { JsonLogger } from './common/json-logger';

async function bootstrap(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfigOrExit();
  const logger = new JsonLogger(config.logLevel);
  let embedded: EmbeddedPostgresHandle | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.log({ msg: 'No DATABASE_URL: starting embedded Postgres', dataDir: config.dataDir }, 'Bootstrap');
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPostgresPort,
      database: 'passerelle',
      log: (message) => logger.debug(message, 'Postgres'),
      // If Postgres dies while the API runs, start it again: meanwhile requests answer
      // SERVICE_UNAVAILABLE, /health 503, and the outbox workers back off.
      supervise: true,
      onEvent: (event) =>
        event.type === 'restarted'
          ? logger.log({ msg: 'Embedded Postgres restarted', attempts: event.attempts }, 'Postgres')
          : logger.warn({ msg: event.type === 'exited' ? 'Embedded Postgres exited unexpectedly' : 'Embedded Postgres restart failed', ...event }, 'Postgres'),
    });
    databaseUrl = embedded.url;
  }

  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, databaseUrl, sqlLogger: new SqlLogger(logger) }),
    { logger, bufferLogs: true },
  );
  configureHttp(app, config, logger);
  stopGracefullyOnSignals(async () => {
    try {
      await app.close();
    } finally {
      // Whatever closing the API met (a database that died mid-restart), Postgres is never left behind.
      await embedded?.stop();
    }
  }, logger);
  await app.listen(config.port);

  const url = `http://localhost:${config.port}`;
  logger.log({ msg: 'Passerelle is ready', url, graphql: `${url}/graphql`, readyInMs: Math.round(performance.now() - startedAt) }, 'Bootstrap');
  if (config.seedDemoData) printWelcome(url, config);
}

function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`\n${error.message}\n\nPasserelle did not start. Fix the variables above (see README.md, "Configuration").\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** A shutdown that takes longer than this is cut short (exit code 1): a stuck request or database never holds the process. */
const SHUTDOWN_DEADLINE_MS = 5000;

/** Stops the HTTP server, then the embedded Postgres, so its data directory is left clean. */
function stopGracefullyOnSignals(stop: () => Promise<void>, logger: JsonLogger): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.log({ msg: 'Shutting down', signal }, 'Bootstrap');
      setTimeout(() => {
        logger.error({ msg: 'Shutdown took too long: exiting now', deadlineMs: SHUTDOWN_DEADLINE_MS }, undefined, 'Bootstrap');
        process.exit(1);
      }, SHUTDOWN_DEADLINE_MS).unref();
      stop()
        .then(() => process.exit(0))
        .catch((error: unknown) => {
          logger.error(error instanceof Error ? error : String(error), 'Bootstrap');
          process.exit(1);
        });
    });
  }
}

function printWelcome(url: string, config: AppConfig): void {
  const accounts = ['admin', 'staff', 'industrial', 'researcher'].map((name) => `    ${name}@passerelle.demo`).join('\n');
  process.stdout.write(
    `\n  Passerelle is running (development, demo data)\n\n` +
      `  Web client   ${url}/\n  GraphQL API  ${url}/graphql\n  Health       ${url}/health\n\n` +
      `  Demo accounts (password: ${config.demoPassword === 'passerelle-demo' ? 'passerelle-demo' : 'the DEMO_PASSWORD you set'}):\n${accounts}\n\n`,
  );
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`Passerelle failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
