import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { translate } from '../common/i18n-messages';
import { Viewer } from '../common/viewer';
import { normalise, type GlossaryConcept } from '../../../../libs/text/src';
import { GlossaryEntry } from './glossary-entry.entity';
import { exportGlossaryCsv, parseGlossaryCsv } from './glossary-csv';
import { GlossaryImportReport, GlossaryImportRow } from './glossary.model';
import { glossaryPolicy } from './glossary.policy';
import { clean, GlossaryService, SUBJECT } from './glossary.service';

/**
 * Glossary CSV import and export. An import is checked as a whole (file, rows, rows against each
 * other and against the glossary) and applied only when no row has a problem; a dry run (the
 * default) reports what would happen, line by line, and writes nothing. Rows with a known code
 * update that entry; others create entries (source IMPORT).
 */
@Injectable()
export class GlossaryImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly glossary: GlossaryService,
    private readonly audit: AuditService,
  ) {}

  async exportCsv(viewer: Viewer): Promise<string> {
    glossaryPolicy.assertMayManage(viewer);
    return exportGlossaryCsv(await this.glossary.all());
  }

  async importCsv(viewer: Viewer, csv: string, dryRun: boolean): Promise<GlossaryImportReport> {
    glossaryPolicy.assertMayManage(viewer);
    const parsed = parseGlossaryCsv(csv);
    const language = viewer.language;
    const report = (problems: typeof parsed.problems, preview: GlossaryImportRow[], created = 0, updated = 0, unchanged = 0): GlossaryImportReport => ({
      dryRun,
      rows: parsed.rows.length,
      created,
      updated,
      unchanged,
      problems: problems
        .sort((a, b) => a.line - b.line || a.field.localeCompare(b.field))
        .map((p) => ({ line: p.line, field: p.field, reason: translate(p.reason, language, p.params ?? {}) })),
      preview,
    });

    const plan = async (db: EntityManager) => {
      const problems = [...parsed.problems];
      const existing = new Map((await this.glossary.byCodes(db, parsed.rows.map((r) => r.code).filter((c): c is string => !!c))).map((e) => [e.code, e]));
      const taken = await this.glossary.labelsInUse(db);
      const pendingCodes = new Set(parsed.rows.map((r) => r.code).filter((c): c is string => !!c));
      // A label twice in the file is a problem of the later row.
      const fileLabels = new Map<string, { line: number; code: string }>();
      const preview: GlossaryImportRow[] = [];
      for (const row of parsed.rows) {
        const current = row.code ? existing.get(row.code) : undefined;
        const rowProblems = await this.glossary.problems(db, row.input, current?.id ?? null, pendingCodes, taken);
        const entry = clean(row.input);
        for (const label of [...entry.labelsFr, ...entry.labelsAr, ...entry.labelsEn, ...entry.variants]) {
          const key = normalise(label);
          const other = fileLabels.get(key);
          if (other && other.line !== row.line) rowProblems.push({ field: 'labels', reason: 'glossaryCsvDuplicateLabel', params: { label, line: String(other.line) } });
          else fileLabels.set(key, { line: row.line, code: row.code ?? '' });
        }
        for (const p of rowProblems) problems.push({ line: row.line, field: csvField(p.field), reason: p.reason, params: p.params });
        const label = entry.labelsFr[0] ?? entry.labelsEn[0] ?? entry.labelsAr[0] ?? entry.variants[0] ?? '';
        const action = rowProblems.length || parsed.problems.some((p) => p.line === row.line) ? 'ERROR' : !current ? 'CREATE' : sameEntry(current, entry) && current.status === 'ACTIVE' ? 'UNCHANGED' : 'UPDATE';
        preview.push({ line: row.line, code: row.code ?? '', label, action });
      }
      return { problems, preview, existing };
    };

    if (dryRun) {
      const { problems, preview } = await plan(this.db.manager);
      const count = (action: string) => preview.filter((p) => p.action === action).length;
      return report(problems, preview, count('CREATE'), count('UPDATE'), count('UNCHANGED'));
    }

    let outcome: GlossaryImportReport | null = null;
    await this.glossary.change(async (db) => {
      await db.query('LOCK TABLE glossary_entries IN SHARE ROW EXCLUSIVE MODE');
      const { problems, preview, existing } = await plan(db);
      if (problems.length) {
        outcome = report(problems, preview);
        return { entry: null, affected: { needs: [], researchers: [] } };
      }
      const probes: GlossaryConcept[] = [];
      let created = 0;
      let updated = 0;
      for (const row of parsed.rows) {
        const entry = clean(row.input);
        const current = row.code ? existing.get(row.code) : undefined;
        if (current && sameEntry(current, entry) && current.status === 'ACTIVE') continue;
        if (current) probes.push(this.glossary.probeConcept(current));
        const saved = current
          ? await db.getRepository(GlossaryEntry).save(Object.assign(current, entry, { status: 'ACTIVE', mergedIntoId: null, updatedBy: viewer.id }))
          : await db.getRepository(GlossaryEntry).save(
              db.getRepository(GlossaryEntry).create({ ...entry, code: row.code ?? (await this.glossary.newCode(db, entry)), source: 'IMPORT', status: 'ACTIVE', createdBy: viewer.id, updatedBy: viewer.id }),
            );
        probes.push(this.glossary.probeConcept(saved));
        if (current) updated++;
        else created++;
        await this.audit.record(db, { actorId: viewer.id, action: current ? 'GLOSSARY_ENTRY_UPDATED' : 'GLOSSARY_ENTRY_CREATED', subjectType: SUBJECT, subjectId: saved.id, details: { code: saved.code, via: 'CSV import', line: row.line } });
      }
      const affected = probes.length ? await this.glossary.enqueueAffected(db, probes) : { needs: [], researchers: [] };
      outcome = report([], preview, created, updated, parsed.rows.length - created - updated);
      return { entry: null, affected };
    }, language);
    return outcome!;
  }
}

function sameEntry(current: GlossaryEntry, entry: ReturnType<typeof clean>): boolean {
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((v, k) => v === b[k]);
  return (
    same(current.labelsFr, entry.labelsFr) &&
    same(current.labelsAr, entry.labelsAr) &&
    same(current.labelsEn, entry.labelsEn) &&
    same(current.variants, entry.variants) &&
    same(current.broaderCodes, entry.broaderCodes) &&
    (current.category ?? null) === entry.category &&
    (current.extendsCode ?? null) === entry.extendsCode &&
    (current.definition ?? null) === entry.definition
  );
}

/** The CSV column of an input field. */
function csvField(field: string): string {
  return ({ labelsFr: 'labels_fr', labelsAr: 'labels_ar', labelsEn: 'labels_en', extendsCode: 'extends', broaderCodes: 'broader' } as Record<string, string>)[field] ?? field;
}
