import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When one side declines a proposal, the other side is told (without the reason): a new
 * notification kind. The allowed kinds are rewritten from those the constraint allows now, so
 * kinds other modules added meanwhile are kept.
 */
export class MatchDeclinedNotice1765324800000 implements MigrationInterface {
  name = 'MatchDeclinedNotice1765324800000';

  async up(db: QueryRunner): Promise<void> {
    await changeAllowedValues(db, 'notifications', 'kind', (values) => [...values, 'MATCH_DECLINED']);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM notifications WHERE kind = 'MATCH_DECLINED'`);
    await changeAllowedValues(db, 'notifications', 'kind', (values) => values.filter((v) => v !== 'MATCH_DECLINED'));
  }
}

/** Rewrites the `${table}_${column}_check` constraint (a list of allowed values) from the values it allows now. */
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
