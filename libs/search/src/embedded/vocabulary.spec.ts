import { isWithinOneEdit, Vocabulary } from './vocabulary';

/** Damerau distance (optimal string alignment: a swap of neighbours is one edit) by dynamic programming, the reference. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('isWithinOneEdit', () => {
  it('accepts one insertion, deletion, substitution or swap of neighbours anywhere, and nothing more', () => {
    expect(isWithinOneEdit('argan', 'argan')).toBe(true);
    expect(isWithinOneEdit('argan', 'argn')).toBe(true);
    expect(isWithinOneEdit('argan', 'xargan')).toBe(true);
    expect(isWithinOneEdit('argan', 'argam')).toBe(true);
    expect(isWithinOneEdit('argan', 'agran')).toBe(true);
    expect(isWithinOneEdit('argan', 'raagn')).toBe(false);
    expect(isWithinOneEdit('argan', 'arg')).toBe(false);
  });

  it('agrees with the Damerau distance on every pair of short strings over a small alphabet', () => {
    const words = [''];
    for (let length = 1; length <= 4; length++) {
      for (const word of words.filter((w) => w.length === length - 1)) for (const letter of 'abc') words.push(word + letter);
    }
    for (const a of words) for (const b of words) expect([a, b, isWithinOneEdit(a, b)]).toEqual([a, b, distance(a, b) <= 1]);
  });
});

describe('Vocabulary', () => {
  it('finds terms within one edit and by prefix, only while a document carries them', () => {
    const vocabulary = new Vocabulary();
    for (const term of ['argan', 'argane', 'organ', 'olive']) vocabulary.adjust(vocabulary.intern(term), 1);
    expect(vocabulary.withinOneEdit('argan').sort()).toEqual(['argan', 'argane', 'organ']);
    expect(vocabulary.startingWith('arg').sort()).toEqual(['argan', 'argane']);
    vocabulary.adjust(vocabulary.id('organ')!, -1);
    expect(vocabulary.withinOneEdit('argan').sort()).toEqual(['argan', 'argane']);
  });

  it('finds every term within one edit, short or long, as a scan of the whole vocabulary would', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff;
    const word = () => Array.from({ length: 2 + Math.floor(random() * 7) }, () => 'abc'[Math.floor(random() * 3)]).join('');
    const vocabulary = new Vocabulary();
    const terms = [...new Set(Array.from({ length: 800 }, word))];
    for (const term of terms) vocabulary.adjust(vocabulary.intern(term), 1);
    for (const query of Array.from({ length: 300 }, word)) {
      expect([query, vocabulary.withinOneEdit(query).sort()]).toEqual([query, terms.filter((term) => distance(query, term) <= 1).sort()]);
    }
  });
});
