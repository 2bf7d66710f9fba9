import { MigrationInterface, QueryRunner } from 'typeorm';

const NOTIFICATION_KINDS = ['EVENT_MEETING_REQUESTED', 'EVENT_MEETING_ANSWERED', 'EVENT_MEETING_CHANGED', 'EVENT_AGENDA'];

/**
 * Brokerage days: events (staff), their sessions with generated meeting slots, tables, members'
 * registrations, and meetings (a request between two registrations, answered, then placed in a
 * slot at a table by the scheduler or by staff). A table hosts one accepted meeting per slot;
 * a participant's double booking is refused by the service under the event's row lock.
 */
export class BrokerageEvents1765584000000 implements MigrationInterface {
  name = 'BrokerageEvents1765584000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        venue varchar(300),
        online boolean NOT NULL DEFAULT false,
        online_url varchar(500),
        registration_opens_at timestamptz NOT NULL,
        registration_closes_at timestamptz NOT NULL,
        meeting_minutes int NOT NULL CHECK (meeting_minutes BETWEEN 5 AND 180),
        capacity int CHECK (capacity IS NULL OR capacity > 0),
        status varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'HELD')),
        request_mode varchar(12) NOT NULL DEFAULT 'OPT_IN' CHECK (request_mode IN ('OPT_IN', 'AUTO_ACCEPT')),
        requests_expire_at timestamptz,
        max_requests int NOT NULL DEFAULT 10 CHECK (max_requests BETWEEN 1 AND 200),
        created_by uuid REFERENCES users(id),
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on),
        CHECK (registration_closes_at > registration_opens_at)
      )`);
    await db.query('CREATE INDEX events_starts_on_idx ON events (starts_on)');
    await db.query(`
      CREATE TABLE event_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        name varchar(120) NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        break_minutes int NOT NULL DEFAULT 0 CHECK (break_minutes BETWEEN 0 AND 120),
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CHECK (ends_at > starts_at)
      )`);
    await db.query('CREATE INDEX event_sessions_event_idx ON event_sessions (event_id, starts_at)');
    await db.query(`
      CREATE TABLE event_slots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES event_sessions(id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        CHECK (ends_at > starts_at)
      )`);
    await db.query('CREATE INDEX event_slots_event_idx ON event_slots (event_id, starts_at)');
    await db.query(`
      CREATE TABLE event_tables (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        name varchar(60) NOT NULL,
        position int NOT NULL DEFAULT 0
      )`);
    await db.query('CREATE UNIQUE INDEX event_tables_name_key ON event_tables (event_id, lower(name))');
    await db.query(`
      CREATE TABLE event_registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        organisation_id uuid REFERENCES organisations(id),
        kind varchar(12) NOT NULL CHECK (kind IN ('INDUSTRIAL', 'RESEARCHER')),
        offer text NOT NULL DEFAULT '',
        seek text NOT NULL DEFAULT '',
        languages varchar(2)[] NOT NULL DEFAULT '{}',
        available_slot_ids uuid[],
        status varchar(10) NOT NULL DEFAULT 'REGISTERED' CHECK (status IN ('REGISTERED', 'WITHDRAWN')),
        withdrawn_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (event_id, user_id)
      )`);
    await db.query(`
      CREATE TABLE event_meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        requester_id uuid NOT NULL REFERENCES event_registrations(id),
        recipient_id uuid NOT NULL REFERENCES event_registrations(id),
        message text NOT NULL DEFAULT '',
        status varchar(10) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'CANCELLED')),
        decline_reason text,
        answered_at timestamptz,
        slot_id uuid REFERENCES event_slots(id) ON DELETE SET NULL,
        table_id uuid REFERENCES event_tables(id) ON DELETE SET NULL,
        pinned boolean NOT NULL DEFAULT false,
        unplaced_reason varchar(30),
        attendance varchar(10) CHECK (attendance IN ('HELD', 'NO_SHOW')),
        requester_follow_up boolean,
        recipient_follow_up boolean,
        match_id uuid REFERENCES matches(id),
        match_created boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (requester_id <> recipient_id),
        CHECK ((slot_id IS NULL) = (table_id IS NULL))
      )`);
    await db.query('CREATE INDEX event_meetings_event_idx ON event_meetings (event_id, status)');
    await db.query('CREATE INDEX event_meetings_requester_idx ON event_meetings (requester_id)');
    await db.query('CREATE INDEX event_meetings_recipient_idx ON event_meetings (recipient_id)');
    await db.query(
      `CREATE UNIQUE INDEX event_meetings_live_pair_key ON event_meetings (event_id, least(requester_id, recipient_id), greatest(requester_id, recipient_id))
       WHERE status IN ('PENDING', 'ACCEPTED')`,
    );
    await db.query(`CREATE UNIQUE INDEX event_meetings_table_slot_key ON event_meetings (slot_id, table_id) WHERE slot_id IS NOT NULL AND status = 'ACCEPTED'`);
    await changeAllowedValues(db, 'notifications', 'kind', (values) => [...values, ...NOTIFICATION_KINDS]);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM notifications WHERE kind = ANY($1::varchar[])`, [NOTIFICATION_KINDS]);
    await changeAllowedValues(db, 'notifications', 'kind', (values) => values.filter((v) => !NOTIFICATION_KINDS.includes(v)));
    await db.query('DROP TABLE event_meetings');
    await db.query('DROP TABLE event_registrations');
    await db.query('DROP TABLE event_tables');
    await db.query('DROP TABLE event_slots');
    await db.query('DROP TABLE event_sessions');
    await db.query('DROP TABLE events');
  }
}

/** Rewrites the `${table}_${column}_check` constraint from the values it allows now (keeps other modules' additions). */
async function changeAllowedValues(db: QueryRunner, table: string, column: string, change: (values: string[]) => string[]): Promise<void> {
  const name = `${table}_${column}_check`;
  const [row]: { definition: string }[] = await db.query(`SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = $1::regclass AND conname = $2`, [
    table,
    name,
  ]);
  if (!row) throw new Error(`constraint ${name} not found`);
  const values = [...new Set(change([...row.definition.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1])))];
  await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
  await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${name} CHECK (${column} IN (${values.map((v) => `'${v}'`).join(', ')}))`);
}
