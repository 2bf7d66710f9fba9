import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StaffOnly } from '../common/roles.decorator';
import { AuditDetail, AuditEntryModel, AuditLogArgs } from './audit.model';

interface Row {
  id: string;
  at: Date;
  action: string;
  subject_type: string;
  subject_id: string | null;
  actor_id: string | null;
  actor_name: string | null;
  details: Record<string, unknown> | null;
}

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @StaffOnly()
  @Query(() => [AuditEntryModel], { description: 'Staff only: the administrative actions on one record, newest first' })
  async auditLog(@Args() args: AuditLogArgs): Promise<AuditEntryModel[]> {
    const rows: Row[] = await this.db.query(
      `SELECT a.id, a.at, a.action, a.subject_type, a.subject_id, a.actor_id, u.full_name AS actor_name, a.details
       FROM audit_entries a LEFT JOIN users u ON u.id = a.actor_id
       WHERE a.subject_type = $1 AND a.subject_id = $2
       ORDER BY a.at DESC, a.id DESC LIMIT $3`,
      [args.subjectType, args.subjectId, args.first],
    );
    return rows.map(toModel);
  }
}

function toModel(row: Row): AuditEntryModel {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    actor: row.actor_id ? { id: row.actor_id, fullName: row.actor_name ?? '' } : null,
    details: readableDetails(row.details ?? {}),
  };
}

/** Shown first, in this order (jsonb keeps no key order); the others follow alphabetically. */
const FIRST_DETAILS = ['from', 'to'];

/** Flat name/value pairs a page can show; nested values are written as JSON. */
export function readableDetails(details: Record<string, unknown>): AuditDetail[] {
  const rank = (name: string) => (FIRST_DETAILS.includes(name) ? FIRST_DETAILS.indexOf(name) : FIRST_DETAILS.length);
  return Object.entries(details)
    .filter(([, value]) => value !== undefined && value !== null)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([name, value]) => ({ name, value: typeof value === 'string' ? value : JSON.stringify(value) }));
}
