import { EntityManager } from 'typeorm';

/**
 * Advisory-lock classes (the first key of pg_advisory_xact_lock(int, int)); the second key is
 * hashtext() of what is limited. Transactions take them in ascending class order, so two of them
 * never wait for each other in a cycle.
 */
export enum RateLimitLock {
  LOGIN_EMAIL = 41_001,
  LOGIN_IP = 41_002,
  PASSWORD_RESET_EMAIL = 41_011,
  PASSWORD_RESET_IP = 41_012,
  REGISTER_IP = 41_021,
}

export interface RateLimitKey {
  lock: RateLimitLock;
  /** What is limited: an e-mail (lowercased) or a client address. */
  key: string;
}

/**
 * Serialises, until the caller's transaction ends, every other transaction limiting the same
 * keys: counting then recording an attempt under these locks is atomic, so parallel requests
 * cannot all see the count from before any of them.
 */
export async function lockRateLimitKeys(manager: EntityManager, keys: RateLimitKey[]): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('lockRateLimitKeys needs a transaction');
  for (const { lock, key } of [...keys].sort((a, b) => a.lock - b.lock)) {
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [lock, key]);
  }
}

export interface RateLimit extends RateLimitKey {
  /** How many hits the window allows. */
  max: number;
  windowSeconds: number;
}

/**
 * Records one hit against every limit and answers true, or records nothing and answers false if
 * any limit is already reached. Atomic across requests and API instances (advisory locks held to
 * the end of the caller's transaction); hits older than the window are pruned on the way.
 */
export async function takeRateLimitHit(manager: EntityManager, limits: RateLimit[]): Promise<boolean> {
  await lockRateLimitKeys(manager, limits);
  for (const limit of limits) {
    const bucket = RateLimitLock[limit.lock];
    await manager.query(`DELETE FROM rate_limit_hits WHERE bucket = $1 AND key = $2 AND created_at <= now() - make_interval(secs => $3)`, [
      bucket,
      limit.key,
      limit.windowSeconds,
    ]);
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM rate_limit_hits WHERE bucket = $1 AND key = $2', [bucket, limit.key]);
    if (count >= limit.max) return false;
  }
  for (const limit of limits) {
    await manager.query('INSERT INTO rate_limit_hits (bucket, key) VALUES ($1, $2)', [RateLimitLock[limit.lock], limit.key]);
  }
  return true;
}
