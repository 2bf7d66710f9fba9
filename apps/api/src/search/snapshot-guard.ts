import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';

/** Outbox rows older than this are pruned (SearchIndexer): a snapshot must be younger, with a margin, to be replayed. */
export const OUTBOX_RETENTION_HOURS = 24;
const REPLAY_MARGIN_HOURS = 1;

/** What every snapshot (search index, matcher statistics) records about where it comes from. */
export interface SnapshotOrigin {
  /** Fingerprint of the code and settings that built it: any difference means rebuild. */
  version: string;
  /** The outbox position it reflects (xid8 as text): changes from it on are replayed. */
  position: string;
  /** When that position was read, by the database's clock. */
  positionAt: string;
  /** The database it was built from. */
  database: string;
  /** The glossary version (concepts are part of documents and statistics). */
  glossary: string | null;
}

/** Identifies the database (not only its name: its oid, and the cluster when we may read it). */
export async function databaseIdentity(db: EntityManager): Promise<string> {
  const [row] = await db.query(`SELECT current_database() AS name, (SELECT oid::text FROM pg_database WHERE datname = current_database()) AS oid`);
  let cluster = 'unknown';
  try {
    const [control] = await db.query('SELECT system_identifier::text AS id FROM pg_control_system()');
    cluster = control.id;
  } catch {
    // not allowed for this role: name and oid only
  }
  return `${cluster}/${row.oid}/${row.name}`;
}

export function fingerprint(parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'function' ? part.toString() : JSON.stringify(part) ?? 'undefined').update('\u0000');
  return hash.digest('hex').slice(0, 24);
}

/**
 * Why a snapshot cannot be resumed from, or null when it can: built by other code or settings,
 * from another database or glossary, from a position this database has not reached (a restored
 * database), or older than the outbox's retention (the changes since would be partly pruned).
 */
export async function refusal(db: EntityManager, saved: Partial<SnapshotOrigin> | null | undefined, expected: Omit<SnapshotOrigin, 'position' | 'positionAt'>): Promise<string | null> {
  if (!saved || typeof saved !== 'object') return 'no metadata';
  if (saved.version !== expected.version) return `built by another version (${String(saved.version)}, now ${expected.version})`;
  if (saved.database !== expected.database) return 'from another database';
  if ((saved.glossary ?? null) !== expected.glossary) return 'built with another glossary version';
  if (typeof saved.position !== 'string' || !/^\d+$/.test(saved.position) || typeof saved.positionAt !== 'string') return 'no outbox position';
  const [row] = await db.query(
    `SELECT $1::xid8 <= pg_snapshot_xmin(pg_current_snapshot()) AS reached,
            $2::timestamptz > now() - make_interval(hours => $3) AS recent`,
    [saved.position, saved.positionAt, OUTBOX_RETENTION_HOURS - REPLAY_MARGIN_HOURS],
  );
  if (!row.reached) return 'its position is ahead of this database (restored or replaced?)';
  if (!row.recent) return `older than the outbox retention (${OUTBOX_RETENTION_HOURS} h): the changes since are partly pruned`;
  return null;
}
