import { Corpus, type CorpusJSON } from './corpus';
import { addCounts, charNgrams, DEFAULT_TERM_OPTIONS, surfaceForms, terms, type TermOptions } from './terms';

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
  /** Each word of a title (need title, publication title, profile headline) counts this many times. */
  titleWeight: number;
  /** Each word of a keyword or technique (profile or need) counts this many times. */
  keywordWeight: number;
  /**
   * Per channel, two cosines are blended: the whole profile (every field as one document) against
   * the need, weighted wholeWeight, and the mean of the topK best units (a publication, or the
   * profile statement: headline, expertise, keywords, techniques), weighted 1 − wholeWeight.
   */
  wholeWeight: number;
  topK: number;
  /** Length of the character n-grams of the second channel; 0 turns the channel off. */
  charNgram: number;
  /** Weight of the character n-gram channel; the word channel has 1 − charWeight. */
  charWeight: number;
}

/**
 * Chosen on the reviewer-gold development half (weighted Kendall-tau loss, mean of 10 draws) and
 * checked on xling-dev; evaluation/README.md lists every variant measured.
 */
export const DEFAULT_TEXT_MODEL_OPTIONS: TextModelOptions = {
  ...DEFAULT_TERM_OPTIONS,
  sublinearTf: true,
  titleWeight: 1,
  keywordWeight: 1,
  wholeWeight: 1,
  topK: 3,
  charNgram: 4,
  charWeight: 0.5,
};

type Vector = Map<string, number>;
type Channel = 'words' | 'grams';

interface Unit {
  kind: 'profile' | 'publication';
  /** Index in publications for a publication unit, −1 for the profile statement. */
  index: number;
  title: string;
  counts: Record<Channel, Map<string, number>>;
}

interface ResearcherEntry {
  signature: string;
  units: Unit[];
  whole: Record<Channel, Map<string, number>>;
  /** Corpus version the vectors were weighted at. */
  version: number;
  unitVectors: Array<Record<Channel, Vector>>;
  wholeVectors: Record<Channel, Vector>;
}

/** A need analysed once and scored against many researchers. */
export interface PreparedNeed {
  counts: Record<Channel, Map<string, number>>;
  vectors: Record<Channel, Vector>;
  /** Word term → the word as written in the need. */
  surfaces: Map<string, string>;
  version: number;
}

export interface SharedTerm {
  term: string;
  /** The word as written in the need. */
  surface: string;
  /** Share of the word channel's whole-profile cosine this term brings. */
  weight: number;
}

export interface LexicalScore {
  /** Blended similarity in [0, 1]: the value of the lexical feature. */
  value: number;
  /** Cosine of the need against the whole profile (channels blended). */
  whole: number;
  /**
   * Mean cosine of the need against the profile's topK best units (channels blended; on words
   * only when wholeWeight is 1, as units then serve only to name the closest publication).
   */
  topUnits: number;
  /** Need words found in the profile, most contributing first. */
  sharedTerms: SharedTerm[];
  /** The publication most similar to the need, if any is similar at all. */
  bestPublication?: { index: number; title: string; similarity: number };
}

export interface TextModelJSON {
  version: 1;
  options: TextModelOptions;
  words: CorpusJSON;
  grams: CorpusJSON;
}

/**
 * Lexical relevance of a need to researchers: sublinear tf × idf cosines, idf from the researcher
 * corpus (one unit per publication and one for the profile statement), over two channels — words
 * and character n-grams of words — blended. Researchers are added, replaced and removed one at a
 * time; the model serialises to JSON.
 */
export class TextModel {
  readonly options: TextModelOptions;
  private readonly corpora: Record<Channel, Corpus>;
  private readonly entries = new Map<string, ResearcherEntry>();
  private version = 0;

  constructor(options: Partial<TextModelOptions> = {}, corpora?: Record<Channel, Corpus>) {
    this.options = { ...DEFAULT_TEXT_MODEL_OPTIONS, ...options };
    this.corpora = corpora ?? { words: new Corpus(), grams: new Corpus() };
  }

  static build(researchers: Iterable<ResearcherText>, options: Partial<TextModelOptions> = {}): TextModel {
    const model = new TextModel(options);
    for (const researcher of researchers) model.add(researcher);
    return model;
  }

  /** Number of units (publications and profile statements) in the corpus. */
  get corpusSize(): number {
    return this.corpora.words.size;
  }

  /** Adds or replaces a researcher in the corpus statistics. */
  add(researcher: ResearcherText): void {
    const entry = this.entry(researcher);
    for (const channel of this.channels()) this.corpora[channel].set(researcher.id, entry.units.map((unit) => expand(unit.counts[channel])));
    this.version++;
  }

  remove(researcherId: string): void {
    this.entries.delete(researcherId);
    let changed = false;
    for (const channel of this.channels()) changed = this.corpora[channel].remove(researcherId) || changed;
    if (changed) this.version++;
  }

  has(researcherId: string): boolean {
    return this.corpora.words.has(researcherId);
  }

  /** Inverse document frequency of a word term in the researcher corpus. */
  idf(term: string): number {
    return this.corpora.words.idf(term);
  }

  /** Scores a need against a researcher (who need not be in the corpus). */
  score(need: NeedText, researcher: ResearcherText): LexicalScore {
    return this.scorePrepared(this.prepareNeed(need), researcher);
  }

  /** The need's weighted vectors, reusable across many researchers. */
  prepareNeed(need: NeedText): PreparedNeed {
    const counts = this.countFields([
      { text: need.title, weight: this.options.titleWeight },
      { text: need.description, weight: 1 },
      ...(need.keywords ?? []).map((keyword) => ({ text: keyword, weight: this.options.keywordWeight })),
    ]);
    const text = [need.title, need.description, ...(need.keywords ?? [])].filter(Boolean).join('\n');
    return { counts, vectors: this.weighAll(counts), surfaces: surfaceForms(text, this.options), version: this.version };
  }

  scorePrepared(prepared: PreparedNeed, researcher: ResearcherText): LexicalScore {
    if (prepared.version !== this.version) {
      // The corpus changed since the need was prepared: its idf weights are recomputed.
      prepared.vectors = this.weighAll(prepared.counts);
      prepared.version = this.version;
    }
    const need = prepared.vectors;
    const entry = this.vectors(researcher);
    const gramWeight = this.options.charNgram > 0 ? this.options.charWeight : 0;
    const blend = (vectors: Record<Channel, Vector>) =>
      (1 - gramWeight) * cosine(need.words, vectors.words) + (gramWeight ? gramWeight * cosine(need.grams, vectors.grams) : 0);

    const whole = blend(entry.wholeVectors);
    // With wholeWeight 1 the units only name the closest publication: on words, no n-gram vectors kept.
    const unitSimilarity = this.unitsUseGrams() ? blend : (vectors: Record<Channel, Vector>) => cosine(need.words, vectors.words);
    const ranked = entry.unitVectors.map((vectors, i) => ({ similarity: unitSimilarity(vectors), i })).sort((a, b) => b.similarity - a.similarity);
    const top = ranked.slice(0, Math.max(1, this.options.topK));
    const topUnits = top.length ? top.reduce((sum, unit) => sum + unit.similarity, 0) / top.length : 0;
    const value = this.options.wholeWeight * whole + (1 - this.options.wholeWeight) * topUnits;

    const sharedTerms: SharedTerm[] = [];
    const wordCosine = cosine(need.words, entry.wholeVectors.words);
    if (wordCosine > 0) {
      for (const [term, weight] of need.words) {
        const other = entry.wholeVectors.words.get(term);
        if (other) sharedTerms.push({ term, surface: prepared.surfaces.get(term) ?? term.replace(/_/g, ' '), weight: (weight * other) / wordCosine });
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
    return { version: 1, options: this.options, words: this.corpora.words.toJSON(), grams: this.corpora.grams.toJSON() };
  }

  static fromJSON(json: TextModelJSON): TextModel {
    if (json.version !== 1) throw new Error(`Unsupported text model version ${String(json.version)}`);
    return new TextModel(json.options, { words: Corpus.fromJSON(json.words), grams: Corpus.fromJSON(json.grams) });
  }

  private unitsUseGrams(): boolean {
    return this.options.charNgram > 0 && this.options.charWeight > 0 && this.options.wholeWeight < 1;
  }

  private channels(): Channel[] {
    return this.options.charNgram > 0 ? ['words', 'grams'] : ['words'];
  }

  private countFields(fields: ReadonlyArray<{ text: string | null | undefined; weight: number }>): Record<Channel, Map<string, number>> {
    const counts = { words: new Map<string, number>(), grams: new Map<string, number>() };
    for (const { text, weight } of fields) {
      if (!text) continue;
      addCounts(counts.words, terms(text, this.options), weight);
      if (this.options.charNgram > 0) addCounts(counts.grams, charNgrams(text, this.options.charNgram, this.options), weight);
    }
    return counts;
  }

  private weighAll(counts: Record<Channel, Map<string, number>>): Record<Channel, Vector> {
    return { words: this.weigh(counts.words, this.corpora.words), grams: this.options.charNgram > 0 ? this.weigh(counts.grams, this.corpora.grams) : new Map() };
  }

  /** Unit-length vector of (sublinear) tf × idf. */
  private weigh(counts: Map<string, number>, corpus: Corpus): Vector {
    const vector: Vector = new Map();
    let norm = 0;
    for (const [term, count] of counts) {
      const tf = this.options.sublinearTf ? 1 + Math.log(count) : count;
      const weight = tf * corpus.idf(term);
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
    const units: Unit[] = [];
    const profile = this.countFields([
      { text: researcher.headline, weight: o.titleWeight },
      { text: researcher.expertise, weight: 1 },
      ...[...(researcher.keywords ?? []), ...(researcher.techniques ?? [])].map((text) => ({ text, weight: o.keywordWeight })),
    ]);
    if (profile.words.size || profile.grams.size) units.push({ kind: 'profile', index: -1, title: researcher.headline ?? '', counts: profile });
    (researcher.publications ?? []).forEach((publication, index) => {
      const counts = this.countFields([
        { text: publication.title, weight: o.titleWeight },
        { text: publication.abstract, weight: 1 },
      ]);
      if (counts.words.size || counts.grams.size) units.push({ kind: 'publication', index, title: publication.title ?? '', counts });
    });
    const whole = { words: new Map<string, number>(), grams: new Map<string, number>() };
    for (const unit of units) {
      for (const channel of ['words', 'grams'] as const) {
        for (const [term, count] of unit.counts[channel]) whole[channel].set(term, (whole[channel].get(term) ?? 0) + count);
      }
    }
    const entry: ResearcherEntry = { signature, units, whole, version: -1, unitVectors: [], wholeVectors: { words: new Map(), grams: new Map() } };
    this.entries.set(researcher.id, entry);
    return entry;
  }

  private vectors(researcher: ResearcherText): ResearcherEntry {
    const entry = this.entry(researcher);
    if (entry.version !== this.version) {
      entry.unitVectors = entry.units.map((unit) =>
        this.unitsUseGrams() ? this.weighAll(unit.counts) : { words: this.weigh(unit.counts.words, this.corpora.words), grams: new Map() },
      );
      entry.wholeVectors = this.weighAll(entry.whole);
      entry.version = this.version;
    }
    return entry;
  }
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

/** A unit's term list with repeats (weights rounded up), as the corpus stores it. */
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
