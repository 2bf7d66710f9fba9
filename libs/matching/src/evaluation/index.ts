export {
  weightedKendallTauLoss,
  kendallTerms,
  ndcgAtK,
  recallAtK,
  reciprocalRank,
  rankingMetrics,
  exponentialGain,
  type ScoreTable,
  type Grades,
  type RankingMetrics,
  type RankingMetricOptions,
  type WeightedKendallTauResult,
} from './metrics';
export { evaluateGold, formatGoldTable, type GoldOptions, type GoldResult, type GoldSplitResult } from './gold';
export { readGold, type GoldData, type GoldSplit, type GoldPaper } from './gold-data';
export { evaluateCollection, formatCollectionTable, type CollectionResult } from './collection';
export { runCollectionCommand, runEvalCommand, runGoldCommand } from './cli';
