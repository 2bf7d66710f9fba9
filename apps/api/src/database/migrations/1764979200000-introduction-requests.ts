import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Introduction requests: an industrial asks staff to introduce an expert to their organisation's
 * need. They share the staff queue (need_interests) with researchers' expressions of interest, told
 * apart by `kind`, with who asked. A researcher expresses interest in a need once; an organisation
 * may have one live (OPEN or CONVERTED) request per need and expert, and ask again after a dismissal.
 */
export class IntroductionRequests1764979200000 implements MigrationInterface {
  name = 'IntroductionRequests1764979200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE need_interests
        ADD COLUMN kind varchar(30) NOT NULL DEFAULT 'EXPRESSION_OF_INTEREST'
          CHECK (kind IN ('EXPRESSION_OF_INTEREST', 'INTRODUCTION_REQUEST')),
        ADD COLUMN requested_by uuid REFERENCES users(id)`);
    await db.query(`
      UPDATE need_interests i SET requested_by = p.user_id
        FROM researcher_profiles p WHERE p.id = i.researcher_profile_id`);
    await db.query('ALTER TABLE need_interests ALTER COLUMN requested_by SET NOT NULL');
    await db.query('ALTER TABLE need_interests DROP CONSTRAINT need_interests_need_id_researcher_profile_id_key');
    await db.query(`
      CREATE UNIQUE INDEX need_interests_expression_key ON need_interests (need_id, researcher_profile_id)
        WHERE kind = 'EXPRESSION_OF_INTEREST'`);
    await db.query(`
      CREATE UNIQUE INDEX need_interests_live_request_key ON need_interests (need_id, researcher_profile_id)
        WHERE kind = 'INTRODUCTION_REQUEST' AND status IN ('OPEN', 'CONVERTED')`);
    await db.query('CREATE INDEX need_interests_kind_idx ON need_interests (kind, status, created_at)');

    await changeAllowedValues(db, 'matches', 'origin', (values) => [...values, 'INTRODUCTION_REQUEST']);
    await changeAllowedValues(db, 'notifications', 'kind', (values) => [...values, 'INTRODUCTION_REQUESTED']);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM notifications WHERE kind = 'INTRODUCTION_REQUESTED'`);
    await changeAllowedValues(db, 'notifications', 'kind', (values) => values.filter((v) => v !== 'INTRODUCTION_REQUESTED'));
    await db.query(`UPDATE matches SET origin = 'STAFF' WHERE origin = 'INTRODUCTION_REQUEST'`);
    await changeAllowedValues(db, 'matches', 'origin', (values) => values.filter((v) => v !== 'INTRODUCTION_REQUEST'));
    await db.query(`DELETE FROM need_interests WHERE kind = 'INTRODUCTION_REQUEST'`);
    await db.query('DROP INDEX need_interests_kind_idx');
    await db.query('DROP INDEX need_interests_live_request_key');
    await db.query('DROP INDEX need_interests_expression_key');
    await db.query('ALTER TABLE need_interests ADD CONSTRAINT need_interests_need_id_researcher_profile_id_key UNIQUE (need_id, researcher_profile_id)');
    await db.query('ALTER TABLE need_interests DROP COLUMN requested_by, DROP COLUMN kind');
  }
}

/**
 * Rewrites the `${table}_${column}_check` constraint (a list of allowed values) from the values it
 * allows now, so this migration keeps what earlier ones added (e.g. notification kinds of other modules).
 */
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
