import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff may refuse a sign-up with a reason. The account is kept (SUSPENDED, so it can never sign
 * in) with who refused it, when and why: the audit stays whole and the e-mail address cannot be
 * silently reused to sign up again.
 */
export class SignUpRefusals1765065600000 implements MigrationInterface {
  name = 'SignUpRefusals1765065600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users
        ADD COLUMN refused_at timestamptz,
        ADD COLUMN refused_by uuid REFERENCES users(id),
        ADD COLUMN refusal_reason text,
        ADD CONSTRAINT users_refusal_complete CHECK ((refused_at IS NULL) = (refusal_reason IS NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE users DROP CONSTRAINT users_refusal_complete, DROP COLUMN refusal_reason, DROP COLUMN refused_by, DROP COLUMN refused_at');
  }
}
