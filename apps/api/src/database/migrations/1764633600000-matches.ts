import { MigrationInterface, QueryRunner } from 'typeorm';

export class Matches1764633600000 implements MigrationInterface {
  name = 'Matches1764633600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE matches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        need_id uuid NOT NULL REFERENCES needs(id),
        researcher_profile_id uuid NOT NULL REFERENCES researcher_profiles(id),
        status varchar(20) NOT NULL CHECK (status IN ('SUGGESTED')),
        score double precision NOT NULL,
        features jsonb NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (need_id, researcher_profile_id)
      )`);
    await db.query('CREATE INDEX matches_researcher_idx ON matches (researcher_profile_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE matches');
  }
}
