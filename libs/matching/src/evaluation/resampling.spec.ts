import { bootstrap, crossValidate, kFolds, pairedDifference, pooled, pooledInterval, seededRandom, type UnitTable } from './resampling';

describe('resampling: k-fold cross-validation and bootstrap intervals', () => {
  const units = Array.from({ length: 12 }, (_, i) => `u${String(i).padStart(2, '0')}`);

  it('is reproducible from its seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const drawn = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(drawn);
    expect(drawn.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(8)()).not.toBe(drawn[0]);
  });

  it('deals every unit into exactly one fold, strata spread evenly', () => {
    const strata = Object.fromEntries(units.map((u, i) => [u, ['fr', 'ar', 'en'][i % 3]]));
    const folds = kFolds(units, 4, 1, strata);
    expect(folds).toHaveLength(4);
    expect(folds.flat().sort()).toEqual(units);
    for (const fold of folds) expect(new Set(fold.map((u) => strata[u])).size).toBe(3);
    expect(kFolds(units, 4, 1, strata)).toEqual(folds);
    expect(kFolds(units, 4, 2, strata)).not.toEqual(folds);
    expect(kFolds(units.slice(0, 3), 5, 1)).toHaveLength(3);
    expect(() => kFolds(units.slice(0, 1), 5, 1)).toThrow(/at least 2 units/);
  });

  it('pools ratios over units and brackets them with a bootstrap interval', () => {
    const table: UnitTable = Object.fromEntries(units.map((u, i) => [u, { loss: [i % 2 ? 1 : 0, 2] as const }]));
    expect(pooled(table, units, 'loss')).toBeCloseTo(6 / 24, 12);
    const interval = pooledInterval(table, units, 'loss', { samples: 500, seed: 3 });
    expect(interval.value).toBeCloseTo(0.25, 12);
    expect(interval.low).toBeLessThan(0.25);
    expect(interval.high).toBeGreaterThan(0.25);
    expect(interval.low).toBeGreaterThanOrEqual(0);
    expect(bootstrap(units, () => 1, { samples: 10 })).toEqual({ low: 1, high: 1 });
    const same = pairedDifference(table, table, units, 'loss', { samples: 200 });
    expect(same).toEqual({ value: 0, low: 0, high: 0 });
  });

  it('chooses a variant on the training folds only and scores it on the held-out fold', () => {
    // "good" is better on every unit but u00, where "lucky" is perfect: no fold may choose "lucky"
    // for u00 unless u00 is in its training folds.
    const good: UnitTable = Object.fromEntries(units.map((u) => [u, { ndcg: [0.8, 1] as const }]));
    const lucky: UnitTable = Object.fromEntries(units.map((u) => [u, { ndcg: [u === 'u00' ? 1 : 0.1, 1] as const }]));
    const result = crossValidate({ good, lucky }, units, { k: 3, seed: 1, primary: 'ndcg', lowerIsBetter: false, bootstrap: { samples: 100 } });
    expect(result.folds.map((f) => f.chosen)).toEqual(['good', 'good', 'good']);
    expect(result.pooled.ndcg.value).toBeCloseTo(0.8, 12);
    expect(result.overFolds.ndcg).toEqual({ mean: expect.closeTo(0.8, 12), sd: expect.closeTo(0, 12) });
    expect(Object.keys(result.foldOf).sort()).toEqual(units);
    // A single variant: nothing chosen, the folds show the spread of the plain figure.
    const plain = crossValidate({ lucky }, units, { k: 3, seed: 1, primary: 'ndcg', lowerIsBetter: false, bootstrap: { samples: 100 } });
    expect(plain.pooled.ndcg.value).toBeCloseTo(pooled(lucky, units, 'ndcg'), 12);
    expect(plain.overFolds.ndcg.sd).toBeGreaterThan(0);
  });
});
