import { DataSource, EntityManager } from 'typeorm';
import type { GlossaryConcept } from '../../../../libs/text/src';

interface Row {
  code: string;
  labels_fr: string[];
  labels_ar: string[];
  labels_en: string[];
  variants: string[];
  extends_code: string | null;
  broader_codes: string[];
}

/** An entry's row as a libs/text GlossaryConcept. */
export function toGlossaryConcept(entry: {
  code: string;
  labelsFr: string[];
  labelsAr: string[];
  labelsEn: string[];
  variants: string[];
  extendsCode: string | null;
  broaderCodes: string[];
}): GlossaryConcept {
  return { code: entry.code, fr: entry.labelsFr, ar: entry.labelsAr, en: entry.labelsEn, variants: entry.variants, extends: entry.extendsCode, broader: entry.broaderCodes };
}

/** The active glossary entries as concepts (plain SQL: the search module reads them without the glossary module). */
export async function activeGlossaryConcepts(db: DataSource | EntityManager): Promise<GlossaryConcept[]> {
  const rows: Row[] = await db.query(
    `SELECT code, labels_fr, labels_ar, labels_en, variants, extends_code, broader_codes
     FROM glossary_entries WHERE status = 'ACTIVE' ORDER BY created_at, id`,
  );
  return rows.map((row) =>
    toGlossaryConcept({
      code: row.code,
      labelsFr: row.labels_fr,
      labelsAr: row.labels_ar,
      labelsEn: row.labels_en,
      variants: row.variants,
      extendsCode: row.extends_code,
      broaderCodes: row.broader_codes,
    }),
  );
}

/** Changes whenever an entry is added, edited, retired or merged. */
export async function glossaryVersion(db: DataSource | EntityManager): Promise<string> {
  const [row]: Array<{ n: number; at: Date | null }> = await db.query('SELECT count(*)::int AS n, max(updated_at) AS at FROM glossary_entries');
  return `${row.n}:${row.at ? new Date(row.at).toISOString() : '-'}`;
}
