/**
 * Evaluation metrics of the matcher.
 *
 * - weightedKendallTauLoss: the expertise gold standard's main metric (Stelmakh et al. 2023).
 * - ndcgAtK, recallAtK, reciprocalRank: ranking metrics of the cross-lingual collection.
 */

/** participant (or researcher) id → item (paper, need) id → value. */
export type ScoreTable = Record<string, Record<string, number>>;

export interface KendallTerms {
  /** Sum over discordant pairs of |Δrating|, plus half |Δrating| for pairs the prediction ties. */
  loss: number;
  /** Sum of |Δrating| over all pairs of rated items (pairs with equal ratings add 0). */
  maxLoss: number;
}

export interface WeightedKendallTauResult {
  /**
   * The paper's loss: Σ loss / Σ maxLoss pooled over every participant's pairs, as in the authors'
   * scripts/scoring.py (compute_main_metric). This is the figure the README's table reports
   * (TPMS 0.236 on the development half is reproduced only by this pooled ratio).
   */
  loss: number;
  /** Per participant: their own ratio (NaN when all their ratings are equal). */
  perParticipant: Record<string, KendallTerms & { ratio: number }>;
  /** Mean of the per-participant ratios over participants with at least one unequal pair (for reference only). */
  meanPerParticipant: number;
  /** Number of pairs with different ratings. */
  pairs: number;
}

/**
 * Weighted Kendall-tau loss of predicted scores against ratings, for each participant over the
 * pairs of items they rated: a pair ordered against the ratings costs |Δrating|, a pair the
 * prediction ties costs |Δrating| / 2, pairs with equal ratings cost nothing and weigh nothing.
 * Only the order of predictions matters. Every rated item must have a prediction.
 */
export function weightedKendallTauLoss(predictions: ScoreTable, ratings: ScoreTable): WeightedKendallTauResult {
  let loss = 0;
  let maxLoss = 0;
  let pairs = 0;
  const perParticipant: WeightedKendallTauResult['perParticipant'] = {};
  for (const [participant, rated] of Object.entries(ratings)) {
    const items = Object.keys(rated);
    const predicted = predictions[participant] ?? {};
    for (const item of items) {
      if (typeof predicted[item] !== 'number' || Number.isNaN(predicted[item])) {
        throw new Error(`No prediction for participant ${participant}, item ${item}`);
      }
    }
    const terms = kendallTerms(items.map((item) => [rated[item], predicted[item]]));
    loss += terms.loss;
    maxLoss += terms.maxLoss;
    pairs += terms.pairs;
    perParticipant[participant] = { loss: terms.loss, maxLoss: terms.maxLoss, ratio: terms.maxLoss ? terms.loss / terms.maxLoss : NaN };
  }
  const ratios = Object.values(perParticipant).map((p) => p.ratio).filter((r) => !Number.isNaN(r));
  return {
    loss: maxLoss ? loss / maxLoss : NaN,
    perParticipant,
    meanPerParticipant: ratios.length ? ratios.reduce((a, b) => a + b, 0) / ratios.length : NaN,
    pairs,
  };
}

/** The loss terms of one participant, from [rating, prediction] per item. */
export function kendallTerms(items: ReadonlyArray<readonly [rating: number, prediction: number]>): KendallTerms & { pairs: number } {
  let loss = 0;
  let maxLoss = 0;
  let pairs = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const trueDiff = items[i][0] - items[j][0];
      if (trueDiff === 0) continue;
      const predDiff = items[i][1] - items[j][1];
      const weight = Math.abs(trueDiff);
      maxLoss += weight;
      pairs++;
      if (predDiff === 0) loss += weight / 2;
      else if (Math.sign(predDiff) !== Math.sign(trueDiff)) loss += weight;
    }
  }
  return { loss, maxLoss, pairs };
}

/** item id → grade; items not listed have grade 0. */
export type Grades = Record<string, number>;

/** Gain of a grade in nDCG: 2^grade − 1 (grades 3, 2, 1, 0 → 7, 3, 1, 0). */
export function exponentialGain(grade: number): number {
  return 2 ** grade - 1;
}

/**
 * nDCG@k: DCG = Σ_{rank r ≤ k} gain(grade) / log2(r + 1); the ideal DCG sorts the judged grades
 * in descending order. 0 when nothing is judged relevant.
 */
export function ndcgAtK(ranking: readonly string[], grades: Grades, k: number, gain: (grade: number) => number = exponentialGain): number {
  const dcg = ranking.slice(0, k).reduce((sum, id, i) => sum + gain(grades[id] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(grades)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
  return ideal > 0 ? dcg / ideal : 0;
}

/** Share of the items with grade ≥ minGrade that appear in the top k. 0 when there are none. */
export function recallAtK(ranking: readonly string[], grades: Grades, k: number, minGrade = 1): number {
  const relevant = Object.keys(grades).filter((id) => grades[id] >= minGrade);
  if (!relevant.length) return 0;
  const top = new Set(ranking.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

/**
 * 1 / rank of the first item with grade ≥ minGrade, 0 if none appears. The default, 2 ("clearly
 * able to help"), is the xling-dev collection's definition; pass 1 to count partial relevance.
 */
export function reciprocalRank(ranking: readonly string[], grades: Grades, minGrade = 2): number {
  const index = ranking.findIndex((id) => (grades[id] ?? 0) >= minGrade);
  return index < 0 ? 0 : 1 / (index + 1);
}

export interface RankingMetrics {
  ndcg: number;
  recall: number;
  mrr: number;
  queries: number;
}

export interface RankingMetricOptions {
  /** nDCG cut-off (10). */
  ndcgK?: number;
  /** Recall cut-off (20). */
  recallK?: number;
  /** Grade from which an item counts for recall (1). */
  recallMinGrade?: number;
  /** Grade from which an item counts for MRR (2). */
  mrrMinGrade?: number;
}

/**
 * Mean nDCG@10, Recall@20 and MRR over queries (needs), for rankings `{queryId: [itemId, …]}`
 * best first, and judgements `{queryId: {itemId: grade}}`. Queries without a ranking score 0.
 */
export function rankingMetrics(rankings: Record<string, readonly string[]>, judgements: Record<string, Grades>, options: RankingMetricOptions = {}): RankingMetrics {
  const { ndcgK = 10, recallK = 20, recallMinGrade = 1, mrrMinGrade = 2 } = options;
  const queries = Object.keys(judgements);
  const mean = (f: (ranking: readonly string[], grades: Grades) => number) =>
    queries.length ? queries.reduce((sum, q) => sum + f(rankings[q] ?? [], judgements[q]), 0) / queries.length : 0;
  return {
    ndcg: mean((r, g) => ndcgAtK(r, g, ndcgK)),
    recall: mean((r, g) => recallAtK(r, g, recallK, recallMinGrade)),
    mrr: mean((r, g) => reciprocalRank(r, g, mrrMinGrade)),
    queries: queries.length,
  };
}
