import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, LessThanOrEqual, MoreThan } from 'typeorm';
import { InvalidInputError } from '../common/domain-errors';
import { Viewer } from '../common/viewer';
import { isUniqueViolation } from '../database/unique-violation';
import { IdempotencyKey } from './idempotency-key.entity';

/** How long a key is remembered: long enough for any client to retry after a network error. */
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface IdempotentCreate<T extends { id: string }> {
  viewer: Viewer;
  /** Absent: an ordinary create. */
  key: string | null | undefined;
  operation: string;
  input: unknown;
  /** Creates the record inside the transaction that also stores the key. */
  create: (manager: EntityManager) => Promise<T>;
  /** Reads the record a first attempt created. */
  reload: (id: string) => Promise<T>;
}

/**
 * Create mutations a client can retry safely: the key is stored in the same transaction as the
 * record, so either both exist or neither; a retry (even racing the first attempt) gets the first
 * result instead of a duplicate.
 */
@Injectable()
export class IdempotencyService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async once<T extends { id: string }>(request: IdempotentCreate<T>): Promise<T> {
    const { viewer, key, operation, create } = request;
    if (!key) return this.db.transaction(create);
    const fingerprint = fingerprintOf(operation, request.input);
    const earlier = await this.earlier(viewer.id, key, fingerprint);
    if (earlier) return request.reload(earlier);
    try {
      return await this.db.transaction(async (manager) => {
        // An expired key only: a live one committed by a racing attempt since `earlier` must stay,
        // so that this attempt's insert fails and answers with that attempt's record.
        await manager.delete(IdempotencyKey, { ownerId: viewer.id, key, createdAt: LessThanOrEqual(liveSince()) });
        const record = await create(manager);
        await manager.insert(IdempotencyKey, { ownerId: viewer.id, key, operation, fingerprint, resultId: record.id });
        return record;
      });
    } catch (error) {
      // Two attempts raced and the other one committed first: answer with its record.
      const winner = isUniqueViolation(error) ? await this.earlier(viewer.id, key, fingerprint) : null;
      if (winner) return request.reload(winner);
      throw error;
    }
  }

  private async earlier(ownerId: string, key: string, fingerprint: string): Promise<string | null> {
    const row = await this.db.getRepository(IdempotencyKey).findOneBy({ ownerId, key, createdAt: MoreThan(liveSince()) });
    if (!row) return null;
    if (row.fingerprint !== fingerprint) throw InvalidInputError.field('idempotencyKey', 'idempotencyKeyReused');
    return row.resultId;
  }
}

/** Keys created after this moment are live; older ones have expired. */
function liveSince(): Date {
  return new Date(Date.now() - KEY_LIFETIME_MS);
}

function fingerprintOf(operation: string, input: unknown): string {
  return createHash('sha256').update(operation).update('\0').update(stableJson(input)).digest('hex');
}

/** JSON with object keys sorted, so the same input always gives the same fingerprint. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
