import { Corpus, type CorpusJSON } from './corpus';
import { joinedTextHash } from './text-hash';
import { addCounts, charNgrams, contentWords, DEFAULT_TERM_OPTIONS, surfaceForms, terms, wordNgrams, type TermOptions } from './terms';

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

type Channel = 'words' | 'grams';
const CHANNELS: readonly Channel[] = ['words', 'grams'];

/** Sorted distinct term ids and, aligned, their counts (or weights). */
interface Sparse {
  ids: Int32Array;
  values: Float64Array;
}

/** A text unit (a publication, or the profile statement) as term counts. */
interface UnitCounts {
  /** Index in publications for a publication unit, −1 for the profile statement. */
  index: number;
  counts: Record<Channel, Sparse>;
}

/**
 * What is kept of every researcher in the corpus: the signature of its text and its units' term
 * counts, varint-packed (sorted term ids delta-encoded, each with its count unless it is 1), about
 * a KB per researcher, in bytes [start, end) of `data` (the ResearcherStore's arena for a
 * registered researcher). It serves to remove or replace the researcher in the statistics, and to
 * score it without analysing its text again.
 */
export interface StoredResearcher {
  signature: number;
  data: Uint8Array;
  start: number;
  end: number;
  /** Counts that are not small non-negative integers (non-integer field weights), in stream order. */
  floats?: Float64Array;
}

/** A researcher's vectors weighted at a corpus version, kept in a bounded LRU cache. */
interface ScoringEntry {
  signature: number;
  stored: StoredResearcher;
  /** Corpus version the vectors were weighted at. */
  version: number;
  unitIndex: number[];
  unitVectors: Array<Record<Channel, Sparse | null>>;
  /** The whole profile's word vector (what the need's shared terms are weighed against). */
  wholeWords: Sparse;
}

/**
 * A need analysed once and scored against many researchers, kept compact (a matcher caches
 * thousands): per channel its distinct terms and their counts. The weighted vectors are computed
 * from them at the corpus version they are used at, and kept only for the most recently weighed
 * needs (see TextModel.weighedNeeds).
 */
export interface PreparedNeed {
  terms: Record<Channel, NeedTerms>;
  /** The text fields the need was analysed from (the surface forms of shared terms are read from them when explaining). */
  fields: ReadonlyArray<string | null | undefined>;
  /** Weighted (unit-length tf × idf) values aligned with terms[channel].ids, at `version`; null once dropped. */
  weights: Record<Channel, Float64Array> | null;
  version: number;
}

/** A need's distinct terms in one channel. */
export interface NeedTerms {
  /** Term ids of this model's dictionary, sorted. */
  ids: Int32Array;
  /** Count of each term (small whole counts as bytes). */
  counts: Uint8Array | Float64Array;
  /** order[k]: index in ids of the k-th distinct term in the order of the text (norms are summed in that order). */
  order: Uint16Array | Int32Array;
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
  version: 2;
  options: TextModelOptions;
  /** Per researcher: signature of its text and, per unit, [index, word terms, word counts, gram terms, gram counts]. */
  researchers: Record<string, { signature: number; units: Array<[number, string[], number[], string[], number[]]> }>;
}

/** Version 1 (corpus statistics only) is still read. */
interface TextModelJSONv1 {
  version: 1;
  options: TextModelOptions;
  words: CorpusJSON;
  grams: CorpusJSON;
}

/** Prepared needs whose weighted vectors are kept (the rest keep only their term counts). */
const WEIGHED_NEEDS = 2048;
/** Needs whose surface forms (the words as written, for explanations) are kept. */
const SURFACE_CACHE_SIZE = 1000;
/** Bound of the cache of words' n-gram ids. */
const GRAM_ID_CACHE_SIZE = 50_000;
/**
 * Researchers whose weighted vectors are kept between explanations (the rest are rebuilt from
 * their stored counts, a fraction of a millisecond; only the matches returned are explained).
 */
const DEFAULT_CACHE_SIZE = 1000;

/**
 * Lexical relevance of a need to researchers: sublinear tf × idf cosines, idf from the researcher
 * corpus (one unit per publication and one for the profile statement), over two channels — words
 * and character n-grams of words — blended. Researchers are added, replaced and removed one at a
 * time; the model serialises to JSON.
 *
 * Memory: per researcher only its packed term counts (a few KB). Ranking (similarity) reads them
 * straight into a dense scratch; the weighted vectors an explanation needs (units, shared terms)
 * are built when a researcher is explained and kept for the `cacheSize` most recently explained.
 */
export class TextModel {
  readonly options: TextModelOptions;
  /** Bound of the cache of weighted researcher vectors (built to explain a score). */
  cacheSize = DEFAULT_CACHE_SIZE;
  private readonly corpora: Record<Channel, Corpus>;
  private readonly stored = new ResearcherStore();
  private readonly cache = new Map<string, ScoringEntry>();
  private readonly wholeScratch = new WholeProfileScratch();
  private readonly unitCounter = new UnitCounter();
  /** Word → ids of its character n-grams, in order (repeats kept); small-integer arrays are lighter than typed ones. */
  private readonly gramIdCache = new Map<string, readonly number[]>();
  /** Prepared needs holding weighted vectors, least recently weighed first (bounded by WEIGHED_NEEDS). */
  private readonly weighedNeeds = new Set<PreparedNeed>();
  /** Surface forms of the needs most recently explained (bounded by SURFACE_CACHE_SIZE). */
  private readonly surfaceCache = new Map<PreparedNeed['fields'], Map<string, string>>();
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
    const signature = researcherSignature(researcher);
    const previous = this.stored.get(researcher.id);
    const unchanged = previous && previous.signature === signature;
    const units = unchanged ? unpack(previous) : this.analyse(researcher);
    const stored = unchanged ? previous : this.store(units, signature);
    this.uncount(researcher.id);
    this.countUnits(units);
    this.stored.set(researcher.id, stored);
    this.version++;
  }

  remove(researcherId: string): void {
    this.cache.delete(researcherId);
    if (this.uncount(researcherId)) this.version++;
  }

  has(researcherId: string): boolean {
    return this.stored.has(researcherId) || this.corpora.words.has(researcherId);
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
    // Words first, then n-grams, each in the text's order: the ids the terms get in the dictionaries.
    const prepared: PreparedNeed = {
      terms: { words: this.needTerms(counts.words, this.corpora.words), grams: this.needTerms(counts.grams, this.corpora.grams) },
      fields: [need.title, need.description, ...(need.keywords ?? [])],
      weights: null,
      version: -1,
    };
    this.weighed(prepared);
    return prepared;
  }

  /**
   * The value of scorePrepared alone, which is all ranking needs: with wholeWeight 1 (the default)
   * it reads only the researcher's stored counts, without building its weighted vectors.
   */
  similarity(prepared: PreparedNeed, researcher: ResearcherText): number {
    return this.similarities([prepared], researcher)[0];
  }

  /** similarity() of several needs (a need and its translation) against one researcher, whose counts are read once. */
  similarities(prepared: readonly PreparedNeed[], researcher: ResearcherText): number[] {
    if (this.options.wholeWeight < 1) return prepared.map((need) => this.scorePrepared(need, researcher).value);
    return this.wholeSimilarities(prepared, this.storedFor(researcher));
  }

  scorePrepared(prepared: PreparedNeed, researcher: ResearcherText): LexicalScore {
    const need = this.needVectors(prepared);
    const entry = this.vectors(researcher);
    const gramWeight = this.options.charNgram > 0 ? this.options.charWeight : 0;
    const blend = (vectors: Record<Channel, Sparse | null>) =>
      (1 - gramWeight) * cosine(need.words, vectors.words!) + (gramWeight && vectors.grams ? gramWeight * cosine(need.grams, vectors.grams) : 0);

    // The same computation as similarity(), so that a ranking and its explanation agree to the bit.
    const whole = this.wholeSimilarity(prepared, entry.stored);
    // With wholeWeight 1 the units only name the closest publication: on words, no n-gram vectors kept.
    const unitSimilarity = this.unitsUseGrams() ? blend : (vectors: Record<Channel, Sparse | null>) => cosine(need.words, vectors.words!);
    const ranked = entry.unitVectors.map((vectors, i) => ({ similarity: unitSimilarity(vectors), i })).sort((a, b) => b.similarity - a.similarity);
    const top = ranked.slice(0, Math.max(1, this.options.topK));
    const topUnits = top.length ? top.reduce((sum, unit) => sum + unit.similarity, 0) / top.length : 0;
    const value = this.options.wholeWeight * whole + (1 - this.options.wholeWeight) * topUnits;

    const sharedTerms: SharedTerm[] = [];
    const profileWords = entry.wholeWords;
    const wordCosine = cosine(need.words, profileWords);
    if (wordCosine > 0) {
      const { ids, order } = prepared.terms.words;
      const surfaces = this.surfacesOf(prepared);
      for (let k = 0; k < order.length; k++) {
        const i = order[k];
        const at = search(profileWords.ids, ids[i]);
        const other = at >= 0 ? profileWords.values[at] : 0;
        if (!other) continue;
        const term = this.corpora.words.term(ids[i]);
        sharedTerms.push({ term, surface: surfaces.get(term) ?? term.replace(/_/g, ' '), weight: (need.words.values[i] * other) / wordCosine });
      }
      sharedTerms.sort((a, b) => b.weight - a.weight);
    }
    const best = ranked.find((unit) => entry.unitIndex[unit.i] >= 0 && unit.similarity > 0);
    const bestIndex = best ? entry.unitIndex[best.i] : -1;
    return {
      value,
      whole,
      topUnits,
      sharedTerms,
      bestPublication: best ? { index: bestIndex, title: researcher.publications?.[bestIndex]?.title ?? '', similarity: best.similarity } : undefined,
    };
  }

  toJSON(): TextModelJSON {
    const researchers: TextModelJSON['researchers'] = {};
    const names = (channel: Channel, ids: Int32Array) => Array.from(ids, (id) => this.corpora[channel].term(id));
    for (const [id, stored] of this.stored.entries()) {
      researchers[id] = {
        signature: stored.signature,
        units: unpack(stored).map((unit) => [unit.index, names('words', unit.counts.words.ids), Array.from(unit.counts.words.values), names('grams', unit.counts.grams.ids), Array.from(unit.counts.grams.values)]),
      };
    }
    return { version: 2, options: this.options, researchers };
  }

  static fromJSON(json: TextModelJSON | TextModelJSONv1): TextModel {
    if (json.version === 1) return new TextModel(json.options, { words: Corpus.fromJSON(json.words), grams: Corpus.fromJSON(json.grams) });
    if (json.version !== 2) throw new Error(`Unsupported text model version ${String((json as { version: unknown }).version)}`);
    const model = new TextModel(json.options);
    for (const [id, researcher] of Object.entries(json.researchers)) {
      const units = researcher.units.map(([index, words, wordCounts, grams, gramCounts]) => ({
        index,
        counts: { words: model.sparse('words', words, wordCounts), grams: model.sparse('grams', grams, gramCounts) },
      }));
      const stored = model.store(units, researcher.signature);
      model.count(stored);
      model.stored.set(id, stored);
    }
    model.version++;
    return model;
  }

  /** The need's weighted vectors (sorted ids, weights) at the current corpus version. */
  private needVectors(prepared: PreparedNeed): Record<Channel, Sparse> {
    const weights = this.weighed(prepared);
    return { words: { ids: prepared.terms.words.ids, values: weights.words }, grams: { ids: prepared.terms.grams.ids, values: weights.grams } };
  }

  /** The need's weights at the current corpus version: recomputed when the corpus changed or they were dropped. */
  private weighed(prepared: PreparedNeed): Record<Channel, Float64Array> {
    if (prepared.weights && prepared.version === this.version) return prepared.weights;
    prepared.weights = {
      words: this.weighTerms(prepared.terms.words, this.corpora.words),
      grams: this.options.charNgram > 0 ? this.weighTerms(prepared.terms.grams, this.corpora.grams) : new Float64Array(0),
    };
    prepared.version = this.version;
    const held = this.weighedNeeds;
    held.delete(prepared);
    held.add(prepared);
    if (held.size > WEIGHED_NEEDS) {
      const oldest = held.values().next().value as PreparedNeed;
      held.delete(oldest);
      oldest.weights = null;
    }
    return prepared.weights;
  }

  /** Unit-length vector of (sublinear) tf × idf, aligned with terms.ids; the norm summed in the text's order. */
  private weighTerms(terms: NeedTerms, corpus: Corpus): Float64Array {
    const { ids, counts, order } = terms;
    const values = new Float64Array(ids.length);
    let norm = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      const count = counts[i];
      const tf = this.options.sublinearTf ? 1 + Math.log(count) : count;
      const weight = tf * corpus.idfOf(ids[i]);
      values[i] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < values.length; i++) values[i] = values[i] / norm;
    return values;
  }

  /** A need's counted terms interned (in the map's order) and stored compactly. */
  private needTerms(counts: Map<string, number>, corpus: Corpus): NeedTerms {
    const n = counts.size;
    const inOrder = new Int32Array(n);
    const countList = new Float64Array(n);
    let k = 0;
    let small = true;
    for (const [term, count] of counts) {
      inOrder[k] = corpus.intern(term);
      countList[k++] = count;
      if (!(Number.isInteger(count) && count >= 0 && count < 256)) small = false;
    }
    const positions = Array.from({ length: n }, (_, i) => i).sort((a, b) => inOrder[a] - inOrder[b]);
    const ids = new Int32Array(n);
    const sortedCounts = small ? new Uint8Array(n) : new Float64Array(n);
    const order = n < 65536 ? new Uint16Array(n) : new Int32Array(n);
    positions.forEach((from, i) => {
      ids[i] = inOrder[from];
      sortedCounts[i] = countList[from];
      order[from] = i;
    });
    return { ids, counts: sortedCounts, order };
  }

  /** Word term → the word as written in the need (from its text, kept for the needs most recently explained). */
  private surfacesOf(prepared: PreparedNeed): Map<string, string> {
    let surfaces = this.surfaceCache.get(prepared.fields);
    if (surfaces) this.surfaceCache.delete(prepared.fields);
    else surfaces = surfaceForms(prepared.fields.filter(Boolean).join('\n'), this.options);
    this.surfaceCache.set(prepared.fields, surfaces);
    if (this.surfaceCache.size > SURFACE_CACHE_SIZE) this.surfaceCache.delete(this.surfaceCache.keys().next().value as PreparedNeed['fields']);
    return surfaces;
  }

  /** Cosines of the need against the whole profile, channels blended. */
  private wholeSimilarity(prepared: PreparedNeed, stored: StoredResearcher): number {
    return this.wholeSimilarities([prepared], stored)[0];
  }

  /** wholeSimilarity of each need, the profile loaded (and its norms computed) once. */
  private wholeSimilarities(prepared: readonly PreparedNeed[], stored: StoredResearcher): number[] {
    const gramWeight = this.options.charNgram > 0 ? this.options.charWeight : 0;
    const scratch = this.wholeScratch;
    scratch.load(stored, this.options.charNgram > 0, [this.corpora.words.vocabularySize, this.corpora.grams.vocabularySize]);
    const wordNorm = scratch.norm(0, this.corpora.words, this.options.sublinearTf);
    const gramNorm = gramWeight ? scratch.norm(1, this.corpora.grams, this.options.sublinearTf) : 0;
    const out = prepared.map((need) => {
      const vectors = this.needVectors(need);
      const words = scratch.cosine(0, vectors.words, this.corpora.words, this.options.sublinearTf, wordNorm);
      const grams = gramWeight ? scratch.cosine(1, vectors.grams, this.corpora.grams, this.options.sublinearTf, gramNorm) : 0;
      return (1 - gramWeight) * words + (gramWeight ? gramWeight * grams : 0);
    });
    scratch.clear();
    return out;
  }

  /** The researcher's stored counts when current, else its text analysed (not kept). */
  private storedFor(researcher: ResearcherText): StoredResearcher {
    const signature = researcherSignature(researcher);
    const known = this.stored.get(researcher.id);
    if (known && known.signature === signature) return known;
    const cached = this.cache.get(researcher.id);
    if (cached && cached.signature === signature) return cached.stored;
    return this.store(this.analyse(researcher), signature);
  }

  private unitsUseGrams(): boolean {
    return this.options.charNgram > 0 && this.options.charWeight > 0 && this.options.wholeWeight < 1;
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

  /** Unit-length vector of (sublinear) tf × idf over sorted term ids. */
  private weighSparse(counts: Sparse, corpus: Corpus): Sparse {
    const values = new Float64Array(counts.ids.length);
    let norm = 0;
    for (let i = 0; i < values.length; i++) {
      const count = counts.values[i];
      const tf = this.options.sublinearTf ? 1 + Math.log(count) : count;
      const weight = tf * corpus.idfOf(counts.ids[i]);
      values[i] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < values.length; i++) values[i] /= norm;
    return { ids: counts.ids, values };
  }

  /** Terms and values as a Sparse of the channel's dictionary (terms interned, sorted by id). */
  private sparse(channel: Channel, termList: readonly string[], values: readonly number[]): Sparse {
    const corpus = this.corpora[channel];
    const order = termList.map((term, i) => ({ id: corpus.intern(term), value: values[i] })).sort((a, b) => a.id - b.id);
    return { ids: Int32Array.from(order, (o) => o.id), values: Float64Array.from(order, (o) => o.value) };
  }

  /** A researcher's units as term counts (the profile statement, then each publication). */
  private analyse(researcher: ResearcherText): UnitCounts[] {
    const o = this.options;
    const units: UnitCounts[] = [];
    const toUnit = (index: number, fields: ReadonlyArray<{ text: string | null | undefined; weight: number }>) => {
      for (const { text, weight } of fields) if (text) this.countText(text, weight);
      const counts = { words: this.unitCounter.take(0), grams: this.unitCounter.take(1) };
      if (counts.words.ids.length || counts.grams.ids.length) units.push({ index, counts });
    };
    toUnit(-1, [
      { text: researcher.headline, weight: o.titleWeight },
      { text: researcher.expertise, weight: 1 },
      ...[...(researcher.keywords ?? []), ...(researcher.techniques ?? [])].map((text) => ({ text, weight: o.keywordWeight })),
    ]);
    (researcher.publications ?? []).forEach((publication, index) => {
      toUnit(index, [
        { text: publication.title, weight: o.titleWeight },
        { text: publication.abstract, weight: 1 },
      ]);
    });
    return units;
  }

  /**
   * Adds a text's terms, `weight` each, to the unit being counted: the same terms as countFields
   * (words, bigrams when asked, n-grams of the unstemmed words), tokenised once, with each word's
   * n-gram ids cached (words repeat across profiles far more than n-grams are worth re-cutting).
   */
  private countText(text: string, weight: number): void {
    const o = this.options;
    const words = contentWords(text, { stem: false, dropNumbers: o.dropNumbers });
    const wordTerms = o.stem || o.bigrams ? terms(text, o) : words;
    for (const term of wordTerms) this.unitCounter.add(0, this.corpora.words.intern(term), weight);
    if (o.charNgram <= 0) return;
    for (const word of words) {
      const ids = this.gramIds(word);
      for (let i = 0; i < ids.length; i++) this.unitCounter.add(1, ids[i], weight);
    }
  }

  private gramIds(word: string): readonly number[] {
    let ids = this.gramIdCache.get(word);
    if (!ids) {
      const corpus = this.corpora.grams;
      ids = wordNgrams(word, this.options.charNgram).map((gram) => corpus.intern(gram));
      if (this.gramIdCache.size >= GRAM_ID_CACHE_SIZE) this.gramIdCache.clear();
      this.gramIdCache.set(word, ids);
    }
    return ids;
  }

  private store(units: UnitCounts[], signature: number): StoredResearcher {
    const { data, floats } = pack(units);
    return { signature, data, start: 0, end: data.length, floats };
  }

  /** Adds a stored researcher's units to the corpus statistics (as the corpus counted expanded term lists). */
  private count(stored: StoredResearcher, sign: 1 | -1 = 1): void {
    this.countUnits(unpack(stored), sign);
  }

  private countUnits(units: UnitCounts[], sign: 1 | -1 = 1): void {
    for (const unit of units) {
      for (const channel of this.channels()) {
        const { ids, values } = unit.counts[channel];
        const present: number[] = [];
        let length = 0;
        for (let i = 0; i < ids.length; i++) {
          const repeats = Math.ceil(values[i]);
          if (repeats > 0) {
            present.push(ids[i]);
            length += repeats;
          }
        }
        if (length === 0) continue;
        if (sign > 0) this.corpora[channel].addUnit(present, length);
        else this.corpora[channel].removeUnit(present, length);
      }
    }
  }

  /** Removes a researcher from the statistics; whether it was there. */
  private uncount(researcherId: string): boolean {
    let changed = false;
    const previous = this.stored.get(researcherId);
    if (previous) {
      this.count(previous, -1);
      this.stored.delete(researcherId);
      changed = true;
    }
    // A model loaded from version-1 JSON keeps its researchers in the corpora.
    for (const channel of this.channels()) changed = this.corpora[channel].remove(researcherId) || changed;
    return changed;
  }

  private channels(): Channel[] {
    return this.options.charNgram > 0 ? ['words', 'grams'] : ['words'];
  }

  /** The researcher's weighted vectors at the current version, from the cache or its stored counts. */
  private vectors(researcher: ResearcherText): ScoringEntry {
    const signature = researcherSignature(researcher);
    let entry = this.cache.get(researcher.id);
    this.cache.delete(researcher.id);
    if (!entry || entry.signature !== signature) {
      const known = this.stored.get(researcher.id);
      // A copy: the entry outlives the arena the registered counts sit in.
      const stored = known && known.signature === signature ? copyStored(known) : this.store(this.analyse(researcher), signature);
      entry = { signature, stored, version: -1, unitIndex: [], unitVectors: [], wholeWords: EMPTY };
    }
    this.cache.set(researcher.id, entry);
    if (this.cache.size > Math.max(1, this.cacheSize)) this.cache.delete(this.cache.keys().next().value as string);
    if (entry.version !== this.version) {
      const units = unpack(entry.stored);
      const useGrams = this.unitsUseGrams();
      entry.unitIndex = units.map((unit) => unit.index);
      entry.unitVectors = units.map((unit) => ({
        words: this.weighSparse(unit.counts.words, this.corpora.words),
        grams: useGrams ? this.weighSparse(unit.counts.grams, this.corpora.grams) : null,
      }));
      entry.wholeWords = this.weighSparse(sumSparse(units.map((unit) => unit.counts.words)), this.corpora.words);
      entry.version = this.version;
    }
    return entry;
  }
}

const EMPTY: Sparse = { ids: new Int32Array(0), values: new Float64Array(0) };
const NO_BYTES = new Uint8Array(0);

/** Term counts of one unit per channel, dense over the dictionary, taken out as sorted sparse vectors. */
class UnitCounter {
  private counts: [Float64Array, Float64Array] = [new Float64Array(1024), new Float64Array(1024)];
  private touched: [IntBuffer, IntBuffer] = [new IntBuffer(), new IntBuffer()];

  add(channel: 0 | 1, id: number, weight: number): void {
    let counts = this.counts[channel];
    if (id >= counts.length) {
      const grown = new Float64Array(Math.max(id + 1, counts.length * 2));
      grown.set(counts);
      this.counts[channel] = counts = grown;
    }
    if (counts[id] === 0) this.touched[channel].push(id);
    counts[id] += weight;
  }

  /** The counts added since the last take, sorted by id; the counter is empty after. */
  take(channel: 0 | 1): Sparse {
    const counts = this.counts[channel];
    const ids = this.touched[channel].take().sort();
    const values = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      values[i] = counts[ids[i]];
      counts[ids[i]] = 0;
    }
    return { ids, values };
  }
}

/** A growable list of integers. */
class IntBuffer {
  private data = new Int32Array(256);
  private length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** A copy of the values; the buffer is empty after. */
  take(): Int32Array {
    const out = this.data.slice(0, this.length);
    this.length = 0;
    return out;
  }
}

/** 1 + ln(count), from a table for the small whole counts that most terms have. */
const SUBLINEAR_TABLE = Float64Array.from({ length: 64 }, (_, count) => 1 + Math.log(count));

function sublinearTf(count: number): number {
  return count < 64 && Number.isInteger(count) ? SUBLINEAR_TABLE[count] : 1 + Math.log(count);
}

/** Reads the unsigned varints written by writeVarint. */
class VarintReader {
  private data: Uint8Array = new Uint8Array(0);
  private at = 0;

  reset(data: Uint8Array, at = 0): this {
    this.data = data;
    this.at = at;
    return this;
  }

  next(): number {
    const data = this.data;
    let byte = data[this.at++];
    if (byte < 0x80) return byte;
    let value = byte & 0x7f;
    let scale = 128;
    for (;;) {
      byte = data[this.at++];
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  }
}

/**
 * Per channel, a researcher's whole-profile counts summed over its units straight from the packed
 * stream into a dense array over the channel's dictionary (the touched ids listed to clear it
 * after), so a cosine with the need costs one pass over the profile's distinct terms and one
 * look-up per need term: no sorted vectors, no allocation per researcher.
 */
class WholeProfileScratch {
  private counts: [Float64Array, Float64Array] = [new Float64Array(1024), new Float64Array(1024)];
  private touched: [Int32Array, Int32Array] = [new Int32Array(1024), new Int32Array(1024)];
  private touchedLength: [number, number] = [0, 0];
  private readonly reader = new VarintReader();

  /** Sums the stored units' counts of both channels (of words only when `grams` is false). */
  load(stored: StoredResearcher, grams: boolean, vocabularySizes: [number, number]): void {
    for (const channel of [0, 1] as const) {
      if (this.counts[channel].length < vocabularySizes[channel]) this.counts[channel] = new Float64Array(Math.max(1024, vocabularySizes[channel] * 2));
    }
    const reader = this.reader.reset(stored.data, stored.start);
    const floats = stored.floats;
    let floatAt = 0;
    const units = reader.next();
    for (let u = 0; u < units; u++) {
      reader.next(); // the unit's index
      for (const channel of [0, 1] as const) {
        const n = reader.next();
        const keep = channel === 0 || grams;
        const counts = this.counts[channel];
        let id = 0;
        for (let i = 0; i < n; i++) {
          const code = reader.next();
          id += code >>> 1;
          const raw = code & 1 ? reader.next() : 1;
          const value = floats ? floats[floatAt++] : raw;
          if (!keep) continue;
          if (counts[id] === 0) this.touch(channel, id);
          counts[id] += value;
        }
      }
    }
    this.reader.reset(NO_BYTES); // holds no arena after (an arena replaced as it grew would stay alive)
  }

  /** Squared norm of the loaded profile's channel, weighted (sublinear) tf × idf. */
  norm(channel: 0 | 1, corpus: Corpus, sublinear: boolean): number {
    const counts = this.counts[channel];
    const touched = this.touched[channel];
    let norm = 0;
    for (let i = 0; i < this.touchedLength[channel]; i++) {
      const id = touched[i];
      const w = (sublinear ? sublinearTf(counts[id]) : counts[id]) * corpus.idfOf(id);
      norm += w * w;
    }
    return norm;
  }

  /** Cosine of a unit-length need vector with the loaded profile, weighted (sublinear) tf × idf; `norm` from norm(). */
  cosine(channel: 0 | 1, need: Sparse, corpus: Corpus, sublinear: boolean, norm: number): number {
    const counts = this.counts[channel];
    const weight = (id: number) => (sublinear ? sublinearTf(counts[id]) : counts[id]) * corpus.idfOf(id);
    if (norm <= 0) return 0;
    let dot = 0;
    for (let i = 0; i < need.ids.length; i++) {
      const id = need.ids[i];
      if (id < counts.length && counts[id] !== 0) dot += need.values[i] * weight(id);
    }
    return dot / Math.sqrt(norm);
  }

  clear(): void {
    for (const channel of [0, 1] as const) {
      const counts = this.counts[channel];
      const touched = this.touched[channel];
      for (let i = 0; i < this.touchedLength[channel]; i++) counts[touched[i]] = 0;
      this.touchedLength[channel] = 0;
    }
  }

  private touch(channel: 0 | 1, id: number): void {
    let touched = this.touched[channel];
    if (this.touchedLength[channel] === touched.length) {
      const grown = new Int32Array(touched.length * 2);
      grown.set(touched);
      this.touched[channel] = touched = grown;
    }
    touched[this.touchedLength[channel]++] = id;
  }
}

/** Dot product of two unit vectors over sorted ids. */
function cosine(a: Sparse, b: Sparse): number {
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i];
    const y = bi[j];
    if (x === y) {
      sum += a.values[i++] * b.values[j++];
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

function search(ids: Int32Array, id: number): number {
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = ids[mid];
    if (value === id) return mid;
    if (value < id) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** Sum of sparse count vectors (the whole profile from its units). */
function sumSparse(parts: Sparse[]): Sparse {
  if (parts.length === 1) return parts[0];
  let total = 0;
  for (const part of parts) total += part.ids.length;
  const ids = new Int32Array(total);
  const values = new Float64Array(total);
  let n = 0;
  for (const part of parts) {
    ids.set(part.ids, n);
    n += part.ids.length;
  }
  ids.sort();
  // Distinct ids, then the counts summed in unit order.
  let distinct = 0;
  for (let i = 0; i < total; i++) if (i === 0 || ids[i] !== ids[i - 1]) ids[distinct++] = ids[i];
  const out = ids.slice(0, distinct);
  const sums = values.subarray(0, distinct);
  for (const part of parts) {
    let k = 0;
    for (let i = 0; i < part.ids.length; i++) {
      const id = part.ids[i];
      while (out[k] < id) k++;
      sums[k] += part.values[i];
    }
  }
  return { ids: out, values: sums.slice() };
}

// --- Packed storage of a researcher's units: varints, term ids delta-encoded. ---

let buffer = new Uint8Array(1 << 16);
let position = 0;

function writeVarint(value: number): void {
  if (position + 5 > buffer.length) {
    const grown = new Uint8Array(buffer.length * 2);
    grown.set(buffer);
    buffer = grown;
  }
  while (value >= 0x80) {
    buffer[position++] = (value & 0x7f) | 0x80;
    value = Math.floor(value / 128);
  }
  buffer[position++] = value;
}

function pack(units: UnitCounts[]): { data: Uint8Array; floats?: Float64Array } {
  position = 0;
  const floats: number[] = [];
  let anyFloat = false;
  writeVarint(units.length);
  for (const unit of units) {
    writeVarint(unit.index + 1);
    for (const channel of CHANNELS) {
      const { ids, values } = unit.counts[channel];
      writeVarint(ids.length);
      let last = 0;
      for (let i = 0; i < ids.length; i++) {
        const value = values[i];
        floats.push(value);
        let raw = value;
        if (!(Number.isInteger(value) && value >= 0 && value < 2 ** 31)) {
          anyFloat = true;
          raw = 0;
        }
        // The id's delta, doubled, odd when a count follows (a count of 1, the most common, is not written).
        writeVarint((ids[i] - last) * 2 + (raw === 1 ? 0 : 1));
        if (raw !== 1) writeVarint(raw);
        last = ids[i];
      }
    }
  }
  return { data: buffer.slice(0, position), floats: anyFloat ? Float64Array.from(floats) : undefined };
}

function unpack(stored: StoredResearcher): UnitCounts[] {
  const data = stored.data;
  let at = stored.start;
  let floatAt = 0;
  const read = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = data[at++];
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  };
  const units: UnitCounts[] = [];
  const count = read();
  for (let u = 0; u < count; u++) {
    const index = read() - 1;
    const counts = {} as Record<Channel, Sparse>;
    for (const channel of CHANNELS) {
      const n = read();
      const ids = new Int32Array(n);
      const values = new Float64Array(n);
      let last = 0;
      for (let i = 0; i < n; i++) {
        const code = read();
        ids[i] = last += Math.floor(code / 2);
        const value = code % 2 ? read() : 1;
        values[i] = stored.floats ? stored.floats[floatAt++] : value;
      }
      counts[channel] = { ids, values };
    }
    units.push({ index, counts });
  }
  return units;
}

/** A stored researcher's counts in a buffer of their own. */
function copyStored(stored: StoredResearcher): StoredResearcher {
  return { signature: stored.signature, data: stored.data.slice(stored.start, stored.end), start: 0, end: stored.end - stored.start, floats: stored.floats };
}

/** ResearcherStore.packed(): researcher i's counts are data[dataOffsets[i], dataOffsets[i + 1]) (floats likewise when hasFloats[i]). */
export interface PackedResearchers {
  ids: string[];
  signatures: Float64Array;
  data: Uint8Array;
  dataOffsets: Int32Array;
  floats: Float64Array;
  floatOffsets: Int32Array;
  hasFloats: number[];
}

/**
 * The registered researchers' packed counts, all in one byte arena (no object or buffer per
 * researcher: at 100,000 researchers that overhead was as large as the counts). A researcher
 * replaced or removed leaves its bytes behind until the arena is compacted, which happens when it
 * has to grow and at least half of it is such garbage. Iterates in insertion order, like a Map.
 */
export class ResearcherStore {
  private arena = new Uint8Array(1 << 16);
  private used = 0;
  private garbage = 0;
  private readonly slots = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  private slotCount = 0;
  private starts = new Float64Array(256);
  private lengths = new Int32Array(256);
  private signatures = new Float64Array(256);
  private readonly floats = new Map<number, Float64Array>();

  get size(): number {
    return this.slots.size;
  }

  /** Bytes the packed counts take (and the arena's length). */
  get bytes(): { live: number; arena: number } {
    return { live: this.used - this.garbage, arena: this.arena.length };
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** A view of the researcher's counts in the arena: read it at once (the arena moves when it grows). */
  get(id: string): StoredResearcher | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.view(slot);
  }

  /** Stores (a copy of) the counts under `id`, replacing any before. */
  set(id: string, stored: StoredResearcher): void {
    this.delete(id);
    const length = stored.end - stored.start;
    if (this.used + length > this.arena.length) this.makeRoom(length);
    this.arena.set(stored.data.subarray(stored.start, stored.end), this.used);
    const slot = this.freeSlots.pop() ?? this.newSlot();
    this.starts[slot] = this.used;
    this.lengths[slot] = length;
    this.signatures[slot] = stored.signature;
    if (stored.floats) this.floats.set(slot, stored.floats);
    this.used += length;
    this.slots.set(id, slot);
  }

  delete(id: string): boolean {
    const slot = this.slots.get(id);
    if (slot === undefined) return false;
    this.slots.delete(id);
    this.garbage += this.lengths[slot];
    this.floats.delete(slot);
    this.freeSlots.push(slot);
    return true;
  }

  /**
   * Every researcher's counts end to end in iteration order, with one entry per researcher in flat
   * arrays (no object per researcher): what a snapshot saves. The arena holds the live counts in
   * that same order (a replaced researcher moves to the end of both), so they are copied in a few
   * runs between the garbage left by replacements.
   */
  packed(): PackedResearchers {
    const count = this.slots.size;
    const ids: string[] = [];
    const signatures = new Float64Array(count);
    const data = new Uint8Array(this.used - this.garbage);
    const dataOffsets = new Int32Array(count + 1);
    let floatLength = 0;
    for (const values of this.floats.values()) floatLength += values.length;
    const floats = new Float64Array(floatLength);
    const floatOffsets = new Int32Array(count + 1);
    const hasFloats: number[] = [];
    let at = 0;
    let floatAt = 0;
    let run = { start: 0, end: 0, at: 0 };
    const copyRun = () => data.set(this.arena.subarray(run.start, run.end), run.at);
    for (const [id, slot] of this.slots) {
      const start = this.starts[slot];
      if (start !== run.end) {
        copyRun();
        run = { start, end: start, at };
      }
      run.end = start + this.lengths[slot];
      at += this.lengths[slot];
      dataOffsets[ids.length + 1] = at;
      signatures[ids.length] = this.signatures[slot];
      const values = this.floats.get(slot);
      if (values) floats.set(values, floatAt);
      floatAt += values?.length ?? 0;
      floatOffsets[ids.length + 1] = floatAt;
      hasFloats.push(values ? 1 : 0);
      ids.push(id);
    }
    copyRun();
    return { ids, signatures, data, dataOffsets, floats, floatOffsets, hasFloats };
  }

  *entries(): IterableIterator<[string, StoredResearcher]> {
    for (const [id, slot] of this.slots) yield [id, this.view(slot)];
  }

  private view(slot: number): StoredResearcher {
    const start = this.starts[slot];
    return { signature: this.signatures[slot], data: this.arena, start, end: start + this.lengths[slot], floats: this.floats.get(slot) };
  }

  private newSlot(): number {
    const slot = this.slotCount++;
    if (slot >= this.starts.length) {
      const size = this.starts.length * 2;
      const grow = <T extends Float64Array | Int32Array>(from: T, to: T): T => (to.set(from), to);
      this.starts = grow(this.starts, new Float64Array(size));
      this.lengths = grow(this.lengths, new Int32Array(size));
      this.signatures = grow(this.signatures, new Float64Array(size));
    }
    return slot;
  }

  /** Compacts the arena (live counts in slot order of insertion) into one with room for `length` more bytes. */
  private makeRoom(length: number): void {
    const live = this.used - this.garbage;
    const compact = this.garbage * 2 >= this.used;
    const size = Math.max(1 << 16, Math.ceil((compact ? live : this.used) * 1.5) + length);
    const arena = new Uint8Array(size);
    if (compact) {
      let at = 0;
      for (const slot of this.slots.values()) {
        const start = this.starts[slot];
        arena.set(this.arena.subarray(start, start + this.lengths[slot]), at);
        this.starts[slot] = at;
        at += this.lengths[slot];
      }
      this.used = at;
      this.garbage = 0;
    } else arena.set(this.arena.subarray(0, this.used));
    this.arena = arena;
  }
}

/** A 52-bit hash of the researcher's text fields: whether a stored or cached analysis is still current. */
function researcherSignature(researcher: ResearcherText): number {
  const keywords = researcher.keywords ?? [];
  const techniques = researcher.techniques ?? [];
  const publications = researcher.publications ?? [];
  // The list lengths keep the parts unambiguous.
  const parts = [researcher.headline ?? '', researcher.expertise ?? '', String(keywords.length), ...keywords, String(techniques.length), ...techniques, String(publications.length)];
  for (const publication of publications) parts.push(publication.title ?? '', publication.abstract ?? '');
  return joinedTextHash(parts, '\u0001');
}
