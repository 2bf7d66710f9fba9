import type { MatcherOptions } from '../scoring/matcher';
import { BilingualLexicon } from '../text-model/lexicon';
import { evaluateCollection, type CollectionOptions, type CollectionResult } from './collection';
import { evaluateGold, goldUnitTable, type GoldResult } from './gold';
import { FACET_VARIANTS, GOLD_VARIANTS } from './gold-variants';
import {
  crossValidate,
  meanAndSd,
  pairedDifference,
  pooled,
  pooledInterval,
  type BootstrapOptions,
  type CrossValidationResult,
  type Interval,
  type UnitTable,
} from './resampling';

/**
 * Cross-validated figures of the evaluation commands. Every variant (a set of MatcherOptions) is
 * run once over the whole collection through the production path; what is cross-validated is
 * the *choice* among them: for each of k folds of units (participants, needs), the variant with
 * the best figure on the other k − 1 folds is scored on the held-out fold. With one variant —
 * the default, i.e. the product as shipped — nothing is chosen and the folds show how much the
 * figure moves from one set of people or needs to another. Every figure carries a percentile
 * bootstrap interval over units.
 */

export interface ResamplingOptions {
  /** Folds (5). */
  k?: number;
  /** Seed of the folds and of the bootstrap (1). */
  seed?: number;
  /** Bootstrap resamples (2000). */
  samples?: number;
}

/** Variants of the collection command, for `--variants` (`default` is the product). */
export const COLLECTION_VARIANTS: Record<string, MatcherOptions> = {
  default: {},
  'no concepts': { weights: { concepts: 0 } },
  'concepts 0.3': { weights: { concepts: 0.3 } },
  'concepts 0.7': { weights: { concepts: 0.7 } },
  'no broader concepts': { conceptOptions: { relatedCredit: 0 } },
  'words only (no 4-grams)': { textModelOptions: { charNgram: 0 } },
  'light stem on words': { textModelOptions: { stem: true } },
  'languages 0.1': { weights: { languages: 0.1 } },
  ...FACET_VARIANTS,
  'concept feedback': { feedback: true },
  'no translated words': { translation: false },
  'lexical in the profile language': { translationMode: 'profile language' },
  'no concept prior': { conceptOptions: { prior: 0 } },
  'concept prior 1': { conceptOptions: { prior: 1 } },
  /** Diagnostic, with 'no concepts': the translation route's reach on its own, as when the thesaurus lacks the need's concepts. */
  'no concepts or translated words': { weights: { concepts: 0 }, translation: false },
  /** Translated words plus Arabic-script loanwords the lexicon lacks, read by consonant skeleton (libs/text transliterate.ts); built when first used. */
  loanwords: {
    get translation() {
      return BilingualLexicon.shippedWithLoanwords();
    },
  },
  /** The same, with the concept feature off: the loanword route's own reach (diagnostic, with 'no concepts or translated words'). */
  'no concepts + loanwords': {
    weights: { concepts: 0 },
    get translation() {
      return BilingualLexicon.shippedWithLoanwords();
    },
  },
};

/** Variant names from a `--variants` list: names of `table`, or `all`. */
export function pickVariants(table: Record<string, MatcherOptions>, names: readonly string[] | undefined): Record<string, MatcherOptions> {
  const wanted = !names?.length ? ['default'] : names.includes('all') ? Object.keys(table) : names;
  const unknown = wanted.filter((name) => !(name in table));
  if (unknown.length) throw new Error(`Unknown variant(s): ${unknown.join(', ')}. Known: ${Object.keys(table).join(' | ')}`);
  return Object.fromEntries(wanted.map((name) => [name, table[name]]));
}

function bootstrapOptions(options: ResamplingOptions): BootstrapOptions {
  return { samples: options.samples ?? 2000, seed: options.seed ?? 1 };
}

export interface GoldCrossValidation {
  /** The default variant's full result (per-split table), when `default` was among the variants; else the first. */
  result: GoldResult;
  cv: CrossValidationResult;
  /** algorithm → its loss with interval, and (ours − it) paired over the same resampled participants. */
  baselines: Record<string, { loss: Interval; difference: Interval }>;
}

export function crossValidateGold(
  dir: string,
  variants: Record<string, MatcherOptions>,
  options: ResamplingOptions & { splits?: readonly string[] } = {},
): GoldCrossValidation {
  const results = Object.fromEntries(
    Object.entries(variants).map(([name, matcher]) => [
      name,
      evaluateGold(dir, { splits: options.splits, matcher: Object.keys(matcher).length ? matcher : undefined }),
    ]),
  );
  const tables: Record<string, UnitTable> = Object.fromEntries(Object.entries(results).map(([name, result]) => [name, goldUnitTable(result)]));
  const first = Object.keys(variants)[0];
  const units = Object.keys(tables[first]).sort();
  const cv = crossValidate(tables, units, { k: options.k ?? 5, seed: options.seed ?? 1, primary: 'loss', lowerIsBetter: true, bootstrap: bootstrapOptions(options) });
  const result = results.default ?? results[first];
  const baselines: GoldCrossValidation['baselines'] = {};
  for (const algorithm of Object.keys(result.baselineMeans)) {
    const table = goldUnitTable(result, algorithm);
    if (!Object.keys(table).length) continue;
    baselines[algorithm] = {
      loss: pooledInterval(table, units, 'loss', bootstrapOptions(options)),
      difference: pairedDifference(cv.heldOutUnits, table, units, 'loss', bootstrapOptions(options)),
    };
  }
  return { result, cv, baselines };
}

export function formatGoldCrossValidation(g: GoldCrossValidation): string {
  const { cv } = g;
  const f = (x: number) => x.toFixed(4);
  const interval = (i: Interval) => `${f(i.value)} [${f(i.low)}, ${f(i.high)}]`;
  const tuned = cv.variants.length > 1;
  const lines = [
    '',
    `Cross-validation over participants: ${cv.k} folds (seed ${cv.seed}), ${tuned ? `variant chosen on the other folds among: ${cv.variants.join(' | ')}` : `nothing tuned (variant: ${cv.variants[0]})`}`,
    `fold  participants  ${tuned ? 'chosen (training loss)'.padEnd(48) + '  ' : ''}held-out loss`,
    ...cv.folds.map(
      (fold) => `${String(fold.fold).padEnd(4)}  ${String(fold.units.length).padStart(12)}  ${tuned ? `${`${fold.chosen} (${f(fold.training)})`.padEnd(48)}  ` : ''}${f(fold.heldOut.loss).padStart(13)}`,
    ),
    `held-out loss over folds: mean ${f(cv.overFolds.loss.mean)}, sd ${f(cv.overFolds.loss.sd)}`,
    `held-out loss pooled over participants: ${interval(cv.pooled.loss)} (bootstrap 95%, participants resampled)`,
  ];
  for (const [algorithm, b] of Object.entries(g.baselines)) {
    lines.push(`${algorithm.padEnd(12)} ${interval(b.loss)}; passerelle − ${algorithm}: ${b.difference.value >= 0 ? '+' : ''}${f(b.difference.value)} [${f(b.difference.low)}, ${f(b.difference.high)}]`);
  }
  return lines.join('\n');
}

export interface CollectionCrossValidation {
  result: CollectionResult;
  cv: CrossValidationResult;
  /** language → held-out figures pooled over that language's needs (with intervals), and their spread over folds. */
  byLanguage: Record<string, { needs: number; figures: Record<string, Interval>; overFolds: Record<string, { mean: number; sd: number }> }>;
  /**
   * Each variant other than the baseline (`default`, else the first variant), on the whole collection against it:
   * nDCG@10 per language, the paired difference (variant − default, the same resampled needs), needs
   * better and worse, and the difference on each fold's needs.
   */
  comparisons: Array<{
    name: string;
    baseline: string;
    ndcg: Record<string, number>;
    difference: Record<string, Interval & { better: number; worse: number }>;
    folds: number[];
    /** Whole-collection Recall@20, MRR, candidate recall and candidates per need: baseline → variant. */
    others: Record<'recall' | 'mrr' | 'candidateRecall' | 'candidates', [number, number]>;
  }>;
}

const COLLECTION_METRICS = ['ndcg', 'recall', 'mrr'] as const;

export function collectionUnitTable(result: CollectionResult): UnitTable {
  return Object.fromEntries(result.perNeed.map((need) => [need.needId, Object.fromEntries(COLLECTION_METRICS.map((metric) => [metric, [need[metric], 1] as const]))]));
}

export async function crossValidateCollection(
  file: string,
  variants: Record<string, MatcherOptions>,
  options: ResamplingOptions & Omit<CollectionOptions, 'matcher'>,
): Promise<CollectionCrossValidation> {
  const results: Record<string, CollectionResult> = {};
  for (const [name, matcher] of Object.entries(variants)) {
    results[name] = await evaluateCollection(file, { ...options, matcher: Object.keys(matcher).length ? matcher : undefined, reference: name === 'default' ? options.reference : false });
  }
  const first = Object.keys(variants)[0];
  const result = results.default ?? results[first];
  const tables = Object.fromEntries(Object.entries(results).map(([name, r]) => [name, collectionUnitTable(r)]));
  const strata = Object.fromEntries(result.perNeed.map((need) => [need.needId, need.language]));
  const units = result.perNeed.map((need) => need.needId);
  const cv = crossValidate(tables, units, { k: options.k ?? 5, seed: options.seed ?? 1, primary: 'ndcg', lowerIsBetter: false, strata, bootstrap: bootstrapOptions(options) });
  const byLanguage: CollectionCrossValidation['byLanguage'] = {};
  for (const language of Object.keys(result.byLanguage)) {
    const needs = units.filter((unit) => strata[unit] === language);
    const overFolds = Object.fromEntries(
      COLLECTION_METRICS.map((metric) => [
        metric,
        meanAndSd(cv.folds.map((fold) => fold.units.filter((unit) => strata[unit] === language)).filter((ids) => ids.length).map((ids) => ids.reduce((sum, id) => sum + cv.heldOutUnits[id][metric][0], 0) / ids.length)),
      ]),
    );
    byLanguage[language] = {
      needs: needs.length,
      figures: Object.fromEntries(COLLECTION_METRICS.map((metric) => [metric, pooledInterval(cv.heldOutUnits, needs, metric, bootstrapOptions(options))])),
      overFolds,
    };
  }
  const comparisons: CollectionCrossValidation['comparisons'] = [];
  const baseline = results.default ? 'default' : first;
  {
    const languages = ['all', ...Object.keys(result.byLanguage)];
    const needsOf = (language: string) => (language === 'all' ? units : units.filter((unit) => strata[unit] === language));
    for (const [name, other] of Object.entries(results)) {
      if (name === baseline) continue;
      const ndcgOf = Object.fromEntries(other.perNeed.map((need) => [need.needId, need.ndcg]));
      const baseOf = Object.fromEntries(results[baseline].perNeed.map((need) => [need.needId, need.ndcg]));
      comparisons.push({
        name,
        baseline,
        ndcg: Object.fromEntries(languages.map((language) => [language, pooled(tables[name], needsOf(language), 'ndcg')])),
        difference: Object.fromEntries(
          languages.map((language) => {
            const needs = needsOf(language);
            return [
              language,
              {
                ...pairedDifference(tables[name], tables[baseline], needs, 'ndcg', bootstrapOptions(options)),
                better: needs.filter((id) => ndcgOf[id] > baseOf[id] + 1e-9).length,
                worse: needs.filter((id) => ndcgOf[id] < baseOf[id] - 1e-9).length,
              },
            ];
          }),
        ),
        folds: cv.folds.map((fold) => pooled(tables[name], fold.units, 'ndcg') - pooled(tables[baseline], fold.units, 'ndcg')),
        others: {
          recall: [results[baseline].overall.recall, other.overall.recall],
          mrr: [results[baseline].overall.mrr, other.overall.mrr],
          candidateRecall: [results[baseline].overall.candidateRecall, other.overall.candidateRecall],
          candidates: [results[baseline].overall.candidates, other.overall.candidates],
        },
      });
    }
  }
  return { result, cv, byLanguage, comparisons };
}

export function formatCollectionCrossValidation(c: CollectionCrossValidation): string {
  const { cv } = c;
  const f = (x: number) => x.toFixed(3);
  const interval = (i: Interval) => `${f(i.value)} [${f(i.low)}, ${f(i.high)}]`;
  const tuned = cv.variants.length > 1;
  const lines = [
    '',
    `Cross-validation over needs: ${cv.k} folds stratified by need language (seed ${cv.seed}), ${tuned ? `variant chosen by nDCG@10 on the other folds among: ${cv.variants.join(' | ')}` : `nothing tuned (variant: ${cv.variants[0]})`}`,
    `fold  needs  ${tuned ? 'chosen (training nDCG@10)'.padEnd(32) + '  ' : ''}nDCG@10  Recall@20    MRR`,
    ...cv.folds.map(
      (fold) =>
        `${String(fold.fold).padEnd(4)}  ${String(fold.units.length).padStart(5)}  ${tuned ? `${`${fold.chosen} (${f(fold.training)})`.padEnd(32)}  ` : ''}${f(fold.heldOut.ndcg).padStart(7)}  ${f(fold.heldOut.recall).padStart(9)}  ${f(fold.heldOut.mrr).padStart(5)}`,
    ),
    `over folds (mean ± sd): nDCG@10 ${f(cv.overFolds.ndcg.mean)} ± ${f(cv.overFolds.ndcg.sd)}, Recall@20 ${f(cv.overFolds.recall.mean)} ± ${f(cv.overFolds.recall.sd)}, MRR ${f(cv.overFolds.mrr.mean)} ± ${f(cv.overFolds.mrr.sd)}`,
    'held-out, pooled over needs, bootstrap 95% intervals (needs resampled):',
    `needs  count  nDCG@10               Recall@20             MRR                   nDCG@10 over folds`,
    `all    ${String(cv.folds.reduce((n, fold) => n + fold.units.length, 0)).padStart(5)}  ${interval(cv.pooled.ndcg).padEnd(20)}  ${interval(cv.pooled.recall).padEnd(20)}  ${interval(cv.pooled.mrr).padEnd(20)}  ${f(cv.overFolds.ndcg.mean)} ± ${f(cv.overFolds.ndcg.sd)}`,
    ...Object.entries(c.byLanguage).map(
      ([language, l]) =>
        `${language.padEnd(5)}  ${String(l.needs).padStart(5)}  ${interval(l.figures.ndcg).padEnd(20)}  ${interval(l.figures.recall).padEnd(20)}  ${interval(l.figures.mrr).padEnd(20)}  ${f(l.overFolds.ndcg.mean)} ± ${f(l.overFolds.ndcg.sd)}`,
    ),
  ];
  const signed = (x: number) => `${x >= 0 ? '+' : '−'}${f(Math.abs(x))}`;
  for (const comparison of c.comparisons ?? []) {
    lines.push(
      '',
      `${comparison.name} against ${comparison.baseline}, whole collection (nDCG@10 of each; paired difference over the same resampled needs, 95%; needs better/worse):`,
      ...Object.entries(comparison.difference).map(
        ([language, d]) =>
          `${language.padEnd(5)}  ${f(comparison.ndcg[language] - d.value)} → ${f(comparison.ndcg[language])}  ${signed(d.value)} [${signed(d.low)}, ${signed(d.high)}]  ${d.better}/${d.worse}`,
      ),
      `difference per fold: ${comparison.folds.map(signed).join(' ')}`,
      `Recall@20 ${f(comparison.others.recall[0])} → ${f(comparison.others.recall[1])}, MRR ${f(comparison.others.mrr[0])} → ${f(comparison.others.mrr[1])}, candidate recall ${f(comparison.others.candidateRecall[0])} → ${f(comparison.others.candidateRecall[1])}, candidates ${comparison.others.candidates[0].toFixed(1)} → ${comparison.others.candidates[1].toFixed(1)}`,
    );
  }
  return lines.join('\n');
}


