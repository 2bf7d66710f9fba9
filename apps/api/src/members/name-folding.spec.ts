import { foldedSql, foldName } from './name-folding';

describe('foldName', () => {
  it('ignores case and accents', () => {
    expect(foldName('Coopérative AÏT Baâmrane')).toBe('cooperative ait baamrane');
    expect(foldName('ÉCOLE Supérieure')).toBe('ecole superieure');
    expect(foldName('Łódź Œuvre')).toBe('lodz œuvre');
  });

  it('ignores Arabic vowel marks, tatweel and letter variants', () => {
    expect(foldName('تَعَاوُنِيَّة أركـــان')).toBe(foldName('تعاونيه اركان'));
    expect(foldName('إدارة')).toBe('اداره');
  });

  it('treats typographic apostrophes as plain ones', () => {
    expect(foldName('L’Oasis d‘Argan')).toBe("l'oasis d'argan");
  });

  it('builds SQL with quotes escaped and as many characters on both sides (plus removals)', () => {
    const sql = foldedSql('o.name');
    const [, from, to] = /translate\(lower\(o\.name\), '(.*)', '(.*)'\)$/su.exec(sql)!;
    const unescape = (s: string) => s.replace(/''/g, "'");
    expect([...unescape(from)].length).toBe([...unescape(to)].length + 10);
  });
});
