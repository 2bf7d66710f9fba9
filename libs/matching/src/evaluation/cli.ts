import { existsSync, statSync, writeFileSync } from 'node:fs';
import type { EvaluationSearchEngine } from '../search-port';
import { formatCollectionTable, type CollectionResult } from './collection';
import { COLLECTION_VARIANTS, crossValidateCollection, crossValidateGold, formatCollectionCrossValidation, formatGoldCrossValidation, pickVariants, type ResamplingOptions } from './cross-validation';
import { formatGoldTable, type GoldResult } from './gold';
import { GOLD_VARIANTS } from './gold-variants';

const RESAMPLING = '[--folds 5] [--seed 1] [--bootstrap 2000] [--variants default,…|all]';
const USAGE = `Usage: eval gold <dir> [--out predictions.json] [--split d_20_1] ${RESAMPLING}\n       eval collection <collection.json> [--out rankings.json] [--candidates 100] [--no-reference] ${RESAMPLING}`;

/** --folds, --seed, --bootstrap, --variants (comma-separated) at args[i]; returns how many arguments it took (0 if none). */
function resamplingOption(args: readonly string[], i: number, into: ResamplingOptions & { variants?: string[] }): number {
  const [name, inline] = args[i].startsWith('--') && args[i].includes('=') ? args[i].split(/=(.*)/s, 2) : [args[i], undefined];
  const value = inline ?? args[i + 1];
  const used = inline === undefined ? 2 : 1;
  if (name === '--variants') into.variants = (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);
  else if (name === '--folds' || name === '--seed' || name === '--bootstrap') {
    const number = Number(value);
    if (!Number.isInteger(number) || number < (name === '--seed' ? 0 : name === '--folds' ? 2 : 1)) throw new Error(USAGE);
    if (name === '--folds') into.k = number;
    else if (name === '--seed') into.seed = number;
    else into.samples = number;
  } else return 0;
  return used;
}

/**
 * What the commands need from outside libs/matching: a fresh search engine for the collection
 * command. The entry point (apps/api/src/matching/eval.cli.ts, `npm run eval`) passes libs/search's
 * embedded engine, so the collection runs the API's proposeMatches path.
 */
export interface EvalEnvironment {
  createEngine: () => EvaluationSearchEngine;
}

/**
 * `eval gold <dir> [--out predictions.json] [--split d_20_1 …]`: runs the matcher on an expertise
 * gold standard in the OpenReview layout, prints the loss table and, with --out, writes
 * `{participantId: {paperId: score}}` for every rated pair (with several d_20_x draws, the mean
 * of the draws' scores; `--split` picks one draw). Returns the result (the exit code is the caller's).
 */
export function runGoldCommand(argv: readonly string[], print: (line: string) => void = console.log): GoldResult {
  const args = [...argv];
  if (args[0] === 'gold') args.shift();
  let out: string | undefined;
  const splits: string[] = [];
  const positional: string[] = [];
  const resampling: ResamplingOptions & { variants?: string[] } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const took = resamplingOption(args, i, resampling);
    if (took) i += took - 1;
    else if (arg === '--out' || arg === '-o') out = args[++i];
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--split') splits.push(args[++i]);
    else positional.push(arg);
  }
  const dir = positional[0];
  if (!dir) throw new Error(USAGE);
  const validated = crossValidateGold(dir, pickVariants(GOLD_VARIANTS, resampling.variants), { ...resampling, splits });
  const result = validated.result;
  print(formatGoldTable(result));
  print(formatGoldCrossValidation(validated));
  if (out) {
    writeFileSync(out, JSON.stringify(meanPredictions(result.splits.map((s) => s.predictions)), null, 1));
    print(`Predictions written to ${out}`);
  }
  return result;
}

/** {participant: {paper: score}} averaged over draws (each draw scores the same rated pairs). */
function meanPredictions(draws: Array<Record<string, Record<string, number>>>): Record<string, Record<string, number>> {
  const mean: Record<string, Record<string, number>> = {};
  for (const draw of draws) {
    for (const [participant, papers] of Object.entries(draw)) {
      mean[participant] ??= {};
      for (const [paper, score] of Object.entries(papers)) mean[participant][paper] = (mean[participant][paper] ?? 0) + score / draws.length;
    }
  }
  return mean;
}

/**
 * `eval collection <file.json> [--out rankings.json] [--candidates N] [--no-reference]`: runs a
 * need → researcher collection (shared/data/xling-dev format) through the proposeMatches path,
 * prints nDCG@10, Recall@20, MRR and candidate recall overall and per need language and, with
 * --out, writes `{needId: [researcherId, …]}` best first (up to 100).
 */
export async function runCollectionCommand(
  argv: readonly string[],
  environment: EvalEnvironment,
  print: (line: string) => void = console.log,
): Promise<CollectionResult> {
  const args = [...argv];
  if (args[0] === 'collection') args.shift();
  let out: string | undefined;
  let candidateLimit: number | undefined;
  let reference = true;
  const positional: string[] = [];
  const resampling: ResamplingOptions & { variants?: string[] } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const took = resamplingOption(args, i, resampling);
    if (took) i += took - 1;
    else if (arg === '--out' || arg === '-o') out = args[++i];
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--candidates') candidateLimit = Number(args[++i]);
    else if (arg.startsWith('--candidates=')) candidateLimit = Number(arg.slice('--candidates='.length));
    else if (arg === '--no-reference') reference = false;
    else positional.push(arg);
  }
  const file = positional[0];
  if (!file || (candidateLimit !== undefined && !(candidateLimit > 0))) throw new Error(USAGE);
  const validated = await crossValidateCollection(file, pickVariants(COLLECTION_VARIANTS, resampling.variants), {
    ...resampling,
    createEngine: environment.createEngine,
    candidateLimit,
    reference,
  });
  const result = validated.result;
  print(formatCollectionTable(result));
  print(formatCollectionCrossValidation(validated));
  if (out) {
    writeFileSync(out, JSON.stringify(result.rankings, null, 1));
    print(`Rankings written to ${out}`);
  }
  return result;
}

/** The `eval` entry point: `gold …` or `collection …` (a bare .json file means collection, a bare directory gold). */
export async function runEvalCommand(
  argv: readonly string[],
  environment: EvalEnvironment,
  print: (line: string) => void = console.log,
): Promise<GoldResult | CollectionResult> {
  const [first] = argv;
  if (first === 'collection') return runCollectionCommand(argv, environment, print);
  if (first === 'gold') return runGoldCommand(argv, print);
  if (first && existsSync(first) && statSync(first).isFile()) return runCollectionCommand(argv, environment, print);
  if (first && !first.startsWith('-')) return runGoldCommand(argv, print);
  throw new Error(USAGE);
}
