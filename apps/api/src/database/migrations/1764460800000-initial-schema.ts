import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764460800000 implements MigrationInterface {
  name = 'InitialSchema1764460800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('COMPANY','STARTUP','COOPERATIVE','RESEARCH_LAB','UNIVERSITY','SUPPORT_BODY')),
        sectors varchar(20)[] NOT NULL CHECK (sectors <@ ARRAY['AGRIFOOD','COSMETICS']::varchar[] AND cardinality(sectors) > 0),
        city varchar(100) NOT NULL,
        region varchar(100) NOT NULL,
        size varchar(10) CHECK (size IN ('MICRO','SMALL','MEDIUM','LARGE')),
        description text NOT NULL DEFAULT '',
        website varchar(300),
        membership_status varchar(10) NOT NULL CHECK (membership_status IN ('PENDING','ACTIVE','LAPSED')),
        archived_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX organisations_name_key ON organisations (lower(name))`);
    await db.query(`CREATE INDEX organisations_created_idx ON organisations (created_at DESC, id DESC)`);

    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        password_hash varchar(200) NOT NULL,
        full_name varchar(120) NOT NULL,
        phone varchar(30),
        role varchar(12) NOT NULL CHECK (role IN ('INDUSTRIAL','RESEARCHER','STAFF','ADMIN')),
        organisation_id uuid REFERENCES organisations(id),
        preferred_language varchar(2) NOT NULL CHECK (preferred_language IN ('fr','ar','en')),
        status varchar(10) NOT NULL CHECK (status IN ('PENDING','ACTIVE','SUSPENDED')),
        last_login_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role IN ('STAFF','ADMIN') OR organisation_id IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await db.query(`CREATE INDEX users_organisation_idx ON users (organisation_id)`);
    await db.query(`CREATE INDEX users_created_idx ON users (created_at DESC, id DESC)`);

    await db.query(`
      CREATE TABLE researcher_profiles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL UNIQUE REFERENCES users(id),
        headline varchar(200) NOT NULL,
        expertise text NOT NULL,
        keywords text[] NOT NULL DEFAULT '{}',
        techniques text[] NOT NULL DEFAULT '{}',
        equipment text[] NOT NULL DEFAULT '{}',
        publications jsonb NOT NULL DEFAULT '[]',
        languages varchar(2)[] NOT NULL DEFAULT '{}',
        availability varchar(12) NOT NULL CHECK (availability IN ('AVAILABLE','LIMITED','UNAVAILABLE')),
        trl_min smallint NOT NULL CHECK (trl_min BETWEEN 1 AND 9),
        trl_max smallint NOT NULL CHECK (trl_max BETWEEN 1 AND 9),
        archived_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (trl_min <= trl_max)
      )`);
    await db.query(`CREATE INDEX researcher_profiles_created_idx ON researcher_profiles (created_at DESC, id DESC)`);

    await db.query(`
      CREATE TABLE needs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        author_id uuid NOT NULL REFERENCES users(id),
        title varchar(160) NOT NULL,
        description text NOT NULL,
        language varchar(2) NOT NULL CHECK (language IN ('fr','ar','en')),
        sector varchar(20) NOT NULL CHECK (sector IN ('AGRIFOOD','COSMETICS')),
        keywords text[] NOT NULL DEFAULT '{}',
        trl_current smallint NOT NULL CHECK (trl_current BETWEEN 1 AND 9),
        trl_target smallint NOT NULL CHECK (trl_target BETWEEN 1 AND 9),
        budget_min_mad integer CHECK (budget_min_mad >= 0),
        budget_max_mad integer CHECK (budget_max_mad >= 0),
        deadline date,
        visibility varchar(10) NOT NULL CHECK (visibility IN ('PUBLIC','MEMBERS','STAFF_ONLY')),
        anonymous boolean NOT NULL DEFAULT false,
        status varchar(12) NOT NULL CHECK (status IN ('DRAFT','OPEN','IN_PROGRESS','CLOSED')),
        archived_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (trl_current <= trl_target),
        CHECK (budget_min_mad IS NULL OR budget_max_mad IS NULL OR budget_min_mad <= budget_max_mad)
      )`);
    await db.query(`CREATE INDEX needs_organisation_idx ON needs (organisation_id)`);
    await db.query(`CREATE INDEX needs_created_idx ON needs (created_at DESC, id DESC)`);

    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash varchar(64) NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id)`);

    await db.query(`
      CREATE TABLE login_attempts (
        id bigserial PRIMARY KEY,
        email varchar(254) NOT NULL,
        ip varchar(64) NOT NULL,
        succeeded boolean NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX login_attempts_email_idx ON login_attempts (email, created_at)`);
    await db.query(`CREATE INDEX login_attempts_ip_idx ON login_attempts (ip, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['login_attempts', 'refresh_tokens', 'needs', 'researcher_profiles', 'users', 'organisations']) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
