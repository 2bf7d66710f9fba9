import { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'SUGGESTED', 'SHORTLISTED', 'PROPOSED', 'DECLINED', 'INTRODUCED', 'COLLABORATING', 'CLOSED'`;
const ANSWERS = `'PENDING', 'INTERESTED', 'DECLINED'`;
const REASONS = `'NOT_RIGHT_EXPERTISE', 'TOO_EARLY_STAGE', 'NO_CAPACITY', 'BUDGET', 'CONFIDENTIALITY', 'OTHER'`;
const EVENTS = `'SUGGEST', 'SHORTLIST', 'UNSHORTLIST', 'PROPOSE', 'ANSWER', 'START_COLLABORATION', 'CLOSE', 'NOTE', 'ASSIGN'`;

/** The brokering pipeline: match lifecycle, audit log, expressions of interest, collaborations. */
export class Brokering1764720000000 implements MigrationInterface {
  name = 'Brokering1764720000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE matches DROP CONSTRAINT matches_status_check');
    await db.query(`
      ALTER TABLE matches
        ALTER COLUMN score DROP NOT NULL,
        ALTER COLUMN features SET DEFAULT '[]',
        ADD COLUMN origin varchar(20) NOT NULL DEFAULT 'ENGINE' CHECK (origin IN ('ENGINE', 'INTEREST', 'STAFF')),
        ADD COLUMN owner_id uuid REFERENCES users(id),
        ADD COLUMN industrial_answer varchar(20) CHECK (industrial_answer IN (${ANSWERS})),
        ADD COLUMN industrial_reason varchar(30) CHECK (industrial_reason IN (${REASONS})),
        ADD COLUMN industrial_note text,
        ADD COLUMN industrial_answered_at timestamptz,
        ADD COLUMN researcher_answer varchar(20) CHECK (researcher_answer IN (${ANSWERS})),
        ADD COLUMN researcher_reason varchar(30) CHECK (researcher_reason IN (${REASONS})),
        ADD COLUMN researcher_note text,
        ADD COLUMN researcher_answered_at timestamptz,
        ADD COLUMN proposed_at timestamptz,
        ADD COLUMN introduced_at timestamptz,
        ADD COLUMN collaboration_started_at timestamptz,
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN outcome varchar(20) CHECK (outcome IN ('SUCCESS', 'ABANDONED', 'NOT_PURSUED')),
        ADD COLUMN outcome_note text,
        ADD COLUMN status_changed_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD CONSTRAINT matches_status_check CHECK (status IN (${STATUSES})),
        ADD CONSTRAINT matches_industrial_reason_when_declined CHECK (industrial_reason IS NULL OR industrial_answer = 'DECLINED'),
        ADD CONSTRAINT matches_researcher_reason_when_declined CHECK (researcher_reason IS NULL OR researcher_answer = 'DECLINED'),
        ADD CONSTRAINT matches_outcome_when_closed CHECK ((status = 'CLOSED') = (outcome IS NOT NULL))`);
    await db.query('UPDATE matches SET status_changed_at = created_at');
    await db.query('CREATE INDEX matches_pipeline_idx ON matches (status, status_changed_at)');
    await db.query('CREATE INDEX matches_owner_idx ON matches (owner_id)');
    await db.query('CREATE INDEX matches_created_idx ON matches (created_at DESC, id DESC)');

    await db.query(`
      CREATE TABLE match_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        match_id uuid NOT NULL REFERENCES matches(id),
        actor_id uuid NOT NULL REFERENCES users(id),
        event varchar(30) NOT NULL CHECK (event IN (${EVENTS})),
        from_status varchar(20) CHECK (from_status IN (${STATUSES})),
        to_status varchar(20) NOT NULL CHECK (to_status IN (${STATUSES})),
        note text,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query('CREATE INDEX match_events_match_idx ON match_events (match_id, created_at)');
    await db.query(`
      INSERT INTO match_events (match_id, actor_id, event, from_status, to_status, created_at)
      SELECT id, created_by, 'SUGGEST', NULL, status, created_at FROM matches`);

    await db.query(`
      CREATE TABLE need_interests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        need_id uuid NOT NULL REFERENCES needs(id),
        researcher_profile_id uuid NOT NULL REFERENCES researcher_profiles(id),
        message text NOT NULL,
        status varchar(20) NOT NULL CHECK (status IN ('OPEN', 'CONVERTED', 'DISMISSED')),
        match_id uuid REFERENCES matches(id),
        handled_by uuid REFERENCES users(id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (need_id, researcher_profile_id)
      )`);
    await db.query('CREATE INDEX need_interests_status_idx ON need_interests (status, created_at)');

    await db.query(`
      CREATE TABLE collaborations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        match_id uuid NOT NULL UNIQUE REFERENCES matches(id),
        title varchar(200) NOT NULL,
        partners text[] NOT NULL DEFAULT '{}',
        start_date date NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE milestones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        collaboration_id uuid NOT NULL REFERENCES collaborations(id),
        title varchar(200) NOT NULL,
        due_date date NOT NULL,
        status varchar(20) NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
        completed_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX milestones_collaboration_idx ON milestones (collaboration_id, due_date)');
    await db.query(`
      CREATE TABLE hall_bookings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        collaboration_id uuid NOT NULL REFERENCES collaborations(id),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        equipment text[] NOT NULL CHECK (cardinality(equipment) > 0),
        note text,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on)
      )`);
    await db.query('CREATE INDEX hall_bookings_dates_idx ON hall_bookings (starts_on, ends_on)');
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['hall_bookings', 'milestones', 'collaborations', 'need_interests', 'match_events']) await db.query(`DROP TABLE ${table}`);
    await db.query("DELETE FROM matches WHERE status <> 'SUGGESTED'");
    await db.query(`
      ALTER TABLE matches
        DROP CONSTRAINT matches_status_check,
        DROP COLUMN origin, DROP COLUMN owner_id,
        DROP COLUMN industrial_answer, DROP COLUMN industrial_reason, DROP COLUMN industrial_note, DROP COLUMN industrial_answered_at,
        DROP COLUMN researcher_answer, DROP COLUMN researcher_reason, DROP COLUMN researcher_note, DROP COLUMN researcher_answered_at,
        DROP COLUMN proposed_at, DROP COLUMN introduced_at, DROP COLUMN collaboration_started_at, DROP COLUMN closed_at,
        DROP COLUMN outcome, DROP COLUMN outcome_note, DROP COLUMN status_changed_at, DROP COLUMN version,
        ADD CONSTRAINT matches_status_check CHECK (status IN ('SUGGESTED'))`);
    await db.query('UPDATE matches SET score = 0 WHERE score IS NULL');
    await db.query('ALTER TABLE matches ALTER COLUMN score SET NOT NULL');
  }
}
