import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'MATCH_PROPOSED', 'MATCH_ANSWERED', 'MATCH_INTRODUCED', 'COLLABORATION_STARTED', 'MATCH_CLOSED', 'INTEREST_EXPRESSED'`;

/** In-app notifications, and the outbox of their e-mails (written in the same transaction, drained by the Mailer). */
export class Notifications1764806400000 implements MigrationInterface {
  name = 'Notifications1764806400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind varchar(40) NOT NULL CHECK (kind IN (${KINDS})),
        params jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(params) = 'object'),
        match_id uuid REFERENCES matches(id) ON DELETE SET NULL,
        need_id uuid REFERENCES needs(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await db.query('CREATE INDEX notifications_user_created_idx ON notifications (user_id, created_at DESC, id DESC)');
    await db.query('CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL');

    await db.query(`
      CREATE TABLE email_outbox (
        id bigserial PRIMARY KEY,
        notification_id uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        to_address varchar(320) NOT NULL,
        language varchar(2) NOT NULL CHECK (language IN ('fr', 'ar', 'en')),
        subject text NOT NULL,
        text text NOT NULL,
        html text NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'DEAD')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at, id) WHERE status = 'PENDING'`);
    await db.query(`CREATE INDEX email_outbox_dead_idx ON email_outbox (created_at) WHERE status = 'DEAD'`);
    await db.query('CREATE INDEX email_outbox_notification_idx ON email_outbox (notification_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE email_outbox');
    await db.query('DROP TABLE notifications');
  }
}
