import { Language } from '../common/i18n-messages';
import { Cell } from './csv';
import { CODE_SUFFIX, HEADINGS, Labels, UTC_SUFFIX } from './csv-labels';

/** One column of a query's rows, as the export shows it. */
export type ColumnSpec =
  | { key: string; kind: 'text' }
  /** An ISO code (for machines) and, beside it, its reading in the reader's language (`<key>_label`). */
  | { key: string; kind: 'code'; labels: Labels }
  /** An instant in UTC, ISO 8601 (for machines), and its day in the reader's language (`<key>_label`). */
  | { key: string; kind: 'timestamp' };

/** A column of the file: its stable key (machines) and its heading in the reader's language. */
export interface CsvColumn {
  key: string;
  label: string;
  value: (row: Record<string, Cell>) => Cell;
}

const LOCALES: Record<Language, string> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' };

export function csvColumns(specs: ColumnSpec[], language: Language): CsvColumn[] {
  const day = new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC', numberingSystem: 'latn' });
  const heading = (key: string) => HEADINGS[key]?.[language] ?? key;
  return specs.flatMap((spec): CsvColumn[] => {
    const raw = (row: Record<string, Cell>) => row[spec.key];
    switch (spec.kind) {
      case 'text':
        return [{ key: spec.key, label: heading(spec.key), value: raw }];
      case 'code':
        return [
          { key: spec.key, label: heading(spec.key) + CODE_SUFFIX[language], value: raw },
          {
            key: `${spec.key}_label`,
            label: heading(spec.key),
            value: (row) => {
              const code = row[spec.key];
              if (code == null || code === '') return null;
              return spec.labels[String(code)]?.[language] ?? String(code);
            },
          },
        ];
      case 'timestamp':
        return [
          { key: spec.key, label: heading(spec.key) + UTC_SUFFIX[language], value: (row) => utc(row[spec.key]) },
          {
            key: `${spec.key}_label`,
            label: heading(spec.key),
            value: (row) => {
              const instant = utc(row[spec.key]);
              return instant ? day.format(new Date(instant)) : null;
            },
          },
        ];
    }
  });
}

/** Postgres gives Dates; strings (already ISO) pass through. Always ISO 8601 with Z. */
function utc(value: Cell): string | null {
  if (value == null || value === '') return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
}
