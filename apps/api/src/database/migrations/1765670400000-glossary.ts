import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cluster glossary (concepts staff add to the AGROVOC thesaurus, see apps/api/src/glossary)
 * and the search queries that found nothing (normalised text only, no user), for "what to add next".
 */
export class Glossary1765670400000 implements MigrationInterface {
  name = 'Glossary1765670400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE glossary_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(80) NOT NULL UNIQUE,
        category varchar(20),
        labels_fr text[] NOT NULL DEFAULT '{}',
        labels_ar text[] NOT NULL DEFAULT '{}',
        labels_en text[] NOT NULL DEFAULT '{}',
        variants text[] NOT NULL DEFAULT '{}',
        extends_code varchar(80),
        broader_codes text[] NOT NULL DEFAULT '{}',
        definition text,
        status varchar(10) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'RETIRED', 'MERGED')),
        merged_into_id uuid REFERENCES glossary_entries(id),
        source varchar(10) NOT NULL DEFAULT 'STAFF' CHECK (source IN ('STAFF', 'STARTER', 'IMPORT')),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX glossary_entries_status ON glossary_entries (status, updated_at DESC)');
    await db.query(`
      CREATE TABLE search_zero_hit_queries (
        query varchar(200) NOT NULL,
        scope varchar(20) NOT NULL CHECK (scope IN ('needs', 'researchers')),
        occurrences integer NOT NULL DEFAULT 1,
        first_at timestamptz NOT NULL DEFAULT now(),
        last_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (query, scope)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE search_zero_hit_queries');
    await db.query('DROP TABLE glossary_entries');
  }
}
