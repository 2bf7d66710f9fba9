import { parse } from 'csv-parse/sync';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a BOM, a header and quoted cells that round-trip through a CSV parser', () => {
    const csv = toCsv(['title', 'organisation'], [['Huile d’argan, "extra"', 'تعاونية تيفاوت'], ['Line\nbreak', null]]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(parse(csv, { bom: true })).toEqual([
      ['title', 'organisation'],
      ['Huile d’argan, "extra"', 'تعاونية تيفاوت'],
      ['Line\nbreak', ''],
    ]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const [, row] = parse(toCsv(['a', 'b', 'c', 'd'], [['=HYPERLINK("x")', '+1', '@SUM(A1)', '-2']]), { bom: true });
    expect(row).toEqual([`'=HYPERLINK("x")`, `'+1`, `'@SUM(A1)`, `'-2`]);
  });

  it('writes numbers and dates as they are', () => {
    const [, row] = parse(toCsv(['n', 'd'], [[-0.5, new Date('2026-03-01T10:00:00Z')]]), { bom: true });
    expect(row).toEqual(['-0.5', '2026-03-01T10:00:00.000Z']);
  });
});
