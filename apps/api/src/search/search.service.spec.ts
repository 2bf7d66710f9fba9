import { MAX_FACET_VALUES } from './search-indexes';
import { mostFrequentValues } from './search.service';

describe('mostFrequentValues (a facet as the search page lists it)', () => {
  it('lists values most frequent first, ties alphabetically, without the empty value', () => {
    expect(mostFrequentValues({ Rabat: 2, '': 9, Agadir: 5, Fès: 2, Essaouira: 2 })).toEqual([
      ['Agadir', 5],
      ['Essaouira', 2],
      ['Fès', 2],
      ['Rabat', 2],
    ]);
  });

  it('keeps only the most frequent values of a facet with thousands of them', () => {
    const counts = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`c_${i}`, i % 7 === 0 ? 3 : 1]));
    const values = mostFrequentValues(counts);
    expect(values).toHaveLength(MAX_FACET_VALUES);
    expect(values.every(([, count]) => count === 3)).toBe(true);
  });
});
