import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/config';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

export interface DatabaseTarget {
  url: string;
  /** How the database was reached, for messages. */
  description: string;
  release(): Promise<void>;
}

/** The embedded Postgres's fixed local credentials (see database/embedded-postgres.ts). */
const EMBEDDED_USER = 'passerelle';
const EMBEDDED_PASSWORD = 'embedded-dev-only';
const EMBEDDED_DATABASE = 'passerelle';

/**
 * The database the API of this configuration uses: DATABASE_URL; else the embedded Postgres of
 * DATA_DIR — the running one (a backup while the platform runs connects to it), or one started
 * for the command and stopped after it (`startIfStopped`). A restore never shares a running
 * platform's embedded Postgres: it starts its own, which refuses a data directory in use.
 */
export async function databaseOf(config: AppConfig, options: { shareRunning: boolean }): Promise<DatabaseTarget> {
  if (config.databaseUrl) {
    const host = new URL(config.databaseUrl);
    return { url: config.databaseUrl, description: `${host.hostname}${host.pathname}`, release: async () => undefined };
  }
  const running = runningPostmasterPort(join(config.dataDir, 'pg'));
  if (running !== null) {
    if (!options.shareRunning) {
      throw new Error(`Passerelle's embedded Postgres is running on ${config.dataDir} (port ${running}): stop Passerelle before restoring into it`);
    }
    return {
      url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${running}/${EMBEDDED_DATABASE}`,
      description: `the running embedded Postgres of ${config.dataDir}`,
      release: async () => undefined,
    };
  }
  const handle = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, database: EMBEDDED_DATABASE });
  return { url: handle.url, description: `the embedded Postgres of ${config.dataDir}`, release: () => handle.stop() };
}

/** The port of a live postmaster of this cluster directory (postmaster.pid: pid, dir, start, port …), or null. */
function runningPostmasterPort(clusterDir: string): number | null {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? port : null;
  }
}
