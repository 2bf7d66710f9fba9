import { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchOutbox1764547200000 implements MigrationInterface {
  name = 'SearchOutbox1764547200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE search_outbox (
        id bigserial PRIMARY KEY,
        entity_type varchar(20) NOT NULL CHECK (entity_type IN ('need','researcher','organisation','user')),
        entity_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        processed_at timestamptz
      )`);
    await db.query(`CREATE INDEX search_outbox_pending_idx ON search_outbox (next_attempt_at, id) WHERE processed_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE search_outbox');
  }
}
