import { Corpus, type CorpusJSON } from './corpus';
import { addCounts, DEFAULT_TERM_OPTIONS, surfaceForms, terms, type TermOptions } from './terms';

/** The text fields of a researcher the lexical model reads (MatchResearcher fits it). */
export interface ResearcherText {
  id: string;
  headline?: string | null;
  expertise?: string | null;
  keywords?: readonly string[] | null;
  techniques?: readonly string[] | null;
  publications?: ReadonlyArray<{ title?: string | null; abstract?: string | null }> | null;
}

/** The text of a need (MatchNeed fits it). */
export interface NeedText {
  title?: string | null;
  description?: string | null;
  keywords?: readonly string[] | null;
}

export interface TextModelOptions extends TermOptions {
  /** tf → 1 + ln(tf): a word repeated ten times is not ten times the evidence. */
  sublinearTf: boolean;
  /** Each title word (need title, publication title, profile headline) counts this many times. */
  titleWeight: number;
  /** Each keyword or technique of a profile or need counts this many times. */
  keywordWeight: number;
  /**
   * The lexical score blends two cosines: whole profile (all fields as one document) against the
   * need, weighted wholeWeight, and the mean of the topK best single units (a publication, or the
   * profile statement) against the need, weighted 1 − wholeWeight.
   */
  wholeWeight: number;
  topK: number;
  /** EXPERIMENT */
  profileTf?: 'sum' | 'units';
  needTf?: 'tf' | 'binary';
  unseenInNorm?: boolean;
  augmented?: boolean;
  idfMode?: 'smooth' | 'plain' | 'bm25' | 'owner';
  unseenDf?: number;
  profileMode?: 'concat' | 'centroid';
  pivot?: number;
  idfPower?: number;
  needTitleWeight?: number;
  needTfMode?: 'raw' | 'log';
  tfPower?: number;
}

/** Chosen on the reviewer-gold development half; see evaluation/README.md for the measurements. */
export const DEFAULT_TEXT_MODEL_OPTIONS: TextModelOptions = {
  ...DEFAULT_TERM_OPTIONS,
  sublinearTf: true,
  titleWeight: 2,
  keywordWeight: 2,
  wholeWeight: 0.5,
  topK: 3,
};

type Vector = Map<string, number>;

interface UnitCounts {
  kind: 'profile' | 'publication';
  /** Index in publications for a publication unit. */
  index: number;
  title: string;
  counts: Map<string, number>;
}

interface ResearcherEntry {
  signature: string;
  units: UnitCounts[];
  whole: Map<string, number>;
  /** Vectors at corpus version `version`. */
  version: number;
  unitVectors: Vector[];
  wholeVector: Vector;
}

export interface SharedTerm {
  term: string;
  /** The word as written in the need. */
  surface: string;
  /** Share of the whole-profile cosine this term brings. */
  weight: number;
}

export interface LexicalScore {
  /** Blended similarity in [0, 1]. */
  value: number;
  /** Cosine of the need against the whole profile. */
  whole: number;
  /** Mean cosine of the need against the profile's topK best units. */
  topUnits: number;
  /** Need words found in the profile, most contributing first. */
  sharedTerms: SharedTerm[];
  /** The publication most similar to the need, if any has a positive similarity. */
  bestPublication?: { index: number; title: string; similarity: number };
}

export interface TextModelJSON {
  version: 1;
  options: TextModelOptions;
  corpus: CorpusJSON;
}

/**
 * Lexical relevance of a need to researchers: tf-idf cosines with idf from the researcher corpus
 * (one unit per publication plus one for the profile statement), blending the whole profile and
 * its best-matching publications.
 */
export class TextModel {
  readonly options: TextModelOptions;
  private readonly corpus: Corpus;
  private readonly entries = new Map<string, ResearcherEntry>();
  private version = 0;

  constructor(options: Partial<TextModelOptions> = {}, corpus: Corpus = new Corpus()) {
    this.options = { ...DEFAULT_TEXT_MODEL_OPTIONS, ...options };
    this.corpus = corpus;
  }

  static build(researchers: Iterable<ResearcherText>, options: Partial<TextModelOptions> = {}): TextModel {
    const model = new TextModel(options);
    for (const researcher of researchers) model.add(researcher);
    return model;
  }

  get corpusSize(): number {
    return this.corpus.size;
  }

  /** Adds or replaces a researcher in the corpus statistics. */
  add(researcher: ResearcherText): void {
    const entry = this.entry(researcher);
    this.corpus.set(researcher.id, entry.units.map((unit) => expand(unit.counts)));
    this.version++;
  }

  remove(researcherId: string): void {
    this.entries.delete(researcherId);
    if (this.corpus.remove(researcherId)) this.version++;
  }

  has(researcherId: string): boolean {
    return this.corpus.has(researcherId);
  }

  idf(term: string): number {
    return this.corpus.idf(term);
  }

  /** Scores a need against a researcher (who need not be in the corpus). */
  score(need: NeedText, researcher: ResearcherText): LexicalScore {
    return this.scorePrepared(this.prepareNeed(need), researcher);
  }

  /** The need's weighted vector, reusable across many researchers. */
  prepareNeed(need: NeedText): PreparedNeed {
    const counts = new Map<string, number>();
    addCounts(counts, terms(need.title ?? '', this.options), this.options.needTitleWeight ?? this.options.titleWeight);
    addCounts(counts, terms(need.description ?? '', this.options));
    for (const keyword of need.keywords ?? []) addCounts(counts, terms(keyword, this.options), this.options.keywordWeight);
    const text = [need.title, need.description, ...(need.keywords ?? [])].filter(Boolean).join(' \n ');
    if (this.options.needTf === 'binary') for (const t of counts.keys()) counts.set(t, 1);
    if (this.options.unseenInNorm === false) for (const t of [...counts.keys()]) if (!this.corpus.documentFrequency(t)) counts.delete(t);
    const v = this.weigh(counts);
    if (this.options.pivot) { let n2 = 0; const raw = new Map<string, number>(); for (const [t, c] of counts) { const tf = this.options.sublinearTf ? 1 + Math.log(c) : c; const w = tf * this.idfOf(t); raw.set(t, w); n2 += w * w; } const d = Math.sqrt(n2) ** this.options.pivot; for (const [t, w] of raw) v.set(t, w / d); }
    return { counts, vector: v, surfaces: surfaceForms(text, this.options), version: this.version };
  }

  scorePrepared(prepared: PreparedNeed, researcher: ResearcherText): LexicalScore {
    const need = prepared.version === this.version ? prepared.vector : this.reweigh(prepared);
    const entry = this.vectors(researcher);
    const whole = cosine(need, entry.wholeVector);
    const unitScores = entry.unitVectors.map((vector) => cosine(need, vector));
    const ranked = unitScores.map((similarity, i) => ({ similarity, i })).sort((a, b) => b.similarity - a.similarity);
    const top = ranked.slice(0, Math.max(1, this.options.topK));
    const topUnits = top.length ? top.reduce((sum, unit) => sum + unit.similarity, 0) / top.length : 0;
    const value = this.options.wholeWeight * whole + (1 - this.options.wholeWeight) * topUnits;

    const sharedTerms: SharedTerm[] = [];
    if (whole > 0) {
      for (const [term, weight] of need) {
        const other = entry.wholeVector.get(term);
        if (other) sharedTerms.push({ term, surface: prepared.surfaces.get(term) ?? term.replace(/_/g, ' '), weight: (weight * other) / whole });
      }
      sharedTerms.sort((a, b) => b.weight - a.weight);
    }
    const best = ranked.find((unit) => entry.units[unit.i].kind === 'publication' && unit.similarity > 0);
    return {
      value,
      whole,
      topUnits,
      sharedTerms,
      bestPublication: best ? { index: entry.units[best.i].index, title: entry.units[best.i].title, similarity: best.similarity } : undefined,
    };
  }

  toJSON(): TextModelJSON {
    return { version: 1, options: this.options, corpus: this.corpus.toJSON() };
  }

  static fromJSON(json: TextModelJSON): TextModel {
    if (json.version !== 1) throw new Error(`Unsupported text model version ${String(json.version)}`);
    return new TextModel(json.options, Corpus.fromJSON(json.corpus));
  }

  private reweigh(prepared: PreparedNeed): Vector {
    // The corpus changed since the need was prepared: its idf weights are recomputed.
    prepared.vector = this.weigh(prepared.counts);
    prepared.version = this.version;
    return prepared.vector;
  }

  private idfOf(term: string): number {
    const n = this.corpus.size;
    const df = this.corpus.documentFrequency(term) || (this.options.unseenDf ?? 0);
    switch (this.options.idfMode) {
      case 'plain': return Math.log(n / Math.max(df, 0.5));
      case 'bm25': return Math.log(1 + (n - df + 0.5) / (df + 0.5));
      case 'owner': return Math.log((this.corpus.ownerCount + 1) / (this.corpus.ownerFrequency(term) + 0.5));
      default: return Math.log((n + 1) / (df + 0.5));
    }
  }

  private weigh(counts: Map<string, number>): Vector {
    const vector: Vector = new Map();
    let norm = 0;
    const max = Math.max(...counts.values());
    for (const [term, count] of counts) {
      const tf = this.options.tfPower ? count ** this.options.tfPower : this.options.augmented ? 0.5 + 0.5 * count / max : this.options.sublinearTf ? 1 + Math.log(count) : count;
      const weight = tf * this.idfOf(term) ** (this.options.idfPower ?? 1);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  }

  private entry(researcher: ResearcherText): ResearcherEntry {
    const signature = researcherSignature(researcher);
    const cached = this.entries.get(researcher.id);
    if (cached && cached.signature === signature) return cached;
    const o = this.options;
    const units: UnitCounts[] = [];
    const profile = new Map<string, number>();
    addCounts(profile, terms(researcher.headline ?? '', o), o.titleWeight);
    addCounts(profile, terms(researcher.expertise ?? '', o));
    for (const keyword of [...(researcher.keywords ?? []), ...(researcher.techniques ?? [])]) addCounts(profile, terms(keyword, o), o.keywordWeight);
    if (profile.size) units.push({ kind: 'profile', index: -1, title: researcher.headline ?? '', counts: profile });
    (researcher.publications ?? []).forEach((publication, index) => {
      const counts = new Map<string, number>();
      addCounts(counts, terms(publication.title ?? '', o), o.titleWeight);
      addCounts(counts, terms(publication.abstract ?? '', o));
      if (counts.size) units.push({ kind: 'publication', index, title: publication.title ?? '', counts });
    });
    const whole = new Map<string, number>();
    for (const unit of units) for (const [term, count] of unit.counts) whole.set(term, (whole.get(term) ?? 0) + (o.profileTf === 'units' ? 1 : count));
    const entry: ResearcherEntry = { signature, units, whole, version: -1, unitVectors: [], wholeVector: new Map() };
    this.entries.set(researcher.id, entry);
    return entry;
  }

  private vectors(researcher: ResearcherText): ResearcherEntry {
    const entry = this.entry(researcher);
    if (entry.version !== this.version) {
      entry.unitVectors = entry.units.map((unit) => this.weigh(unit.counts));
      entry.wholeVector = this.weigh(entry.whole);
      if (this.options.profileMode === 'centroid') {
        const c: Vector = new Map();
        for (const v of entry.unitVectors) for (const [t, w] of v) c.set(t, (c.get(t) ?? 0) + w);
        const n = Math.sqrt([...c.values()].reduce((a, w) => a + w * w, 0));
        for (const [t, w] of c) c.set(t, w / n);
        entry.wholeVector = c;
      }
      entry.version = this.version;
    }
    return entry;
  }
}

/** A need analysed once and scored against many researchers. */
export interface PreparedNeed {
  counts: Map<string, number>;
  vector: Vector;
  surfaces: Map<string, string>;
  version: number;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other) sum += weight * other;
  }
  return sum;
}

/** A unit's term list with repeats, rounded up, for the corpus lengths. */
function expand(counts: Map<string, number>): string[] {
  const list: string[] = [];
  for (const [term, count] of counts) for (let i = 0; i < Math.ceil(count); i++) list.push(term);
  return list;
}

function researcherSignature(researcher: ResearcherText): string {
  return JSON.stringify([
    researcher.headline ?? '',
    researcher.expertise ?? '',
    researcher.keywords ?? [],
    researcher.techniques ?? [],
    (researcher.publications ?? []).map((p) => [p.title ?? '', p.abstract ?? '']),
  ]);
}
