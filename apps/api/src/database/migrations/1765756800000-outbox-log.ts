import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search outbox becomes a log that each API instance with the embedded engine follows from
 * its own position (see OutboxFollower): each row records the transaction that wrote it.
 */
export class OutboxLog1765756800000 implements MigrationInterface {
  name = 'OutboxLog1765756800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE search_outbox ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id()');
    await db.query('CREATE INDEX search_outbox_txid_idx ON search_outbox (txid)');
    await db.query('CREATE INDEX search_outbox_created_idx ON search_outbox (created_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX search_outbox_created_idx');
    await db.query('ALTER TABLE search_outbox DROP COLUMN txid');
  }
}
