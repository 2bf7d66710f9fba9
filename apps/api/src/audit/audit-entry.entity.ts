import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One administrative action: who did what to which record, and when. Never updated. */
@Entity('audit_entries')
@Index(['subjectType', 'subjectId'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** Null when the platform itself acted (a scheduled job). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** A verb in SCREAMING_SNAKE_CASE, e.g. USER_SUSPENDED, ROLE_CHANGED. */
  @Column({ type: 'text' })
  action: string;

  /** e.g. USER, ORGANISATION, EQUIPMENT. */
  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  /** What changed (e.g. { from: 'RESEARCHER', to: 'STAFF' }); never secrets or erased personal data. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
