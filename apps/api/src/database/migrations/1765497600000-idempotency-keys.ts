import { MigrationInterface, QueryRunner } from 'typeorm';

/** Keys of create requests, so a client that lost the answer can retry without creating twice. */
export class IdempotencyKeys1765497600000 implements MigrationInterface {
  name = 'IdempotencyKeys1765497600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idempotency_keys (
        owner_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        key text NOT NULL,
        operation text NOT NULL,
        fingerprint text NOT NULL,
        result_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (owner_id, key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE idempotency_keys');
  }
}
