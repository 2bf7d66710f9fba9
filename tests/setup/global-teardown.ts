import { rmSync } from 'node:fs';
import type { EmbeddedPostgresHandle } from '../../apps/api/src/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __embeddedPostgres?: { handle: EmbeddedPostgresHandle; dataDir: string } }).__embeddedPostgres;
  if (!embedded) return;
  await embedded.handle.stop();
  rmSync(embedded.dataDir, { recursive: true, force: true });
}
