import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details?: Record<string, unknown>;
}

/** Writes the audit log inside the caller's transaction, so an action and its entry commit together. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    // jsonb: TypeORM's partial-entity type cannot express an open record, the column serialises it.
    await manager.getRepository(AuditEntry).insert({ ...entry, details: (entry.details ?? {}) as never });
  }

  /** Newest first. */
  forSubject(manager: EntityManager, subjectType: string, subjectId: string, limit = 100): Promise<AuditEntry[]> {
    return manager.getRepository(AuditEntry).find({ where: { subjectType, subjectId }, order: { at: 'DESC' }, take: limit });
  }
}
