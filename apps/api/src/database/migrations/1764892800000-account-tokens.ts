import { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_KINDS = `'MATCH_PROPOSED', 'MATCH_ANSWERED', 'MATCH_INTRODUCED', 'COLLABORATION_STARTED', 'MATCH_CLOSED', 'INTEREST_EXPRESSED'`;
const KINDS = `${OLD_KINDS}, 'SIGN_UP_PENDING'`;

/**
 * Accounts: single-use tokens (password reset, invitation) stored as SHA-256 hashes; whether a
 * user ever chose a password; rate-limit hits of public account actions; e-mails that are not a
 * notification's (a reset or an invitation link); the sign-up notification for staff.
 */
export class AccountTokens1764892800000 implements MigrationInterface {
  name = 'AccountTokens1764892800000';

  async up(db: QueryRunner): Promise<void> {
    // NULL: never chose a password (imported or invited, not yet accepted). Every way of creating
    // an account with a password (sign-up, demo data) leaves the default.
    await db.query('ALTER TABLE users ADD COLUMN password_set_at timestamptz DEFAULT now()');
    await db.query('UPDATE users SET password_set_at = created_at');
    // Accounts made by a member import before this migration: an import gives all its new people
    // one unusable hash (and no import creates staff), and they never signed in. An import of a
    // single person is not told apart; that person can still use "forgot password".
    await db.query(`
      UPDATE users SET password_set_at = NULL
      WHERE status = 'ACTIVE' AND last_login_at IS NULL AND password_hash IN (
        SELECT password_hash FROM users GROUP BY password_hash
        HAVING count(*) > 1 AND bool_and(role IN ('INDUSTRIAL', 'RESEARCHER')))`);

    // Only the replay of a token spent by rotation means it leaked (and ends every session); one
    // revoked by a sign-out or a password change is simply refused.
    await db.query(`
      ALTER TABLE refresh_tokens ADD COLUMN revoked_reason varchar(12)
        CHECK (revoked_reason IN ('ROTATED', 'REPLAYED', 'SIGNED_OUT', 'PASSWORD'))`);

    await db.query(`
      CREATE TABLE account_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose varchar(20) NOT NULL CHECK (purpose IN ('PASSWORD_RESET', 'INVITATION')),
        token_hash varchar(64) NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX account_tokens_live_idx ON account_tokens (user_id, purpose) WHERE used_at IS NULL');

    await db.query(`
      CREATE TABLE rate_limit_hits (
        id bigserial PRIMARY KEY,
        bucket varchar(40) NOT NULL,
        key varchar(320) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX rate_limit_hits_key_idx ON rate_limit_hits (bucket, key, created_at)');

    // A reset or invitation e-mail belongs to no notification, and carries a secret link that is
    // blanked once the e-mail is sent or given up.
    await db.query('ALTER TABLE email_outbox ALTER COLUMN notification_id DROP NOT NULL');
    await db.query('ALTER TABLE email_outbox ADD COLUMN contains_secret boolean NOT NULL DEFAULT false');

    await db.query('ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check');
    await db.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${KINDS}))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM notifications WHERE kind = 'SIGN_UP_PENDING'`);
    await db.query('ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check');
    await db.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${OLD_KINDS}))`);
    await db.query('DELETE FROM email_outbox WHERE notification_id IS NULL');
    await db.query('ALTER TABLE email_outbox DROP COLUMN contains_secret');
    await db.query('ALTER TABLE email_outbox ALTER COLUMN notification_id SET NOT NULL');
    await db.query('DROP TABLE rate_limit_hits');
    await db.query('DROP TABLE account_tokens');
    await db.query('ALTER TABLE refresh_tokens DROP COLUMN revoked_reason');
    await db.query('ALTER TABLE users DROP COLUMN password_set_at');
  }
}
