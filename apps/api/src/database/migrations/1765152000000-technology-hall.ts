import { MigrationInterface, QueryRunner } from 'typeorm';

const NOTIFICATION_KINDS = ['HALL_BOOKING_REQUESTED', 'HALL_BOOKING_APPROVED', 'HALL_BOOKING_REFUSED', 'HALL_BOOKING_MOVED', 'HALL_BOOKING_CANCELLED'];

/**
 * The technology hall: an equipment catalogue, maintenance periods, and bookings of one equipment
 * each (PENDING requests from members, APPROVED by staff…). Two bookings that hold an equipment
 * (PENDING or APPROVED) can never overlap: an exclusion constraint (btree_gist) says so, whatever
 * the application does.
 *
 * Existing bookings (a collaboration, days, a free-text list of equipment) become APPROVED bookings
 * of catalogue items: one item per distinct equipment name (case-insensitively, spaces trimmed),
 * one booking per booked item. Should two old bookings overlap on the same item, the later one is
 * kept as CANCELLED with a note rather than lost.
 */
export class TechnologyHall1765152000000 implements MigrationInterface {
  name = 'TechnologyHall1765152000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
    await db.query(`
      CREATE TABLE hall_equipment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(120) NOT NULL,
        category varchar(20) NOT NULL CHECK (category IN ('PROCESSING', 'EXTRACTION', 'DRYING', 'FORMULATION', 'PACKAGING', 'ANALYSIS', 'OTHER')),
        description text NOT NULL DEFAULT '',
        capacity varchar(200),
        rules text,
        photo_url varchar(500),
        status varchar(20) NOT NULL DEFAULT 'AVAILABLE' CHECK (status IN ('AVAILABLE', 'UNDER_MAINTENANCE')),
        archived_at timestamptz,
        created_by uuid REFERENCES users(id),
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE UNIQUE INDEX hall_equipment_name_key ON hall_equipment (lower(name)) WHERE archived_at IS NULL');
    await db.query(`
      CREATE TABLE hall_maintenance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        equipment_id uuid NOT NULL REFERENCES hall_equipment(id),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        note text,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CHECK (ends_on >= starts_on),
        CONSTRAINT hall_maintenance_no_overlap EXCLUDE USING gist (equipment_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&)
      )`);

    await db.query('ALTER TABLE hall_bookings RENAME TO hall_bookings_legacy');
    await db.query('ALTER INDEX hall_bookings_dates_idx RENAME TO hall_bookings_legacy_dates_idx');
    await db.query('ALTER TABLE hall_bookings_legacy RENAME CONSTRAINT hall_bookings_pkey TO hall_bookings_legacy_pkey');
    await db.query(`
      CREATE TABLE hall_bookings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        equipment_id uuid NOT NULL REFERENCES hall_equipment(id),
        collaboration_id uuid REFERENCES collaborations(id),
        organisation_id uuid REFERENCES organisations(id),
        requested_by uuid NOT NULL REFERENCES users(id),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        purpose text NOT NULL,
        status varchar(20) NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED', 'CANCELLED')),
        decision_reason text,
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on),
        CONSTRAINT hall_bookings_no_overlap EXCLUDE USING gist (equipment_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&)
          WHERE (status IN ('PENDING', 'APPROVED'))
      )`);
    await db.query('CREATE INDEX hall_bookings_dates_idx ON hall_bookings (starts_on, ends_on)');
    await db.query('CREATE INDEX hall_bookings_collaboration_idx ON hall_bookings (collaboration_id) WHERE collaboration_id IS NOT NULL');
    await db.query('CREATE INDEX hall_bookings_organisation_idx ON hall_bookings (organisation_id, starts_on)');
    await db.query('CREATE INDEX hall_bookings_requester_idx ON hall_bookings (requested_by, starts_on)');
    await db.query('CREATE INDEX hall_bookings_status_idx ON hall_bookings (status, starts_on)');

    // One catalogue item per distinct name: spelled as first booked, category OTHER (staff sort them out).
    await db.query(`
      INSERT INTO hall_equipment (name, category, description, created_by, created_at)
      SELECT DISTINCT ON (lower(name)) name, 'OTHER', '', created_by, created_at
        FROM (SELECT btrim(unnest(equipment)) AS name, created_by, created_at FROM hall_bookings_legacy) names
       WHERE name <> ''
       ORDER BY lower(name), created_at`);
    const legacy = `
      SELECT b.id AS legacy_id, e.id AS equipment_id, b.collaboration_id, n.organisation_id, b.created_by, b.starts_on, b.ends_on,
             coalesce(nullif(btrim(b.note), ''), c.title) AS purpose, b.created_at
        FROM hall_bookings_legacy b
        JOIN collaborations c ON c.id = b.collaboration_id
        JOIN matches m ON m.id = c.match_id
        JOIN needs n ON n.id = m.need_id
        JOIN LATERAL (SELECT DISTINCT lower(btrim(x)) AS name FROM unnest(b.equipment) x WHERE btrim(x) <> '') names ON true
        JOIN hall_equipment e ON lower(e.name) = names.name`;
    const rows: Record<string, unknown>[] = await db.query(`${legacy} ORDER BY b.created_at, b.id, names.name`);
    const columns = 'equipment_id, collaboration_id, organisation_id, requested_by, starts_on, ends_on, purpose, status, decision_reason, decided_by, decided_at, created_at';
    for (const row of rows) {
      const values = [row.equipment_id, row.collaboration_id, row.organisation_id, row.created_by, row.starts_on, row.ends_on, row.purpose];
      const kept: unknown[] = await db.query(
        `INSERT INTO hall_bookings (${columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, 'APPROVED', NULL, $4, $8, $8) ON CONFLICT DO NOTHING RETURNING id`,
        [...values, row.created_at],
      );
      if (kept.length) continue;
      await db.query(`INSERT INTO hall_bookings (${columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, 'CANCELLED', $9, $4, $8, $8)`, [
        ...values,
        row.created_at,
        'Chevauchait une autre réservation du même équipement lors du passage au catalogue',
      ]);
    }
    await db.query('DROP TABLE hall_bookings_legacy');

    await changeAllowedValues(db, 'notifications', 'kind', (values) => [...values, ...NOTIFICATION_KINDS]);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM notifications WHERE kind = ANY($1::varchar[])`, [NOTIFICATION_KINDS]);
    await changeAllowedValues(db, 'notifications', 'kind', (values) => values.filter((v) => !NOTIFICATION_KINDS.includes(v)));
    await db.query('ALTER TABLE hall_bookings RENAME TO hall_bookings_catalogued');
    await db.query('ALTER INDEX hall_bookings_dates_idx RENAME TO hall_bookings_catalogued_dates_idx');
    await db.query('ALTER TABLE hall_bookings_catalogued RENAME CONSTRAINT hall_bookings_pkey TO hall_bookings_catalogued_pkey');
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
    // Only approved bookings of collaborations had a place in the old shape.
    await db.query(`
      INSERT INTO hall_bookings (collaboration_id, starts_on, ends_on, equipment, note, created_by, created_at)
      SELECT b.collaboration_id, b.starts_on, b.ends_on, array_agg(lower(e.name) ORDER BY e.name), min(b.purpose), min(b.requested_by::text)::uuid, min(b.created_at)
        FROM hall_bookings_catalogued b JOIN hall_equipment e ON e.id = b.equipment_id
       WHERE b.status = 'APPROVED' AND b.collaboration_id IS NOT NULL
       GROUP BY b.collaboration_id, b.starts_on, b.ends_on`);
    await db.query('DROP TABLE hall_bookings_catalogued');
    await db.query('DROP TABLE hall_maintenance');
    await db.query('DROP TABLE hall_equipment');
  }
}

/** Rewrites the `${table}_${column}_check` list of allowed values from the one in force (other modules add kinds too). */
async function changeAllowedValues(db: QueryRunner, table: string, column: string, change: (values: string[]) => string[]): Promise<void> {
  const name = `${table}_${column}_check`;
  const [row]: { definition: string }[] = await db.query(
    `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = $1::regclass AND conname = $2`,
    [table, name],
  );
  if (!row) throw new Error(`constraint ${name} not found`);
  const values = [...new Set(change([...row.definition.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1])))];
  await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
  await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${name} CHECK (${column} IN (${values.map((v) => `'${v}'`).join(', ')}))`);
}
