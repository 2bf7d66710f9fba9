import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { freePort } from '../support/free-port';

/**
 * One real Postgres for the whole run: TEST_DATABASE_URL if given (any server you own),
 * else an embedded one in a temporary directory. Each test file makes its own database in it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-test-'));
  chmodSync(dataDir, 0o755); // Postgres runs as another user when the tests run as root
  const handle = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres' });
  process.env.TEST_ADMIN_DATABASE_URL = handle.url;
  (globalThis as { __embeddedPostgres?: unknown }).__embeddedPostgres = { handle, dataDir };
}
