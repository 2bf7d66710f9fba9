import { EntityManager } from 'typeorm';
import { starterGlossary } from '../../../../libs/text/src';

/**
 * Inserts the shipped starter glossary (libs/text/data/glossary) as STARTER entries, in the
 * caller's transaction. Entries whose code already exists are left as they are. Returns how many
 * were inserted. Used by the demo data and by staff's "load the starter glossary" on an empty glossary.
 */
export async function insertStarterGlossary(db: EntityManager, actorId: string | null): Promise<number> {
  let inserted = 0;
  for (const entry of starterGlossary()) {
    const rows: unknown[] = await db.query(
      `INSERT INTO glossary_entries (code, category, labels_fr, labels_ar, labels_en, variants, extends_code, broader_codes, definition, source, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'STARTER', $10, $10)
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [
        entry.code,
        entry.category,
        entry.fr ?? [],
        entry.ar ?? [],
        entry.en ?? [],
        entry.variants ?? [],
        entry.extends ?? null,
        entry.broader ?? [],
        entry.definition ?? null,
        actorId,
      ],
    );
    inserted += rows.length;
  }
  return inserted;
}
