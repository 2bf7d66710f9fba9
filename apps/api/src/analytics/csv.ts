import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | boolean | null | undefined | Date;

/** Cells a spreadsheet would run as a formula (CSV injection) are prefixed with an apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(header: string[], rows: Array<Array<Cell>>): string {
  const cells = rows.map((row) => row.map(cell));
  return '\ufeff' + stringify([header, ...cells], { record_delimiter: '\r\n' });
}

function cell(value: Cell): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}
