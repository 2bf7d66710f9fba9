import { exponentialGain, kendallTerms, ndcgAtK, rankingMetrics, recallAtK, reciprocalRank, weightedKendallTauLoss } from './metrics';

describe('weighted Kendall-tau loss', () => {
  // Participant P rated a = 5, b = 3, c = 1 and the prediction is a 0.9, b 0.1, c 0.5.
  //   (a, b): |Δ| = 2, predicted a > b, agrees        → 0
  //   (a, c): |Δ| = 4, predicted a > c, agrees        → 0
  //   (b, c): |Δ| = 2, predicted b < c, against       → 2
  //   loss 2 / max 8 = 0.25
  const P = { ratings: { a: 5, b: 3, c: 1 }, predictions: { a: 0.9, b: 0.1, c: 0.5 } };
  // Participant Q rated x = 4, y = 2, z = 2 and the prediction is x 0.5, y 0.5, z 0.9.
  //   (x, y): |Δ| = 2, predicted tie                  → 1 (half)
  //   (x, z): |Δ| = 2, predicted x < z, against       → 2
  //   (y, z): equal ratings, ignored                  → 0, adds 0 to the maximum
  //   loss 3 / max 4 = 0.75
  const Q = { ratings: { x: 4, y: 2, z: 2 }, predictions: { x: 0.5, y: 0.5, z: 0.9 } };

  it('costs |Δrating| per discordant pair, half per tie, over the sum of |Δrating|', () => {
    expect(kendallTerms([[5, 0.9], [3, 0.1], [1, 0.5]])).toEqual({ loss: 2, maxLoss: 8, pairs: 3 });
    expect(kendallTerms([[4, 0.5], [2, 0.5], [2, 0.9]])).toEqual({ loss: 3, maxLoss: 4, pairs: 2 });
  });

  it('pools participants as the paper does: (2 + 3) / (8 + 4) = 5/12, and also gives the per-participant mean (0.25 + 0.75) / 2', () => {
    const result = weightedKendallTauLoss({ P: P.predictions, Q: Q.predictions }, { P: P.ratings, Q: Q.ratings });
    expect(result.loss).toBeCloseTo(5 / 12, 12);
    expect(result.perParticipant.P).toEqual({ loss: 2, maxLoss: 8, ratio: 0.25 });
    expect(result.perParticipant.Q.ratio).toBeCloseTo(0.75, 12);
    expect(result.meanPerParticipant).toBeCloseTo(0.5, 12);
    expect(result.pairs).toBe(5);
  });

  it('is 0 for the ratings themselves, 1 for their reverse, 0.5 for a constant', () => {
    const ratings = { P: P.ratings };
    expect(weightedKendallTauLoss({ P: { a: 5, b: 3, c: 1 } }, ratings).loss).toBe(0);
    expect(weightedKendallTauLoss({ P: { a: -5, b: -3, c: -1 } }, ratings).loss).toBe(1);
    expect(weightedKendallTauLoss({ P: { a: 7, b: 7, c: 7 } }, ratings).loss).toBe(0.5);
  });

  it('uses only the order of predictions', () => {
    const ratings = { P: P.ratings };
    const scaled = { P: { a: 90, b: 10, c: 50 } };
    expect(weightedKendallTauLoss(scaled, ratings).loss).toBe(weightedKendallTauLoss({ P: P.predictions }, ratings).loss);
  });

  it('leaves out participants whose ratings are all equal, and refuses missing predictions', () => {
    const result = weightedKendallTauLoss({ P: P.predictions, R: { u: 1, v: 2 } }, { P: P.ratings, R: { u: 3, v: 3 } });
    expect(result.loss).toBe(0.25);
    expect(Number.isNaN(result.perParticipant.R.ratio)).toBe(true);
    expect(result.meanPerParticipant).toBe(0.25);
    expect(() => weightedKendallTauLoss({ P: { a: 1, b: 2 } }, { P: P.ratings })).toThrow(/participant P, item c/);
  });
});

describe('ranking metrics', () => {
  const grades = { r2: 3, r3: 1, r5: 2 };
  const ranking = ['r1', 'r2', 'r3', 'r4'];

  it('nDCG@k with gains 2^g − 1 and 1/log2(rank + 1)', () => {
    expect([3, 2, 1, 0].map(exponentialGain)).toEqual([7, 3, 1, 0]);
    // DCG@3  = 0/log2(2) + 7/log2(3) + 1/log2(4) = 4.416508 + 0.5 = 4.916508
    // IDCG@3 = 7/log2(2) + 3/log2(3) + 1/log2(4) = 7 + 1.892789 + 0.5 = 9.392789
    expect(ndcgAtK(ranking, grades, 3)).toBeCloseTo((7 / Math.log2(3) + 0.5) / (7 + 3 / Math.log2(3) + 0.5), 12);
    expect(ndcgAtK(ranking, grades, 3)).toBeCloseTo(0.523434, 5);
    // The ideal ranking scores 1; a ranking without any judged item 0; no judged item at all: 0.
    expect(ndcgAtK(['r2', 'r5', 'r3'], grades, 10)).toBeCloseTo(1, 12);
    expect(ndcgAtK(['r9'], grades, 10)).toBe(0);
    expect(ndcgAtK(ranking, {}, 10)).toBe(0);
  });

  it('Recall@k: share of the items with grade ≥ 1 in the top k', () => {
    expect(recallAtK(ranking, grades, 2)).toBeCloseTo(1 / 3, 12); // r2 of {r2, r3, r5}
    expect(recallAtK(ranking, grades, 4)).toBeCloseTo(2 / 3, 12); // r2, r3
    expect(recallAtK(ranking, grades, 4, 2)).toBe(0.5); // r2 of {r2, r5}
  });

  it('reciprocal rank of the first item with grade ≥ 2 by default, ≥ 1 when asked', () => {
    expect(reciprocalRank(['r3', 'r2'], grades)).toBe(0.5); // r3 is only grade 1
    expect(reciprocalRank(['r3', 'r2'], grades, 1)).toBe(1);
    expect(reciprocalRank(['r1', 'r3'], grades)).toBe(0);
  });

  it('averages over queries; a query without a ranking scores 0', () => {
    const metrics = rankingMetrics({ q1: ['r2', 'r5', 'r3'] }, { q1: grades, q2: { a: 3 } });
    // q1: nDCG 1, recall 1, RR 1; q2: nothing ranked → 0, 0, 0.
    expect(metrics).toEqual({ ndcg: 0.5, recall: 0.5, mrr: 0.5, queries: 2 });
  });
});
