import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../../../text/src/language';
import type { CollectionFile } from './collection';

/**
 * Format checks for the collections written for the cluster (libs/matching/data): what the
 * evaluation relies on, nothing about the matcher's results. cluster-collection is the second,
 * larger development collection; third-collection was written and frozen before anything was
 * measured on it.
 */
const COLLECTIONS = [
  { name: 'cluster-collection', minResearchers: 160, minNeeds: 66, firstId: 101 },
  { name: 'third-collection', minResearchers: 120, minNeeds: 45, firstId: 301 },
];
const LANGUAGES = ['fr', 'ar', 'en'];

describe.each(COLLECTIONS)('$name', ({ name, minResearchers, minNeeds, firstId }) => {
  const dir = join(__dirname, '..', '..', 'data', name);
  const collection = JSON.parse(readFileSync(join(dir, 'collection.json'), 'utf8')) as CollectionFile;
  const annotations = JSON.parse(readFileSync(join(dir, 'annotations.json'), 'utf8')) as {
    needs: Record<string, { topic: string; hardNegatives: string[] }>;
  };

    const researcherIds = collection.researchers.map((r) => r.id);
    const needIds = collection.needs.map((n) => n.id);
    const known = new Set(researcherIds);

    it(`is named and versioned, with at least ${minResearchers} researchers and ${minNeeds} needs`, () => {
      expect(collection.name).toBe(name);
      expect(collection.version).toBe(1);
      expect(collection.researchers.length).toBeGreaterThanOrEqual(minResearchers);
      expect(collection.needs.length).toBeGreaterThanOrEqual(minNeeds);
    });

    it(`has unique researcher and need ids in the r${firstId}… / n${firstId}… series`, () => {
      expect(new Set(researcherIds).size).toBe(researcherIds.length);
      expect(new Set(needIds).size).toBe(needIds.length);
      for (const id of researcherIds) expect(id).toMatch(/^r\d{3,}$/);
      for (const id of researcherIds) expect(Number(id.slice(1))).toBeGreaterThanOrEqual(firstId);
      for (const id of needIds) expect(id).toMatch(/^n\d{3,}$/);
      for (const id of needIds) expect(Number(id.slice(1))).toBeGreaterThanOrEqual(firstId);
    });

    it('describes fictional researchers whose profile languages are among fr, ar, en', () => {
      const problems: string[] = [];
      for (const r of collection.researchers) {
        if (r.displayName !== `Lab researcher ${r.id}`) problems.push(`${r.id}: displayName ${r.displayName}`);
        if (!r.organization?.includes('(fictional)')) problems.push(`${r.id}: organisation not marked fictional`);
        if (!r.languages?.length || r.languages.some((l) => !LANGUAGES.includes(l))) problems.push(`${r.id}: languages ${r.languages}`);
        if (!r.headline || !r.expertise) problems.push(`${r.id}: no headline or expertise`);
        const publications = r.publications ?? [];
        if (publications.length < 2 || publications.length > 5) problems.push(`${r.id}: ${publications.length} publications`);
        for (const p of publications) if (!p.title || !p.abstract || !p.year) problems.push(`${r.id}: incomplete publication`);
      }
      expect(problems).toEqual([]);
    });

    it('has a third of the needs in each language', () => {
      const counts: Record<string, number> = {};
      for (const n of collection.needs) counts[n.language ?? '?'] = (counts[n.language ?? '?'] ?? 0) + 1;
      const third = collection.needs.length / 3;
      expect(counts).toEqual({ fr: third, ar: third, en: third });
    });

    it('judges 2 to 6 known researchers per need, grades 1..3, at least one grade 3', () => {
      const problems: string[] = [];
      for (const n of collection.needs) {
        const judged = Object.entries(n.relevant ?? {});
        if (judged.length < 2 || judged.length > 6) problems.push(`${n.id}: ${judged.length} judged`);
        for (const [id, grade] of judged) {
          if (!known.has(id)) problems.push(`${n.id}: unknown researcher ${id}`);
          if (!Number.isInteger(grade) || grade < 1 || grade > 3) problems.push(`${n.id}: grade ${grade} for ${id}`);
        }
        if (!judged.some(([, grade]) => grade === 3)) problems.push(`${n.id}: no grade 3`);
        if (!n.title || !n.description) problems.push(`${n.id}: no title or description`);
        if (!['AGRIFOOD', 'COSMETICS', 'BOTH'].includes(n.sector ?? '')) problems.push(`${n.id}: sector ${n.sector}`);
        if (!(n.trlCurrent! >= 1 && n.trlTarget! <= 9 && n.trlCurrent! <= n.trlTarget!)) problems.push(`${n.id}: TRL ${n.trlCurrent}→${n.trlTarget}`);
      }
      expect(problems).toEqual([]);
    });

    it('keeps the hard negatives of annotations.json ungraded and known', () => {
      expect(Object.keys(annotations.needs).sort()).toEqual([...needIds].sort());
      const problems: string[] = [];
      for (const n of collection.needs) {
        for (const id of annotations.needs[n.id].hardNegatives) {
          if (!known.has(id)) problems.push(`${n.id}: unknown hard negative ${id}`);
          if (n.relevant?.[id]) problems.push(`${n.id}: hard negative ${id} is graded`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('declares need languages that libs/text detects for at least 90% of the needs', () => {
      const mismatches = collection.needs
        .map((n) => ({ id: n.id, declared: n.language, detected: detectLanguage(`${n.title}. ${n.description ?? ''}`) }))
        .filter((m) => m.detected !== m.declared);
      const agreement = 1 - mismatches.length / collection.needs.length;
      if (agreement < 0.9) throw new Error(`language agreement ${agreement.toFixed(3)}; mismatches: ${JSON.stringify(mismatches)}`);
      expect(agreement).toBeGreaterThanOrEqual(0.9);
    });
});
