import { performance } from 'node:perf_hooks';
import { EntityManager } from 'typeorm';
import { giveWay } from '../common/yielding-map';
import { OutboxEntityType } from './outbox-entry.entity';

export interface OutboxChange {
  entityType: OutboxEntityType;
  entityId: string;
}

/** A window of more changes than this is bulk work (a reindex, a glossary change touching many records): it gives way to requests. */
export const BULK_CHANGES = 1_000;

/**
 * The search outbox read as a log, from this instance's own position. Used with the embedded
 * engine, where every API instance holds its own index and so must apply every change (rows are
 * never claimed, unlike with a shared engine).
 *
 * Positions are transaction ids, not row ids: a row's id is taken when it is inserted but the
 * row becomes visible only when its transaction commits, possibly after rows with larger ids.
 * Every transaction older than the snapshot's xmin has ended, so the rows of transactions in
 * [position, xmin) are all visible now and no new one can appear there: reading that window and
 * then moving to xmin skips nothing.
 */
export class OutboxFollower {
  /** Changes of transactions from this id on are not applied yet (xid8, as text). */
  private position: string | null = null;
  /** When the position was read (the database's clock): how old a snapshot taken at it is. */
  private positionAt: string | null = null;

  /** Where a rebuild read from Postgres starts: changes made after it are followed. Call before reading. */
  async startAtNow(db: EntityManager): Promise<void> {
    ({ xmin: this.position, at: this.positionAt } = await horizon(db));
  }

  /** Resumes from a position saved earlier (a snapshot's): the changes from it on are applied by the next follow. */
  startAt(position: string, positionAt: string): void {
    this.position = position;
    this.positionAt = positionAt;
  }

  get started(): boolean {
    return this.position !== null;
  }

  /** The position and when it was read, for a snapshot of what has been applied. */
  get current(): { position: string; positionAt: string } | null {
    return this.position === null ? null : { position: this.position, positionAt: this.positionAt as string };
  }

  /**
   * Hands the changes since the position to `apply` (deduplicated, in chunks) and moves on once
   * they are all applied; if `apply` throws, the position stays and the same window is read again.
   * A window of more than BULK_CHANGES is bulk work: `apply` is told so, to pace itself (Pace), and
   * so are the pauses between chunks.
   */
  async follow(db: EntityManager, chunkSize: number, apply: (changes: OutboxChange[], bulk: boolean) => Promise<void>): Promise<number> {
    if (this.position === null) throw new Error('OutboxFollower.follow before startAtNow');
    const { xmin: until, at } = await horizon(db);
    if (until === this.position) {
      this.positionAt = at;
      return 0;
    }
    const changes: OutboxChange[] = await db.query(
      `SELECT DISTINCT entity_type AS "entityType", entity_id AS "entityId" FROM search_outbox
        WHERE txid >= $1::xid8 AND txid < $2::xid8`,
      [this.position, until],
    );
    const bulk = changes.length > BULK_CHANGES;
    let workedMs = 0;
    for (let start = 0; start < changes.length; start += chunkSize) {
      if (start > 0) await giveWay(workedMs, bulk);
      const chunkStart = performance.now();
      await apply(changes.slice(start, start + chunkSize), bulk);
      workedMs = performance.now() - chunkStart;
    }
    this.position = until;
    this.positionAt = at;
    return changes.length;
  }

  /** Rows not applied yet, and the age of the oldest, for /health. */
  async backlog(db: EntityManager): Promise<{ pending: number; oldestSeconds: number | null }> {
    const [row] = await db.query(
      `SELECT count(*)::int AS pending, extract(epoch FROM now() - min(created_at))::int AS "oldestSeconds"
         FROM search_outbox WHERE $1::xid8 IS NULL OR txid >= $1::xid8`,
      [this.position],
    );
    return row;
  }
}

/** The oldest transaction still running (or the next one): every older one has ended. */
export async function horizon(db: EntityManager): Promise<{ xmin: string; at: string }> {
  const [{ xmin, at }] = await db.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin, to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at`);
  return { xmin, at };
}
