import { stringify } from 'csv-stringify/sync';
import { InvalidInputError } from '../common/domain-errors';
import { assertSize, normaliseHeader, readRecords, stripBom } from '../imports/member-csv';
import { GlossaryEntryInput } from './dto/glossary.input';
import { GlossaryEntry } from './glossary-entry.entity';
import { GlossaryCategory } from './glossary.model';

/**
 * The glossary CSV, shared between clusters: one row per entry, lists separated by `|`.
 * Columns: code, category, labels_fr, labels_ar, labels_en, variants, extends, broader,
 * definition (and status on export; an import makes or keeps entries ACTIVE).
 */
export const GLOSSARY_COLUMNS = ['code', 'category', 'labels_fr', 'labels_ar', 'labels_en', 'variants', 'extends', 'broader', 'definition'] as const;
export type GlossaryColumn = (typeof GLOSSARY_COLUMNS)[number];
export const GLOSSARY_IMPORT_LIMITS = { maxBytes: 2 * 1024 * 1024, maxRows: 5000 };

const ALIASES: Record<string, GlossaryColumn> = {
  fr: 'labels_fr',
  french: 'labels_fr',
  francais: 'labels_fr',
  ar: 'labels_ar',
  arabic: 'labels_ar',
  arabe: 'labels_ar',
  en: 'labels_en',
  english: 'labels_en',
  anglais: 'labels_en',
  darija: 'variants',
  extends_code: 'extends',
  broader_codes: 'broader',
};

export interface GlossaryCsvRow {
  line: number;
  code: string | null;
  input: GlossaryEntryInput;
}

export interface ParsedGlossaryCsv {
  rows: GlossaryCsvRow[];
  problems: Array<{ line: number; field: string; reason: string; params?: Record<string, string | number> }>;
}

const LIST_SEPARATOR = '|';
const CODE = /^[a-z][a-z0-9_]{1,79}$/;

export function exportGlossaryCsv(entries: GlossaryEntry[]): string {
  const list = (values: string[]) => values.join(` ${LIST_SEPARATOR} `);
  const rows = entries.map((e) => [
    e.code,
    e.category ?? '',
    list(e.labelsFr),
    list(e.labelsAr),
    list(e.labelsEn),
    list(e.variants),
    e.extendsCode ?? '',
    list(e.broaderCodes),
    e.definition ?? '',
    e.status,
  ]);
  return '\ufeff' + stringify([[...GLOSSARY_COLUMNS, 'status'], ...rows], { record_delimiter: '\r\n' });
}

/** Reads the file: header mapping, then each row's cells; checks needing the database are the service's. */
export function parseGlossaryCsv(text: string, limits = GLOSSARY_IMPORT_LIMITS): ParsedGlossaryCsv {
  assertSize(text, limits.maxBytes);
  const records = readRecords(stripBom(text));
  if (!records.length) throw InvalidInputError.field('csv', 'importEmptyFile');
  const [header, ...body] = records;
  const columns = header.cells.map((cell) => {
    const name = normaliseHeader(cell);
    return (GLOSSARY_COLUMNS as readonly string[]).includes(name) ? (name as GlossaryColumn) : (ALIASES[name] ?? null);
  });
  const problems: ParsedGlossaryCsv['problems'] = [];
  if (!columns.some((c) => c === 'labels_fr' || c === 'labels_ar' || c === 'labels_en')) {
    problems.push({ line: 1, field: 'labels_fr', reason: 'glossaryCsvNoLabelColumn' });
    return { rows: [], problems };
  }
  const data = body.filter((record) => record.cells.some((cell) => cell.trim()));
  if (data.length > limits.maxRows) throw InvalidInputError.field('csv', 'importTooManyRows', { max: limits.maxRows });
  const seenCodes = new Map<string, number>();
  const rows: GlossaryCsvRow[] = [];
  for (const record of data) {
    const cell = (column: GlossaryColumn) => {
      const at = columns.indexOf(column);
      return at >= 0 ? (record.cells[at] ?? '').trim() : '';
    };
    const list = (column: GlossaryColumn) => cell(column).split(LIST_SEPARATOR).map((v) => v.trim()).filter(Boolean);
    const code = cell('code') || null;
    if (code && !CODE.test(code)) problems.push({ line: record.line, field: 'code', reason: 'glossaryCsvBadCode', params: { code } });
    if (code && seenCodes.has(code)) problems.push({ line: record.line, field: 'code', reason: 'glossaryCsvDuplicateCode', params: { code, line: seenCodes.get(code)! } });
    if (code) seenCodes.set(code, record.line);
    const category = cell('category');
    if (category && !Object.values(GlossaryCategory).includes(category as GlossaryCategory)) {
      problems.push({ line: record.line, field: 'category', reason: 'glossaryUnknownCategory', params: { value: category } });
    }
    rows.push({
      line: record.line,
      code,
      input: {
        labelsFr: list('labels_fr'),
        labelsAr: list('labels_ar'),
        labelsEn: list('labels_en'),
        variants: list('variants'),
        category: (Object.values(GlossaryCategory) as string[]).includes(category) ? (category as GlossaryCategory) : null,
        extendsCode: cell('extends') || null,
        broaderCodes: list('broader'),
        definition: cell('definition') || null,
      },
    });
  }
  return { rows, problems };
}
