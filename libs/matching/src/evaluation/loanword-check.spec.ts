import { checkLoanwords } from './loanword-check';

describe('loanword route on the thesaurus’s own Arabic labels', () => {
  it('reads several hundred label words as loanwords, most of them as a word of the same concept’s French or English labels', () => {
    const { words, matched, right } = checkLoanwords();
    expect(words).toBeGreaterThan(8000);
    expect(matched).toBeGreaterThan(600);
    // 628 of 710 when written; most of the others are right too (a word of another concept's label): see the README.
    expect(right / matched).toBeGreaterThan(0.85);
  });
});
