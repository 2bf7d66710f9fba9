import { conceptOverlap } from './features';
import { DEFAULT_CONCEPT_OPTIONS } from './weights';

describe('conceptOverlap prior', () => {
  const profile = new Set(['oils']);
  const none = () => [] as string[];
  const flat = () => 1;

  it('is plain coverage with prior 0', () => {
    expect(conceptOverlap(['oils'], profile, none, flat, { ...DEFAULT_CONCEPT_OPTIONS, prior: 0 }).value).toBe(1);
    expect(conceptOverlap(['oils', 'sardines'], profile, none, flat, { ...DEFAULT_CONCEPT_OPTIONS, prior: 0 }).value).toBe(0.5);
  });

  it('shrinks the coverage of a need with few concepts more than that of a need with many', () => {
    const options = { ...DEFAULT_CONCEPT_OPTIONS, prior: 2 };
    // One need concept, covered: 1 / (1 + 2).
    expect(conceptOverlap(['oils'], profile, none, flat, options).value).toBeCloseTo(1 / 3);
    // Six need concepts, all covered: 6 / (6 + 2).
    const six = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(conceptOverlap(six, new Set(six), none, flat, options).value).toBeCloseTo(0.75);
    // A repeated code counts once.
    expect(conceptOverlap(['oils', 'oils'], profile, none, flat, options).value).toBeCloseTo(1 / 3);
  });

  it('ranks as plain coverage among profiles for the same need (one scale factor per need)', () => {
    const need = ['oils', 'sardines', 'canning'];
    const a = conceptOverlap(need, new Set(['oils', 'sardines']), none, flat, DEFAULT_CONCEPT_OPTIONS).value;
    const b = conceptOverlap(need, new Set(['oils']), none, flat, DEFAULT_CONCEPT_OPTIONS).value;
    expect(a).toBeCloseTo(2 * b);
    expect(a).toBeCloseTo(2 / (3 + DEFAULT_CONCEPT_OPTIONS.prior));
  });
});
