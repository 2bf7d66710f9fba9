import { ConceptIndex } from '../../../text/src';
import type { ConceptSource } from '../../../text/src';
import { Matcher, type MatcherOptions } from '../scoring/matcher';
import type { MatchNeed, MatchResearcher } from '../scoring/types';
import { readGold, type GoldSplit } from './gold-data';
import { weightedKendallTauLoss, type KendallTerms, type ScoreTable } from './metrics';
import type { UnitTable } from './resampling';

/**
 * The expertise gold standard run through the production scoring path: each participant is a
 * researcher whose publications are their archive, each paper they rated is a need (title +
 * abstract, language detected), and Matcher.rankNeeds scores them — the same call the API makes
 * for "needs for this researcher". Features without data here (sector, TRL, place, languages,
 * techniques, equipment) are 0 for every pair, so only lexical relevance and concepts order them.
 */
export interface GoldOptions {
  /** Matcher options (weights, text model options…); `concepts` defaults to the shipped AGROVOC index. */
  matcher?: MatcherOptions;
  /** Only these split directories (default: every d_20_x found). */
  splits?: readonly string[];
}

export interface GoldSplitResult {
  split: string;
  /** Weighted Kendall-tau loss (pooled over participants, as in the paper). */
  loss: number;
  /** Mean of per-participant losses, for reference. */
  meanPerParticipant: number;
  /** participant → rated paper → score. */
  predictions: ScoreTable;
  /** algorithm → its loss on this split, from baselines/. */
  baselines: Record<string, number>;
  /** participant → their loss terms (Σ cost, Σ max cost) on this split. */
  terms: Record<string, KendallTerms>;
  /** algorithm → participant → loss terms, from baselines/ (when the baseline scores every rated pair). */
  baselineTerms: Record<string, Record<string, KendallTerms>>;
}

export interface GoldResult {
  splits: GoldSplitResult[];
  /** Mean loss over the splits. */
  meanLoss: number;
  /** algorithm → mean of its losses over the splits. */
  baselineMeans: Record<string, number>;
  participants: number;
}

export function evaluateGold(dir: string, options: GoldOptions = {}): GoldResult {
  const gold = readGold(dir, options.splits);
  const concepts: ConceptSource | null = options.matcher && 'concepts' in options.matcher ? options.matcher.concepts ?? null : ConceptIndex.loadDefault();
  const results = gold.splits.map((split) => evaluateSplit(split, gold.ratings, { ...options.matcher, concepts }, gold.baselines));
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const algorithms = [...gold.baselines.keys()].sort();
  return {
    splits: results,
    meanLoss: mean(results.map((r) => r.loss)),
    baselineMeans: Object.fromEntries(algorithms.map((algorithm) => [algorithm, mean(results.map((r) => r.baselines[algorithm] ?? NaN))])),
    participants: Object.keys(gold.ratings).length,
  };
}

function evaluateSplit(split: GoldSplit, ratings: ScoreTable, matcherOptions: MatcherOptions, baselines: Map<string, Map<string, ScoreTable>>): GoldSplitResult {
  const researchers: MatchResearcher[] = [...split.archives].map(([id, papers]) => ({
    id,
    organisationId: id,
    publications: papers.map((paper) => ({ title: paper.title, abstract: paper.abstract })),
  }));
  const matcher = new Matcher(researchers, matcherOptions);
  const byId = new Map(researchers.map((r) => [r.id, r]));
  const predictions: ScoreTable = {};
  for (const [participant, rated] of Object.entries(ratings)) {
    const researcher = byId.get(participant) ?? { id: participant, publications: [] };
    const needs: MatchNeed[] = Object.keys(rated).map((paperId) => {
      const paper = split.submissions.get(paperId);
      return { id: paperId, title: paper?.title ?? '', description: paper?.abstract ?? '' };
    });
    predictions[participant] = {};
    for (const match of matcher.rankNeeds(researcher, needs, { language: 'en', diversity: false })) {
      predictions[participant][match.needId] = match.score;
    }
  }
  const result = weightedKendallTauLoss(predictions, ratings);
  const baselineLosses: Record<string, number> = {};
  const baselineTerms: Record<string, Record<string, KendallTerms>> = {};
  for (const [algorithm, bySplit] of baselines) {
    const scores = bySplit.get(split.name);
    if (!scores) continue;
    try {
      const baseline = weightedKendallTauLoss(scores, ratings);
      baselineLosses[algorithm] = baseline.loss;
      baselineTerms[algorithm] = termsOf(baseline.perParticipant);
    } catch {
      baselineLosses[algorithm] = NaN; // a baseline file without every rated pair
    }
  }
  return {
    split: split.name,
    loss: result.loss,
    meanPerParticipant: result.meanPerParticipant,
    predictions,
    baselines: baselineLosses,
    terms: termsOf(result.perParticipant),
    baselineTerms,
  };
}

function termsOf(perParticipant: Record<string, KendallTerms>): Record<string, KendallTerms> {
  return Object.fromEntries(Object.entries(perParticipant).map(([participant, t]) => [participant, { loss: t.loss, maxLoss: t.maxLoss }]));
}

/**
 * Per participant, the loss terms averaged over the splits: [mean Σ cost, Σ max cost] under the
 * metric "loss". Pooled over participants this is exactly the mean over splits of the pooled loss
 * (the ratings, hence the max cost, are the same in every split). `algorithm` picks a baseline.
 */
export function goldUnitTable(result: GoldResult, algorithm?: string): UnitTable {
  const table: UnitTable = {};
  const splits = result.splits.map((split) => (algorithm ? split.baselineTerms[algorithm] : split.terms)).filter((terms): terms is Record<string, KendallTerms> => !!terms);
  if (!splits.length) return table;
  for (const participant of Object.keys(splits[0])) {
    const cost = splits.reduce((sum, terms) => sum + (terms[participant]?.loss ?? 0), 0) / splits.length;
    table[participant] = { loss: [cost, splits[0][participant].maxLoss] };
  }
  return table;
}

/** The table printed by the gold command: one row per split, then the mean. */
export function formatGoldTable(result: GoldResult): string {
  const algorithms = Object.keys(result.baselineMeans);
  const header = ['split', 'passerelle', ...algorithms];
  const rows = result.splits.map((s) => [s.split, s.loss.toFixed(4), ...algorithms.map((a) => (s.baselines[a] ?? NaN).toFixed(4))]);
  rows.push(['mean', result.meanLoss.toFixed(4), ...algorithms.map((a) => result.baselineMeans[a].toFixed(4))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [
    `Weighted Kendall-tau loss (lower is better), ${result.participants} participants, ${result.splits.length} splits`,
    line(header),
    ...rows.map(line),
  ].join('\n');
}
