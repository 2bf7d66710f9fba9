import type { EntityManager } from 'typeorm';
import { BULK_CHANGES, OutboxChange, OutboxFollower } from './outbox-follower';

/** A database whose outbox window holds `count` changes (the follower only reads the horizon and the window). */
function databaseWithWindow(count: number): EntityManager {
  const changes: OutboxChange[] = Array.from({ length: count }, (_, k) => ({ entityType: 'need', entityId: `id-${k}` }));
  const query = async (sql: string) => (sql.includes('pg_snapshot_xmin') ? [{ xmin: '200', at: '2026-12-07T00:00:00.000000Z' }] : changes);
  return { query } as unknown as EntityManager;
}

async function follow(count: number, chunkSize: number) {
  const follower = new OutboxFollower();
  follower.startAt('100', '2026-12-06T00:00:00.000000Z');
  const calls: Array<{ size: number; bulk: boolean }> = [];
  const handled = await follower.follow(databaseWithWindow(count), chunkSize, async (changes, bulk) => {
    calls.push({ size: changes.length, bulk });
  });
  return { handled, calls, position: follower.current?.position };
}

describe('OutboxFollower.follow', () => {
  it('hands a window to apply in chunks, then moves to the horizon', async () => {
    const { handled, calls, position } = await follow(450, 200);
    expect(handled).toBe(450);
    expect(calls.map((c) => c.size)).toEqual([200, 200, 50]);
    expect(position).toBe('200');
  });

  it('tells apply that a window of more than BULK_CHANGES is bulk work, and a smaller one is not', async () => {
    expect((await follow(BULK_CHANGES + 1, 500)).calls.every((c) => c.bulk)).toBe(true);
    expect((await follow(BULK_CHANGES, 500)).calls.some((c) => c.bulk)).toBe(false);
  });
});
