// The real API as a child process for the benchmarks that load it from outside (bench/request-cost/
// under-load.mjs, bench/glossary-change.mjs): compiled code, NODE_ENV=production, on a database of
// the benchmark's own, mail and backups off.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';

/**
 * Starts `dist`'s API and resolves once /health answers. `env` adds to or overrides the defaults;
 * `onUnexpectedExit(code, signal)` is called if it exits before stopApi.
 */
export async function startApi({ dist, cwd, databaseUrl, dataDir, jwtSecret, env = {}, nodeArgs = [], onUnexpectedExit = () => {} }) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--max-old-space-size=6144', ...nodeArgs, join(dist, 'apps/api/src/main.js')], {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      DATA_DIR: dataDir,
      JWT_SECRET: jwtSecret,
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      SMTP_URL: 'smtp://127.0.0.1:2525', // never used: MAIL_INTERVAL_MS=0
      MAIL_FROM: 'Passerelle <noreply@bench.example>',
      MAIL_INTERVAL_MS: '0',
      LOGIN_MAX_FAILURES: '1000',
      ACCESS_TOKEN_TTL_SECONDS: '86400', // a benchmark signs in once; a 100k reindex under load outlasts the default 15 minutes
      BACKUP_INTERVAL_HOURS: '0',
      ...env,
    },
    stdio: ['ignore', process.env.BENCH_LOG_LEVEL ? 'inherit' : 'ignore', 'inherit'],
  });
  child.port = port;
  child.on('exit', (code, signal) => {
    if (!child.stopping) onUnexpectedExit(code, signal);
  });
  for (let i = 0; i < 12_000; i++) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the API exited with code ${child.exitCode} (signal ${child.signalCode})`);
    if (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)) return child;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the API did not become healthy');
}

export function stopApi(child, signal = 'SIGTERM') {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.stopping = true;
    child.once('exit', done);
    child.kill(signal);
  });
}

/** An access token for `email`. */
export async function signIn(base, email, password) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', variables: { input: { email, password } } }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`login: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body.data.login.accessToken;
}

/** /health/details. */
export async function healthDetails(base) {
  const response = await fetch(`${base}/health/details`);
  return response.json();
}
