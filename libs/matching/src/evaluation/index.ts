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
export { evaluateGold, formatGoldTable, goldUnitTable, type GoldOptions, type GoldResult, type GoldSplitResult } from './gold';
export { readGold, type GoldData, type GoldSplit, type GoldPaper } from './gold-data';
export { evaluateCollection, formatCollectionTable, type CollectionResult, type CollectionOptions } from './collection';
export {
  COLLECTION_VARIANTS,
  crossValidateCollection,
  crossValidateGold,
  formatCollectionCrossValidation,
  formatGoldCrossValidation,
  pickVariants,
  type CollectionCrossValidation,
  type GoldCrossValidation,
  type ResamplingOptions,
} from './cross-validation';
export {
  bootstrap,
  crossValidate,
  kFolds,
  pairedDifference,
  pooled,
  pooledInterval,
  seededRandom,
  type CrossValidationResult,
  type Interval,
  type UnitTable,
} from './resampling';
export { GOLD_VARIANTS } from './gold-variants';
export { runCollectionCommand, runEvalCommand, runGoldCommand, type EvalEnvironment } from './cli';
