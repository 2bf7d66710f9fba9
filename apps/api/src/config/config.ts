import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  dataDir: string;
  /** Absent means: start an embedded Postgres under dataDir. */
  databaseUrl: string | null;
  embeddedPostgresPort: number;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  seedDemoData: boolean;
  demoPassword: string;
  graphqlMaxDepth: number;
  graphqlMaxComplexity: number;
  /** Lexical tokens of one GraphQL document, checked while parsing (before validation). */
  graphqlMaxTokens: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  webDistDir: string;
  /** Absent means: the embedded in-process search engine. */
  meiliUrl: string | null;
  meiliApiKey: string | null;
  meiliTimeoutMs: number;
  /** The embedded search engine runs in a worker thread (default), off the requests' event loop. */
  searchWorker: boolean;
  /** Prepended to index names, so several deployments (or test runs) can share one Meilisearch. */
  searchIndexPrefix: string;
  /** How often the indexer drains the search outbox; 0 turns the loop off (tests drain by hand). */
  indexerIntervalMs: number;
  indexerBatchSize: number;
  /**
   * Snapshots of the embedded search index and of the matcher's corpus statistics (SNAPSHOTS,
   * default true, false under NODE_ENV=test): written under snapshotDir, loaded at start instead
   * of rebuilding from Postgres.
   */
  snapshots: boolean;
  /** SNAPSHOT_DIR, default <DATA_DIR>/snapshots. */
  snapshotDir: string;
  /** At most one snapshot write this often while changes are applied (SNAPSHOT_INTERVAL_SECONDS); one more at a graceful stop. */
  snapshotIntervalSeconds: number;
  /** smtp:// or smtps://; absent means (development and test only): e-mails are written as .eml files under dataDir. */
  smtpUrl: string | null;
  /** The From header of every e-mail. */
  mailFrom: string;
  /** How often the mailer drains the e-mail outbox; 0 turns the loop off (tests drain by hand). */
  mailIntervalMs: number;
  /** After this many failed attempts an e-mail is given up (DEAD). */
  mailMaxAttempts: number;
  /** Where people open the web client (no trailing slash): the links of e-mails (password reset, invitation, approvals) start with it. */
  publicUrl: string;
  /**
   * Express's `trust proxy`: which peers' X-Forwarded-For is believed, and so which address the
   * per-address limits see. false, a hop count, or addresses, CIDR ranges and the names
   * loopback, linklocal, uniquelocal.
   */
  trustProxy: boolean | number | string[];
  /** Where scheduled backups are written (BACKUP_DIR, default <DATA_DIR>/backups). */
  backupDir: string;
  /** Hours between scheduled backups; 0 turns them off (the default under NODE_ENV=test). */
  backupIntervalHours: number;
  /** How many scheduled backups are kept; older ones are deleted. */
  backupKeep: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates the environment once, reporting every problem at the same time. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development', problems);
  const production = nodeEnv === 'production';
  const dataDir = resolve(env.DATA_DIR || '.data');
  const databaseUrl = optionalPostgresUrl(env, problems);
  if (production && !databaseUrl) problems.push('DATABASE_URL is required when NODE_ENV=production');

  const jwtSecret = env.JWT_SECRET ?? (production ? '' : devSecret(dataDir));
  if (jwtSecret.length < 32) {
    problems.push(production && !env.JWT_SECRET
      ? 'JWT_SECRET is required when NODE_ENV=production (at least 32 characters)'
      : 'JWT_SECRET must be at least 32 characters long');
  }
  const smtpUrl = optionalSmtpUrl(env, problems);
  if (production && !env.SMTP_URL) problems.push(`SMTP_URL is required when NODE_ENV=production (e.g. ${SMTP_URL_EXAMPLE})`);
  const mailFrom = mailFromAddress(env, production, problems);
  const seedDemoData = bool(env, 'SEED_DEMO_DATA', !production, problems);
  const port = int(env, 'PORT', 3000, 0, 65535, problems);
  const publicUrl = publicUrlOf(env, port, production, problems);
  if (production && seedDemoData) problems.push('SEED_DEMO_DATA cannot be true when NODE_ENV=production');

  const config: AppConfig = {
    nodeEnv,
    port,
    dataDir,
    databaseUrl,
    embeddedPostgresPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535, problems),
    jwtSecret,
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86400, problems),
    refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 30, 1, 365, problems),
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000, problems),
    loginWindowMinutes: int(env, 'LOGIN_WINDOW_MINUTES', 15, 1, 1440, problems),
    seedDemoData,
    demoPassword: env.DEMO_PASSWORD || 'passerelle-demo',
    graphqlMaxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 50, problems),
    graphqlMaxComplexity: int(env, 'GRAPHQL_MAX_COMPLEXITY', 5000, 10, 1_000_000, problems),
    graphqlMaxTokens: int(env, 'GRAPHQL_MAX_TOKENS', 5000, 100, 1_000_000, problems),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info', problems),
    webDistDir: resolve(env.WEB_DIST_DIR || 'dist/apps/web'),
    meiliUrl: optionalHttpUrl(env, 'MEILI_URL', problems),
    meiliApiKey: env.MEILI_MASTER_KEY || env.MEILI_API_KEY || null,
    meiliTimeoutMs: int(env, 'MEILI_TIMEOUT_MS', 5000, 100, 120_000, problems),
    searchWorker: bool(env, 'SEARCH_WORKER', true, problems),
    searchIndexPrefix: env.SEARCH_INDEX_PREFIX ?? 'passerelle_',
    indexerIntervalMs: int(env, 'INDEXER_INTERVAL_MS', 500, 0, 3_600_000, problems),
    indexerBatchSize: int(env, 'INDEXER_BATCH_SIZE', 200, 1, 10_000, problems),
    snapshots: bool(env, 'SNAPSHOTS', nodeEnv !== 'test', problems),
    snapshotDir: resolve(env.SNAPSHOT_DIR || join(dataDir, 'snapshots')),
    snapshotIntervalSeconds: int(env, 'SNAPSHOT_INTERVAL_SECONDS', 300, 1, 86_400, problems),
    smtpUrl,
    mailFrom,
    mailIntervalMs: int(env, 'MAIL_INTERVAL_MS', 2000, 0, 3_600_000, problems),
    mailMaxAttempts: int(env, 'MAIL_MAX_ATTEMPTS', 20, 1, 100, problems),
    publicUrl,
    trustProxy: trustProxyOf(env, problems),
    backupDir: resolve(env.BACKUP_DIR || join(dataDir, 'backups')),
    backupIntervalHours: number(env, 'BACKUP_INTERVAL_HOURS', nodeEnv === 'test' ? 0 : 24, 0, 24 * 365, problems),
    backupKeep: int(env, 'BACKUP_KEEP', 7, 1, 1000, problems),
  };
  if (!/^[A-Za-z0-9_-]*$/.test(config.searchIndexPrefix)) problems.push('SEARCH_INDEX_PREFIX may only contain letters, digits, - and _');
  if (config.demoPassword.length < 8) problems.push('DEMO_PASSWORD must be at least 8 characters long');
  if (problems.length) throw new ConfigError(problems);
  return config;
}

function int(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

/** A decimal number (BACKUP_INTERVAL_HOURS=0.5 is half an hour). */
function number(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    problems.push(`${name} must be a number between ${min} and ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function bool(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T, problems: string[]): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if ((values as readonly string[]).includes(raw)) return raw as T;
  problems.push(`${name} must be one of ${values.join(', ')} (got "${raw}")`);
  return fallback;
}

function optionalPostgresUrl(env: Env, problems: string[]): string | null {
  const raw = env.DATABASE_URL;
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol === 'postgres:' || url.protocol === 'postgresql:') return raw;
  } catch {
    // reported below
  }
  problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  return null;
}

function optionalHttpUrl(env: Env, name: string, problems: string[]): string | null {
  const raw = env[name];
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return raw;
  } catch {
    // reported below
  }
  problems.push(`${name} must be an http:// or https:// URL`);
  return null;
}

/**
 * The web client's address as people reach it: http(s), no query or fragment; a path is kept
 * (a deployment under /passerelle), without its trailing slash. Required in production, where a
 * localhost link in an e-mail would lead nowhere.
 */
function publicUrlOf(env: Env, port: number, production: boolean, problems: string[]): string {
  const fallback = `http://localhost:${port}`;
  const raw = env.PUBLIC_URL?.trim();
  if (!raw) {
    if (production) problems.push('PUBLIC_URL is required when NODE_ENV=production (e.g. https://passerelle.example.org)');
    return fallback;
  }
  try {
    const url = new URL(raw);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname && !url.search && !url.hash && !url.username && !url.password) {
      return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    }
  } catch {
    // reported below
  }
  problems.push(`PUBLIC_URL must be an http:// or https:// address without query, fragment or credentials, e.g. https://passerelle.example.org (got "${raw}")`);
  return fallback;
}

const PROXY_PRESETS = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY: `loopback` (the default: a proxy on the same machine), `false` (the API faces
 * clients directly), a number of hops, or a comma-separated list of addresses, CIDR ranges and
 * presets (e.g. `loopback, 172.16.0.0/12` for a proxy in a Docker network). `true` (believe
 * anyone) is refused: any client could then choose the address the limits see.
 */
function trustProxyOf(env: Env, problems: string[]): boolean | number | string[] {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw) return ['loopback'];
  if (['false', '0', 'no', 'none'].includes(raw)) return false;
  if (/^[1-9]$/.test(raw)) return Number(raw);
  const entries = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
  const bad = entries.filter((entry) => !PROXY_PRESETS.includes(entry) && !isAddressOrRange(entry));
  if (raw === 'true' || bad.length || !entries.length) {
    problems.push(
      `TRUST_PROXY must be false, a hop count (1-9), or a comma-separated list of addresses, CIDR ranges and ${PROXY_PRESETS.join(', ')} (got "${raw}"; "true" would let any client pick its address)`,
    );
    return ['loopback'];
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d+$/.test(bits) && prefix >= 0 && prefix <= (version === 4 ? 32 : 128);
}

const SMTP_URL_EXAMPLE = 'smtps://user:password@smtp.example.org:465';
/** Reserved top-level domain (RFC 2606): mail from it is obviously not a real deployment's. */
export const DEV_MAIL_FROM = 'Passerelle development <no-reply@passerelle.invalid>';

/** The URL may carry credentials, so it is never echoed in a message. */
function optionalSmtpUrl(env: Env, problems: string[]): string | null {
  const raw = env.SMTP_URL;
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if ((url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname) return raw;
  } catch {
    // reported below
  }
  problems.push(`SMTP_URL must be an smtp:// or smtps:// URL with a host (e.g. ${SMTP_URL_EXAMPLE})`);
  return null;
}

/** `addr@domain` or `Name <addr@domain>`; required in production so the development sender never leaks out. */
function mailFromAddress(env: Env, production: boolean, problems: string[]): string {
  const raw = env.MAIL_FROM?.trim();
  if (!raw) {
    if (production) problems.push('MAIL_FROM is required when NODE_ENV=production (e.g. "Cluster Passerelle <no-reply@example.org>")');
    return DEV_MAIL_FROM;
  }
  const address = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
  const named = /^[^<>]*<([^<>]+)>$/.exec(raw);
  if (address.test(named ? named[1].trim() : raw)) return raw;
  problems.push(`MAIL_FROM must be an e-mail address, optionally with a name: "Name <address@example.org>" (got "${raw}")`);
  return DEV_MAIL_FROM;
}

/** Development only: a random secret kept under the data directory so sessions survive restarts. */
function devSecret(dataDir: string): string {
  const file = join(dataDir, 'dev-jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
