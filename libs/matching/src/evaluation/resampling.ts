/**
 * Honest figures on small development sets: k-fold cross-validation over the units of a
 * collection (participants of the gold standard, needs of the cross-lingual collection) and
 * bootstrap intervals by resampling those units. Seeded, so every run prints the same figures.
 *
 * A figure is a pooled ratio over units: Σ numerator / Σ denominator. The gold standard's loss is
 * Σ cost / Σ max cost over participants (the paper's pooled loss); a mean over needs (nDCG@10,
 * Recall@20, MRR) is Σ value / Σ 1.
 */

/** metric → [numerator, denominator] of one unit. */
export type UnitTerms = Record<string, readonly [number, number]>;
/** unit id → its terms. */
export type UnitTable = Record<string, UnitTerms>;

export interface Interval {
  value: number;
  /** Bootstrap percentile interval (95% unless asked otherwise). */
  low: number;
  high: number;
}

/** mulberry32: a small, fast, seeded generator of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Units dealt into k folds after a seeded shuffle; with `strata` (unit → stratum, e.g. a need's
 * language) each stratum is spread evenly over the folds. Returns the folds' unit ids.
 */
export function kFolds(units: readonly string[], k: number, seed: number, strata?: Record<string, string>): string[][] {
  if (!(k >= 2) || units.length < 2) throw new Error(`k-fold: needs k ≥ 2 and at least 2 units (k ${k}, ${units.length} units)`);
  k = Math.min(k, units.length);
  const random = seededRandom(seed);
  const sorted = [...units].sort();
  const groups = new Map<string, string[]>();
  for (const unit of sorted) {
    const stratum = strata?.[unit] ?? '';
    if (!groups.has(stratum)) groups.set(stratum, []);
    groups.get(stratum)!.push(unit);
  }
  const folds: string[][] = Array.from({ length: k }, () => []);
  let next = 0;
  for (const stratum of [...groups.keys()].sort()) {
    for (const unit of shuffled(groups.get(stratum)!, random)) folds[next++ % k].push(unit);
  }
  return folds;
}

/** Σ numerator / Σ denominator of a metric over units (NaN when the denominator is 0). */
export function pooled(table: UnitTable, units: readonly string[], metric: string): number {
  let numerator = 0;
  let denominator = 0;
  for (const unit of units) {
    const terms = table[unit]?.[metric];
    if (!terms) continue;
    numerator += terms[0];
    denominator += terms[1];
  }
  return denominator ? numerator / denominator : NaN;
}

export interface BootstrapOptions {
  samples?: number;
  seed?: number;
  /** Coverage of the interval (0.95). */
  level?: number;
}

function percentile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/**
 * Percentile bootstrap of a statistic of the units: `statistic(sample)` on `samples` resamples of
 * the units drawn with replacement (a unit drawn twice counts twice).
 */
export function bootstrap(units: readonly string[], statistic: (sample: readonly string[]) => number, options: BootstrapOptions = {}): { low: number; high: number } {
  const { samples = 2000, seed = 1, level = 0.95 } = options;
  if (!units.length) return { low: NaN, high: NaN };
  const random = seededRandom(seed);
  const values: number[] = [];
  const sample = new Array<string>(units.length);
  for (let b = 0; b < samples; b++) {
    for (let i = 0; i < units.length; i++) sample[i] = units[Math.floor(random() * units.length)];
    const value = statistic(sample);
    if (!Number.isNaN(value)) values.push(value);
  }
  values.sort((a, b) => a - b);
  return { low: percentile(values, (1 - level) / 2), high: percentile(values, 1 - (1 - level) / 2) };
}

/** A pooled figure over units with its bootstrap interval. */
export function pooledInterval(table: UnitTable, units: readonly string[], metric: string, options: BootstrapOptions = {}): Interval {
  return { value: pooled(table, units, metric), ...bootstrap(units, (sample) => pooled(table, sample, metric), options) };
}

/** The difference a − b of two pooled figures over the same resampled units (a paired bootstrap). */
export function pairedDifference(a: UnitTable, b: UnitTable, units: readonly string[], metric: string, options: BootstrapOptions = {}): Interval {
  const shared = units.filter((unit) => a[unit]?.[metric] && b[unit]?.[metric]);
  const difference = (sample: readonly string[]) => pooled(a, sample, metric) - pooled(b, sample, metric);
  return { value: difference(shared), ...bootstrap(shared, difference, options) };
}

export function meanAndSd(values: readonly number[]): { mean: number; sd: number } {
  const finite = values.filter((v) => !Number.isNaN(v));
  if (!finite.length) return { mean: NaN, sd: NaN };
  const mean = finite.reduce((a, b) => a + b, 0) / finite.length;
  const variance = finite.length > 1 ? finite.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (finite.length - 1) : 0;
  return { mean, sd: Math.sqrt(variance) };
}

export interface CrossValidationOptions {
  /** Folds (at most the number of units). */
  k: number;
  seed: number;
  /** The metric a variant is chosen by, on the k − 1 training folds. */
  primary: string;
  lowerIsBetter: boolean;
  /** unit → stratum, spread evenly over the folds (a need's language). */
  strata?: Record<string, string>;
  bootstrap?: BootstrapOptions;
}

export interface FoldResult {
  fold: number;
  units: string[];
  /** The variant with the best primary figure on the other folds (ties: the first listed). */
  chosen: string;
  /** Its primary figure on the training folds. */
  training: number;
  /** metric → its figure on this held-out fold. */
  heldOut: Record<string, number>;
}

export interface CrossValidationResult {
  k: number;
  seed: number;
  variants: string[];
  metrics: string[];
  folds: FoldResult[];
  /** metric → mean and standard deviation over the folds of the held-out figure. */
  overFolds: Record<string, { mean: number; sd: number }>;
  /** metric → the held-out figure pooled over every unit, with its bootstrap interval (units resampled). */
  pooled: Record<string, Interval>;
  /** Each unit's terms under the variant chosen without it: subsets (a language) are scored from these. */
  heldOutUnits: UnitTable;
  /** unit → its fold number. */
  foldOf: Record<string, number>;
}

/**
 * k-fold cross-validation of a choice among variants. `variants` holds, per variant name, every
 * unit's terms (each variant is run once over all units; what is cross-validated is the choice).
 * For each fold the variant with the best primary figure on the other folds is scored on it. With a
 * single variant nothing is chosen, and the folds show the spread of the figure across unit sets.
 */
export function crossValidate(variants: Record<string, UnitTable>, units: readonly string[], options: CrossValidationOptions): CrossValidationResult {
  const names = Object.keys(variants);
  if (!names.length) throw new Error('crossValidate: no variant');
  const metrics = [...new Set(units.flatMap((unit) => Object.keys(variants[names[0]][unit] ?? {})))];
  const folds = kFolds(units, options.k, options.seed, options.strata);
  const foldOf: Record<string, number> = {};
  folds.forEach((fold, index) => fold.forEach((unit) => (foldOf[unit] = index + 1)));
  const heldOutUnits: UnitTable = {};
  const results: FoldResult[] = folds.map((heldOut, index) => {
    const held = new Set(heldOut);
    const training = units.filter((unit) => !held.has(unit));
    let chosen = names[0];
    let best = pooled(variants[chosen], training, options.primary);
    for (const name of names.slice(1)) {
      const value = pooled(variants[name], training, options.primary);
      if (options.lowerIsBetter ? value < best : value > best) {
        best = value;
        chosen = name;
      }
    }
    for (const unit of heldOut) heldOutUnits[unit] = variants[chosen][unit];
    return {
      fold: index + 1,
      units: heldOut,
      chosen,
      training: best,
      heldOut: Object.fromEntries(metrics.map((metric) => [metric, pooled(variants[chosen], heldOut, metric)])),
    };
  });
  return {
    k: folds.length,
    seed: options.seed,
    variants: names,
    metrics,
    folds: results,
    overFolds: Object.fromEntries(metrics.map((metric) => [metric, meanAndSd(results.map((fold) => fold.heldOut[metric]))])),
    pooled: Object.fromEntries(metrics.map((metric) => [metric, pooledInterval(heldOutUnits, units, metric, options.bootstrap)])),
    heldOutUnits,
    foldOf,
  };
}

/** "0.214 [0.180, 0.251]" */
export function formatInterval(interval: Interval, digits = 3): string {
  return `${interval.value.toFixed(digits)} [${interval.low.toFixed(digits)}, ${interval.high.toFixed(digits)}]`;
}
