import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal data (Law 09-08): people's requests to delete their account, carried out by staff, and
 * the e-mails of erased accounts blocked from reuse for 30 days — kept as SHA-256 of the
 * lower-cased address, never the address itself.
 */
export class PersonalData1765411200000 implements MigrationInterface {
  name = 'PersonalData1765411200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE personal_data_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        kind varchar(10) NOT NULL CHECK (kind IN ('DELETION')),
        status varchar(10) NOT NULL CHECK (status IN ('PENDING', 'DONE', 'CANCELLED')),
        note text,
        requested_at timestamptz(3) NOT NULL DEFAULT now(),
        handled_at timestamptz(3),
        handled_by uuid REFERENCES users(id)
      )`);
    await db.query(`CREATE UNIQUE INDEX personal_data_requests_pending_key ON personal_data_requests (user_id, kind) WHERE status = 'PENDING'`);
    await db.query(`CREATE INDEX personal_data_requests_status_idx ON personal_data_requests (status, requested_at)`);
    await db.query(`
      CREATE TABLE erased_emails (
        email_sha256 varchar(64) PRIMARY KEY,
        blocked_until timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE erased_emails');
    await db.query('DROP TABLE personal_data_requests');
  }
}
