import { analyseCached } from './inverted-index';
import { fieldPieces, MAX_DISTANCE, pairDistance, ProximityQuery } from './proximity';

describe('pairDistance', () => {
  it('is 1 for adjacent words in the query order, 2 in the reverse order', () => {
    expect(pairDistance([3], [4])).toBe(1);
    expect(pairDistance([4], [3])).toBe(2);
  });

  it('takes the closest occurrences and caps at MAX_DISTANCE', () => {
    expect(pairDistance([0, 20, 40], [5, 43])).toBe(3);
    expect(pairDistance([0], [30])).toBe(MAX_DISTANCE);
    expect(pairDistance([0, 7], [])).toBe(MAX_DISTANCE);
  });

  it('does not pair a position with itself (one token matching both words)', () => {
    expect(pairDistance([5], [5])).toBe(MAX_DISTANCE);
    expect(pairDistance([2, 5], [5])).toBe(3);
    expect(pairDistance([5], [5, 6])).toBe(1);
  });
});

describe('ProximityQuery', () => {
  /** Query words as analyseQuery gives them: each word's matching terms. */
  const words = (...terms: string[][]) => terms.map((matches) => ({ matches: new Set(matches) }));
  const fields = ['title', 'keywords', 'description'];
  /** What InvertedIndex passes: each word's fields (here from the analysed text) and the fields' pieces. */
  const measure = (query: ReturnType<typeof words>, document: Record<string, unknown>) => {
    const pieces = fields.map((field) => fieldPieces(document[field], analyseCached, analyseCached));
    const masks = query.map((word) => pieces.reduce((mask, field, f) => (field.some((terms) => terms.some((term) => word.matches.has(term))) ? mask | (1 << f) : mask), 0));
    const read: number[] = [];
    const proximity = new ProximityQuery(query).measure(masks, (field) => {
      read.push(field);
      return pieces[field];
    });
    return { proximity, read };
  };
  const proximity = (query: ReturnType<typeof words>, document: Record<string, unknown>) => measure(query, document).proximity;

  it('measures positions on the analysed text (stems, accents; stop words take no position)', () => {
    const query = words(analyseCached('produits'), analyseCached('séchés'));
    expect(proximity(query, { description: 'Nos produits séchés au soleil.' })).toBe(1);
    expect(proximity(query, { description: 'Un produit bien séché.' })).toBe(2);
    expect(proximity(query, { description: 'Séché, le produit se garde.' })).toBe(2);
    expect(proximity(query, { description: 'Un produit, deux, trois, quatre, cinq, six, sept, huit et neuf séchés.' })).toBe(MAX_DISTANCE);
  });

  it('counts words in different fields, list elements or sentences as MAX_DISTANCE apart, reading only the shared fields', () => {
    const query = words(['miel'], ['lavand']);
    expect(measure(query, { title: 'Miel', description: 'Lavande' })).toEqual({ proximity: MAX_DISTANCE, read: [] });
    expect(proximity(query, { keywords: ['miel', 'lavande'] })).toBe(MAX_DISTANCE);
    expect(proximity(query, { description: 'Du miel. Lavande fine.' })).toBe(MAX_DISTANCE);
    expect(measure(query, { title: 'Miel', keywords: ['miel de lavande'] })).toEqual({ proximity: 1, read: [1] });
    expect(proximity(query, { description: 'pH 7.2 du miel, lavande' })).toBe(1);
  });

  it('sums over consecutive matched words, skipping the words a document lacks', () => {
    const query = words(['huil'], ['argan'], ['bio']);
    expect(proximity(query, { description: 'huile argan bio' })).toBe(2);
    expect(proximity(query, { description: 'huile bio' })).toBe(1);
    expect(proximity(query, { title: 'huile', description: 'argan bio' })).toBe(MAX_DISTANCE + 1);
    expect(proximity(query, { description: 'argan' })).toBe(0);
    expect(ProximityQuery.worst(3)).toBe(2 * MAX_DISTANCE);
  });

  it('normalises Arabic as the index does', () => {
    const query = words(analyseCached('زيوت'), analyseCached('عطرية'));
    expect(proximity(query, { description: 'نبحث عن الزيوت العطرية للتجميل' })).toBe(1);
  });
});
