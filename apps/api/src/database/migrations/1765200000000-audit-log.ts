import { MigrationInterface, QueryRunner } from 'typeorm';

/** One audit log for administrative actions (members, roles, equipment, personal data requests). */
export class AuditLog1765200000000 implements MigrationInterface {
  name = 'AuditLog1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES users(id),
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id uuid,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query('CREATE INDEX audit_entries_subject ON audit_entries (subject_type, subject_id, at DESC)');
    await db.query('CREATE INDEX audit_entries_actor ON audit_entries (actor_id, at DESC)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE audit_entries');
  }
}
