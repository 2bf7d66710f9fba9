import { conceptLabel, detectLanguage, documentConcepts, segmentConcepts, segmentTexts, stem, tokenize, type ConceptSource, type DocumentConcepts } from '../../../text/src';
import { Corpus } from '../text-model/corpus';
import { BilingualLexicon } from '../text-model/lexicon';
import { TextModel, type LexicalScore, type PreparedNeed, type TextModelOptions } from '../text-model/text-model';
import { contentWords } from '../text-model/terms';
import { joinedTextHash } from '../text-model/text-hash';
import { BoundedCache } from './bounded-cache';
import { diversify } from './diversity';
import { conceptOverlap, itemsAskedFor, languageFit, needWordSet, placeFit, sectorFit, trlFit, type ConceptEvidence } from './features';
import { reasons } from './reasons';
import type { FeatureContribution, FeatureName, Match, MatchLanguage, MatchNeed, MatchResearcher } from './types';
import {
  DEFAULT_CONCEPT_OPTIONS,
  DEFAULT_DIVERSITY,
  DEFAULT_FEEDBACK,
  DEFAULT_WEIGHTS,
  TRANSLATION_DISCOUNT,
  type ConceptOptions,
  type DiversityOptions,
  type FeedbackOptions,
  type MatchWeights,
} from './weights';

export interface MatcherOptions {
  /** Overrides of DEFAULT_WEIGHTS. */
  weights?: Partial<MatchWeights>;
  /** The thesaurus (ConceptIndex.loadDefault()); without it the concepts feature is 0. */
  concepts?: ConceptSource | null;
  /** A text model to start from (e.g. TextModel.fromJSON of a saved one); else one is built. */
  textModel?: TextModel;
  textModelOptions?: Partial<TextModelOptions>;
  conceptOptions?: Partial<ConceptOptions>;
  /** Default diversity of ranked lists; false to keep pure score order. */
  diversity?: Partial<DiversityOptions> | false;
  /**
   * Pseudo-relevance feedback through concepts in rankResearchers (see FeedbackOptions): true or
   * options to turn it on, false (the default) to rank in one pass.
   */
  feedback?: Partial<FeedbackOptions> | boolean;
  /**
   * Cross-lingual lexical route: the need's words are also translated through the bilingual
   * lexicon derived from the thesaurus's aligned labels (text-model/lexicon.ts), and the lexical
   * feature is the better of the need's own cosine and TRANSLATION_DISCOUNT × the translation's.
   * True (the default) for the lexicon of the shipped thesaurus, a lexicon, or false for none.
   */
  translation?: BilingualLexicon | boolean;
  /**
   * How the need's own and translated cosines make the lexical feature: 'max' (the default)
   * max(own, TRANSLATION_DISCOUNT × translated) for every profile; 'profile language': a profile
   * whose researcher works in the need's language is scored on the need's own words only, any
   * other on max(own, translated), so that each profile is read in its own language. Measured
   * and dropped (−0.006 over the 81 development needs, French −0.029; evaluation/README.md):
   * kept off, as the variant `lexical in the profile language`.
   */
  translationMode?: 'max' | 'profile language';
  /**
   * The full records of registered researchers are kept (for `researchers` and rankResearchers
   * without candidates) while there are at most this many; beyond, only corpus statistics are.
   */
  maxRetainedResearchers?: number;
}

export interface RankOptions {
  /** Language of the reasons (the viewer's), default fr. */
  language?: MatchLanguage;
  /** Keep the first `limit` results (after diversity). */
  limit?: number;
  /** Overrides the matcher's diversity for this list; false to keep pure score order. */
  diversity?: Partial<DiversityOptions> | false;
}

/** Reasons show at most this many terms, concepts or items. */
const MAX_LISTED = 5;
/** The closest publication is named when its cosine with the need reaches this. */
const CLOSEST_PUBLICATION_MIN = 0.1;
/** Default of MatcherOptions.maxRetainedResearchers. */
const MAX_RETAINED_RESEARCHERS = 20_000;
/** Concepts of researchers scored but not registered (or changed since) are cached for this many. */
const CONCEPT_LRU_SIZE = 5000;
/** Between the segments of a researcher's text, for its signature. */
const SEGMENT_SEPARATOR = '\u0001';
/** Bound of the small per-string caches (item words, stems of surfaces). */
const STRING_CACHE_SIZE = 50_000;

interface NeedAnalysis {
  id: string;
  segments: Array<string | null | undefined>;
  /** Hash of the need's language and text: whether the analysis is still current. */
  signature: number;
  language: MatchLanguage;
  prepared: PreparedNeed;
  /** The need's words translated into the other languages (translation route), if any. */
  translated: PreparedNeed | null;
  codes: string[];
  codeSet: Set<string>;
  concepts: DocumentConcepts | null;
  words: Set<string>;
  /** The thesaurus's broader concepts, memoised per need concept (asked for every candidate). */
  broader: (code: string, depth: number) => readonly string[];
}

/**
 * A researcher's concepts as scoring needs them, packed in one short string of ids: per concept,
 * its id in the concept dictionary (conceptCorpus), the number of words that mentioned it and
 * those words' ids in the surface dictionary (see encodeId, PackedConcepts).
 */
interface StoredConcepts {
  signature: number;
  packed: string;
  count: number;
}

/** The values of every feature of a pair, the evidence their explanations need, and the score. */
interface Evaluation {
  lexical: number;
  concepts: ConceptEvidence;
  sector: ReturnType<typeof sectorFit>;
  trl: ReturnType<typeof trlFit>;
  techniques: ReturnType<typeof itemsAskedFor>;
  equipment: ReturnType<typeof itemsAskedFor>;
  languages: ReturnType<typeof languageFit>;
  place: ReturnType<typeof placeFit>;
  score: number;
}

/** A pair evaluated for a ranking, explained only if it is returned. */
interface Scored {
  analysis: NeedAnalysis;
  need: MatchNeed;
  researcher: MatchResearcher;
  evaluation: Evaluation;
  /** Tie-break between equal scores. */
  key: string;
  organisationId: string | null | undefined;
  /** The researcher's concepts (for feedback). */
  profile: StoredConcepts | null;
}

/**
 * Scores (need, researcher) pairs with named features and explains them; ranks researchers for
 * a need and needs for a researcher. Keeps the corpus statistics of the registered researchers
 * (lexical idf, concept specificity), updated one researcher at a time.
 */
export class Matcher {
  readonly weights: MatchWeights;
  readonly textModel: TextModel;
  private readonly concepts: ConceptSource | null;
  /**
   * Concept document frequencies over the registered researchers (one unit each: its distinct
   * concepts), counted from researcherConceptStore (no per-researcher copy); the number of
   * researchers is researcherConceptStore.size.
   */
  private readonly conceptCorpus = new Corpus();
  /** The words that mentioned concepts in researchers' texts, interned (ids in StoredConcepts). */
  private readonly surfaceDictionary = new Corpus();
  private readonly conceptOptions: ConceptOptions;
  private readonly diversity: DiversityOptions | false;
  private readonly feedback: FeedbackOptions | false;
  private readonly lexicon: BilingualLexicon | null;
  private readonly translationMode: 'max' | 'profile language';
  private registered: Map<string, MatchResearcher> | null = new Map();
  private readonly maxRetained: number;
  /** Concepts of every registered researcher, packed (what scoring needs of them). */
  private readonly researcherConceptStore = new Map<string, StoredConcepts>();
  /** Concepts of researchers scored without being registered in that version (bounded LRU). */
  private readonly researcherConceptLru = new Map<string, StoredConcepts>();
  private readonly needCache = new BoundedCache<string, NeedAnalysis>(10_000);
  private readonly itemCodeCache = new BoundedCache<string, string[]>(50_000);
  private readonly itemWordCache = new BoundedCache<string, string[]>(STRING_CACHE_SIZE);
  private readonly stemKeyCache = new BoundedCache<string, string>(STRING_CACHE_SIZE);

  constructor(researchers: Iterable<MatchResearcher> = [], options: MatcherOptions = {}) {
    this.weights = { ...DEFAULT_WEIGHTS, ...options.weights };
    this.textModel = options.textModel ?? new TextModel(options.textModelOptions);
    this.concepts = options.concepts ?? null;
    this.conceptOptions = { ...DEFAULT_CONCEPT_OPTIONS, ...options.conceptOptions };
    this.diversity = options.diversity === false ? false : { ...DEFAULT_DIVERSITY, ...options.diversity };
    const feedback = options.feedback ?? false;
    this.feedback = feedback === false ? false : { ...DEFAULT_FEEDBACK, ...(feedback === true ? {} : feedback) };
    const translation = options.translation ?? true;
    this.lexicon = translation === true ? BilingualLexicon.shipped() : translation || null;
    this.translationMode = options.translationMode ?? 'max';
    this.maxRetained = options.maxRetainedResearchers ?? MAX_RETAINED_RESEARCHERS;
    for (const researcher of researchers) this.upsertResearcher(researcher);
  }

  /** Adds or updates a researcher in the corpus statistics. */
  upsertResearcher(researcher: MatchResearcher): void {
    if (this.registered) {
      this.registered.set(researcher.id, researcher);
      // Past the bound the records are dropped: only corpus statistics are kept.
      if (this.registered.size > this.maxRetained) this.registered = null;
    }
    this.textModel.add(researcher);
    this.uncountConcepts(researcher.id);
    const codes = this.registerConcepts(researcher);
    if (codes.length) this.conceptCorpus.addUnit(this.conceptIds(codes), codes.length);
  }

  removeResearcher(id: string): void {
    this.registered?.delete(id);
    this.textModel.remove(id);
    this.uncountConcepts(id);
    this.researcherConceptStore.delete(id);
    this.researcherConceptLru.delete(id);
  }

  /** The registered researchers (only while there are at most maxRetainedResearchers of them). */
  get researchers(): MatchResearcher[] {
    return [...this.retained().values()];
  }

  /** Scores one pair, with reasons in `language`. */
  score(need: MatchNeed, researcher: MatchResearcher, language: MatchLanguage = 'fr'): Match {
    const analysis = this.analyseNeed(need);
    return this.explain(analysis, need, researcher, this.evaluate(analysis, need, researcher, this.researcherConcepts(researcher)), language);
  }

  /** Researchers for a need, best first (candidates default to the registered researchers). */
  rankResearchers(need: MatchNeed, candidates: Iterable<MatchResearcher> = this.retained().values(), options: RankOptions = {}): Match[] {
    const analysis = this.analyseNeed(need);
    const scored: Scored[] = [];
    for (const researcher of candidates) {
      const profile = this.researcherConcepts(researcher);
      const evaluation = this.evaluate(analysis, need, researcher, profile);
      scored.push({ analysis, need, researcher, evaluation, key: researcher.id + need.id, organisationId: researcher.organisationId, profile });
    }
    if (this.feedback) this.applyFeedback(analysis, scored, this.feedback);
    return this.finish(scored, options);
  }

  /** Needs for a researcher, best first. */
  rankNeeds(researcher: MatchResearcher, needs: Iterable<MatchNeed>, options: RankOptions = {}): Match[] {
    const profile = this.researcherConcepts(researcher);
    const scored: Scored[] = [];
    for (const need of needs) {
      const analysis = this.analyseNeed(need);
      const evaluation = this.evaluate(analysis, need, researcher, profile);
      scored.push({ analysis, need, researcher, evaluation, key: researcher.id + need.id, organisationId: need.organisationId, profile });
    }
    return this.finish(scored, options);
  }

  private retained(): Map<string, MatchResearcher> {
    if (!this.registered) throw new Error(`Matcher: more than ${this.maxRetained} researchers registered, their records are not kept; pass the candidates`);
    return this.registered;
  }

  /**
   * Orders by score (then pair id), applies diversity and the limit, and only then explains: the
   * features' details and the reasons are built for the matches returned, not for every candidate.
   */
  private finish(scored: Scored[], options: RankOptions): Match[] {
    scored.sort((a, b) => b.evaluation.score - a.evaluation.score || a.key.localeCompare(b.key));
    const base = this.diversity;
    const diversity = options.diversity === false ? false : options.diversity ? { ...(base || DEFAULT_DIVERSITY), ...options.diversity } : base;
    const ordered = diversity ? diversify(scored, (s) => s.organisationId, (s) => s.evaluation.score, diversity) : scored;
    const kept = options.limit != null ? ordered.slice(0, options.limit) : ordered;
    return kept.map((s) => this.explain(s.analysis, s.need, s.researcher, s.evaluation, options.language ?? 'fr'));
  }

  /** Every feature's value (and the evidence its explanation needs) and the score, without any text. */
  private evaluate(analysis: NeedAnalysis, need: MatchNeed, researcher: MatchResearcher, profile: StoredConcepts | null): Evaluation {
    let lexical: number;
    if (analysis.translated) {
      const [own, translated] = this.textModel.similarities([analysis.prepared, analysis.translated], researcher);
      lexical = this.combineLexical(own, translated, analysis.language, researcher);
    } else lexical = this.textModel.similarity(analysis.prepared, researcher);
    const concepts = this.conceptEvidence(analysis, profile);
    const sector = sectorFit(need, researcher);
    const trl = trlFit(need, researcher);
    const itemCodes = (item: string) => this.itemConcepts(item);
    const itemWords = (item: string) => this.itemWords(item);
    const techniques = itemsAskedFor(researcher.techniques, analysis.words, analysis.codeSet, itemCodes, itemWords);
    const equipment = itemsAskedFor(researcher.equipment, analysis.words, analysis.codeSet, itemCodes, itemWords);
    const languages = languageFit(analysis.language, researcher);
    const place = placeFit(need, researcher);
    const evaluation: Evaluation = { lexical, concepts, sector, trl, techniques, equipment, languages, place, score: 0 };
    evaluation.score = this.scoreOf(evaluation);
    return evaluation;
  }

  /** The lexical value from the need's own cosine and its translation's (see MatcherOptions.translationMode). */
  private combineLexical(own: number, translated: number, language: MatchLanguage, researcher: MatchResearcher): number {
    if (this.translationMode === 'profile language' && researcher.languages?.length) {
      return researcher.languages.includes(language) ? own : Math.max(own, translated);
    }
    return Math.max(own, TRANSLATION_DISCOUNT * translated);
  }

  /** Summed in the order of the features of a Match, so that its contributions add up to exactly this. */
  private scoreOf(e: Evaluation): number {
    const w = this.weights;
    let score = 0;
    score += w.lexical * e.lexical;
    score += w.concepts * e.concepts.value;
    score += w.sector * e.sector.value;
    score += w.trl * e.trl.value;
    score += w.techniques * e.techniques.value;
    score += w.equipment * e.equipment.value;
    score += w.languages * e.languages.value;
    score += w.place * e.place.value;
    return score;
  }

  /**
   * Pseudo-relevance feedback through concepts: the concepts most shared among the profiles of the
   * best first-pass candidates (each profile weighted by its score, each concept by its
   * specificity), other than the need's own concepts and their broader ones, are added to the
   * need's: a candidate whose profile has a share x of their weight gets `weight` × x of the
   * coverage its own concepts left (value + (1 − value) × weight × x); none loses coverage.
   */
  private applyFeedback(analysis: NeedAnalysis, scored: Scored[], options: FeedbackOptions): void {
    if (!this.concepts) return;
    const top = scored
      .filter((s) => s.profile && s.evaluation.score > 0)
      .sort((a, b) => b.evaluation.score - a.evaluation.score || a.key.localeCompare(b.key))
      .slice(0, options.documents);
    if (top.length < Math.max(1, options.minDocuments)) return;
    const excluded = new Set(analysis.codes);
    for (const code of analysis.codes) for (const parent of analysis.broader(code, this.conceptOptions.broaderDepth)) excluded.add(parent);
    const topScore = top.reduce((sum, s) => sum + s.evaluation.score, 0);
    const found = new Map<string, { share: number; documents: number }>();
    for (const s of top) {
      for (const code of new Set(this.unpackConcepts(s.profile!).codes())) {
        if (excluded.has(code)) continue;
        const entry = found.get(code) ?? { share: 0, documents: 0 };
        entry.share += s.evaluation.score / topScore;
        entry.documents++;
        found.set(code, entry);
      }
    }
    const added = [...found]
      .filter(([, entry]) => entry.documents >= options.minDocuments)
      .map(([code, entry]) => ({ code, weight: entry.share * this.specificity(code) }))
      .filter((c) => c.weight > 0)
      .sort((a, b) => b.weight - a.weight || a.code.localeCompare(b.code))
      .slice(0, options.concepts);
    if (!added.length) return;
    const addedMass = added.reduce((sum, c) => sum + c.weight, 0);
    for (const s of scored) {
      const theirs = s.profile ? this.unpackConcepts(s.profile) : null;
      const matched: string[] = [];
      let gained = 0;
      for (const c of added) {
        if (theirs?.has(c.code)) {
          gained += c.weight;
          matched.push(c.code);
        }
      }
      if (!matched.length) continue;
      // Added evidence only: the share of the added concepts the profile has fills `weight` of
      // what the need's own concepts left uncovered, so no candidate's coverage goes down.
      const concepts = s.evaluation.concepts;
      const value = concepts.value + (1 - concepts.value) * options.weight * (gained / addedMass);
      const evaluation: Evaluation = { ...s.evaluation, concepts: { ...concepts, value, feedback: matched } };
      evaluation.score = this.scoreOf(evaluation);
      s.evaluation = evaluation;
    }
  }

  /** Specificity of a concept: an idf over the registered researchers. */
  private specificity(code: string): number {
    return Math.log((this.researcherConceptStore.size + 1) / (this.conceptCorpus.documentFrequency(code) + 0.5));
  }

  /** Takes a registered researcher's concepts out of the concept statistics (its stored concepts stay). */
  private uncountConcepts(id: string): void {
    const known = this.researcherConceptStore.get(id);
    if (known && known.count) this.conceptCorpus.removeUnit(this.conceptIds(this.unpackConcepts(known).codes()), known.count);
  }

  private unpackConcepts(stored: StoredConcepts): PackedConcepts {
    return new PackedConcepts(stored, this.conceptCorpus, this.surfaceDictionary);
  }

  private storeConcepts(signature: number, concepts: DocumentConcepts): StoredConcepts {
    // One join: a flat string, which (unlike +=) keeps no reference to the texts the surfaces came from.
    const parts: string[] = [];
    for (const code of concepts.codes) {
      const surfaces = concepts.surfaces.get(code) ?? new Set<string>();
      parts.push(encodeId(this.conceptCorpus.intern(code)), encodeId(surfaces.size));
      for (const surface of surfaces) parts.push(encodeId(this.surfaceDictionary.intern(surface)));
    }
    return { signature, packed: parts.join(''), count: concepts.codes.length };
  }

  private conceptIds(codes: readonly string[]): Int32Array {
    return Int32Array.from(codes, (code) => this.conceptCorpus.intern(code));
  }

  /** The Match of an evaluated pair: features with their details, and reasons in `language`. */
  private explain(analysis: NeedAnalysis, need: MatchNeed, researcher: MatchResearcher, evaluation: Evaluation, language: MatchLanguage): Match {
    const features: FeatureContribution[] = [];
    const sentences: Array<{ contribution: number; text: string[] }> = [];
    /** Records a feature; its sentences are shown when it contributes (or when `evidence` says so). */
    const add = (name: FeatureName, value: number, detail: string, text: string[] = [], evidence = false) => {
      const weight = this.weights[name];
      const contribution = weight * value;
      features.push({ name, contribution, value, weight, detail });
      if ((contribution > 0 || evidence) && text.length) sentences.push({ contribution, text });
    };
    const { concepts, sector, trl, techniques, equipment, languages, place } = evaluation;

    const ownLexical = this.textModel.scorePrepared(analysis.prepared, researcher);
    // Through the translation when it is what gave the value (the shared terms are then the translations).
    const translated = analysis.translated && evaluation.lexical > ownLexical.value ? this.textModel.scorePrepared(analysis.translated, researcher) : null;
    const lexical = translated ?? ownLexical;
    add('lexical', evaluation.lexical, (translated ? 'through translated words: ' : '') + lexicalDetail(lexical), this.lexicalReasons(lexical, language));
    // Concepts named with the same words on both sides add no value (lexical counts them) but
    // still explain a match that lexical relevance supports.
    add('concepts', concepts.value, this.conceptDetail(concepts), this.conceptReasons(concepts, language), concepts.shared.length > 0 && evaluation.lexical > 0);
    add('sector', sector.value, `need ${need.sector ?? '-'}; researcher ${(researcher.sectors ?? []).join(', ') || '-'}`, sector.sector ? [reasons.sector(sector.sector, language)] : []);
    add(
      'trl',
      trl.value,
      `need ${need.trlCurrent ?? '-'} → ${need.trlTarget ?? '-'}; researcher ${researcher.trlMin ?? '-'}–${researcher.trlMax ?? '-'}`,
      trl.min != null && trl.max != null ? [reasons.trl(trl.min, trl.max, language)] : [],
    );
    add('techniques', techniques.value, `found: ${techniques.found.join('; ') || '-'}`, techniques.found.length ? [reasons.techniques(techniques.found.slice(0, MAX_LISTED), language)] : []);
    add('equipment', equipment.value, `found: ${equipment.found.join('; ') || '-'}`, equipment.found.length ? [reasons.equipment(equipment.found.slice(0, MAX_LISTED), language)] : []);
    add('languages', languages.value, `need ${analysis.language}; researcher ${(researcher.languages ?? []).join(', ') || '-'}`, [reasons.language(analysis.language, language)]);
    add(
      'place',
      place.value,
      place.city ? `same city ${place.city}` : place.region ? `same region ${place.region}` : 'different or unknown place',
      place.city ? [reasons.sameCity(place.city, language)] : place.region ? [reasons.sameRegion(place.region, language)] : [],
    );
    sentences.sort((a, b) => b.contribution - a.contribution);
    return { needId: need.id, researcherId: researcher.id, score: evaluation.score, features, reasons: sentences.flatMap((s) => s.text) };
  }

  private analyseNeed(need: MatchNeed): NeedAnalysis {
    const text = [need.title, need.description, ...(need.keywords ?? [])].filter(Boolean).join('\n');
    const signature = joinedTextHash([need.language ?? '', text], '\u0000');
    const cached = this.needCache.get(need.id);
    if (cached && cached.signature === signature) return cached;
    // The analysis (in needCache) keeps the need's concepts: no second cache of them.
    const concepts = this.concepts ? documentConcepts(this.concepts, segmentTexts([need.title, need.description, ...(need.keywords ?? [])])) : null;
    const codes = concepts ? concepts.codes : [];
    const language = need.language ?? detectLanguage(text);
    const translation = this.lexicon ? this.lexicon.translateText(text, language).join(' ') : '';
    const analysis: NeedAnalysis = {
      id: need.id,
      segments: [need.title, need.description, ...(need.keywords ?? [])],
      signature,
      language,
      prepared: this.textModel.prepareNeed(need),
      translated: translation ? this.textModel.prepareNeed({ description: translation }) : null,
      codes,
      codeSet: new Set(codes),
      concepts,
      words: needWordSet(text),
      broader: this.memoisedBroader(),
    };
    this.needCache.set(need.id, analysis);
    return analysis;
  }

  private memoisedBroader(): (code: string, depth: number) => readonly string[] {
    const known = new Map<string, readonly string[]>();
    return (code, depth) => {
      const key = `${depth}\u0000${code}`;
      let codes = known.get(key);
      if (!codes) known.set(key, (codes = this.concepts ? this.concepts.broader(code, depth) : []));
      return codes;
    };
  }

  /** Extracts a researcher's concepts and keeps them packed; returns the codes. */
  private registerConcepts(researcher: MatchResearcher): readonly string[] {
    if (!this.concepts) return [];
    const texts = segmentTexts(this.researcherSegments(researcher));
    const signature = joinedTextHash(texts, SEGMENT_SEPARATOR);
    const known = this.researcherConceptStore.get(researcher.id);
    if (known && known.signature === signature) return this.unpackConcepts(known).codes();
    const lru = this.researcherConceptLru.get(researcher.id);
    const extracted = lru && lru.signature === signature ? null : documentConcepts(this.concepts, texts);
    const stored = extracted ? this.storeConcepts(signature, extracted) : lru!;
    this.researcherConceptLru.delete(researcher.id);
    this.researcherConceptStore.set(researcher.id, stored);
    return extracted ? extracted.codes : this.unpackConcepts(stored).codes();
  }

  /** A researcher's concepts: stored at registration when its text has not changed, else extracted (and cached); null without a thesaurus. */
  private researcherConcepts(researcher: MatchResearcher): StoredConcepts | null {
    if (!this.concepts) return null;
    const texts = segmentTexts(this.researcherSegments(researcher));
    const signature = joinedTextHash(texts, SEGMENT_SEPARATOR);
    const known = this.researcherConceptStore.get(researcher.id);
    if (known && known.signature === signature) return known;
    const lru = this.researcherConceptLru.get(researcher.id);
    this.researcherConceptLru.delete(researcher.id);
    const stored = lru && lru.signature === signature ? lru : this.storeConcepts(signature, documentConcepts(this.concepts, texts));
    this.researcherConceptLru.set(researcher.id, stored);
    if (this.researcherConceptLru.size > CONCEPT_LRU_SIZE) this.researcherConceptLru.delete(this.researcherConceptLru.keys().next().value as string);
    return stored;
  }

  private itemWords(item: string): string[] {
    let words = this.itemWordCache.get(item);
    if (!words) {
      words = contentWords(item, { stem: true, dropNumbers: false });
      this.itemWordCache.set(item, words);
    }
    return words;
  }

  private stemKey(surface: string): string {
    let key = this.stemKeyCache.get(surface);
    if (key === undefined) {
      key = tokenize(surface).map(stem).join(' ');
      this.stemKeyCache.set(surface, key);
    }
    return key;
  }

  private researcherSegments(researcher: MatchResearcher): Array<string | null | undefined> {
    return [
      researcher.headline,
      researcher.expertise,
      ...(researcher.keywords ?? []),
      ...(researcher.techniques ?? []),
      ...(researcher.equipment ?? []),
      ...(researcher.publications ?? []).map((p) => [p.title, p.abstract].filter(Boolean).join('\n')),
    ];
  }

  private itemConcepts(item: string): string[] {
    if (!this.concepts) return [];
    let codes = this.itemCodeCache.get(item);
    if (!codes) {
      codes = [...new Set(segmentConcepts(this.concepts, item))];
      this.itemCodeCache.set(item, codes);
    }
    return codes;
  }

  private conceptEvidence(need: NeedAnalysis, profile: StoredConcepts | null): ConceptEvidence {
    const source = this.concepts;
    if (!source || !profile || !need.codes.length) return { value: 0, shared: [], related: [] };
    const needConcepts = need.concepts ?? documentConcepts(source, segmentTexts(need.segments));
    const theirs = this.unpackConcepts(profile);
    return conceptOverlap(
      need.codes,
      theirs,
      (code, depth) => need.broader(code, depth),
      (code) => this.specificity(code),
      this.conceptOptions,
      (code) => {
        for (const surface of needConcepts.surfaces.get(code) ?? []) if (theirs.mentions(code, surface)) return true;
        return false;
      },
    );
  }

  private conceptDetail(evidence: ConceptEvidence): string {
    const name = (code: string) => `${code} ${conceptLabel(this.concepts, code, 'en')}`;
    const feedback = evidence.feedback?.length ? `; through the best candidates: ${evidence.feedback.map(name).join(', ')}` : '';
    return `coverage ${evidence.value.toFixed(3)}; shared: ${evidence.shared.map(name).join(', ') || '-'}; related: ${evidence.related.map(name).join(', ') || '-'}${feedback}`;
  }

  private conceptReasons(evidence: ConceptEvidence, language: MatchLanguage): string[] {
    const labels = (codes: string[]) => [...new Set(codes.map((code) => conceptLabel(this.concepts, code, language)))].slice(0, MAX_LISTED);
    const out: string[] = [];
    if (evidence.shared.length) out.push(reasons.sharedConcepts(labels(evidence.shared), language));
    const related = [...evidence.related, ...(evidence.feedback ?? [])];
    if (related.length) out.push(reasons.relatedConcepts(labels(related), language));
    return out;
  }

  private lexicalReasons(lexical: LexicalScore, language: MatchLanguage): string[] {
    const out: string[] = [];
    // One surface per light stem: "oil" and "oils" are one shared term for a reader.
    const byStem = new Map<string, string>();
    for (const { surface } of lexical.sharedTerms) {
      const key = this.stemKey(surface);
      if (!byStem.has(key)) byStem.set(key, surface);
    }
    const terms = [...byStem.values()].slice(0, MAX_LISTED);
    if (terms.length) out.push(reasons.sharedTerms(terms, language));
    if (lexical.bestPublication && lexical.bestPublication.similarity >= CLOSEST_PUBLICATION_MIN && lexical.bestPublication.title) {
      out.push(reasons.closestPublication(lexical.bestPublication.title, language));
    }
    return out;
  }
}

function lexicalDetail(lexical: LexicalScore): string {
  const terms = lexical.sharedTerms.slice(0, 8).map((t) => t.surface).join(', ') || '-';
  const best = lexical.bestPublication ? `; best publication #${lexical.bestPublication.index} ${lexical.bestPublication.similarity.toFixed(3)}` : '';
  return `whole profile ${lexical.whole.toFixed(3)}, best units ${lexical.topUnits.toFixed(3)}${best}; terms: ${terms}`;
}

/** An id (< 2^28) as one character (below 0x4000) or two, all below 0x8000 (no surrogates: the strings survive JSON). */
function encodeId(id: number): string {
  return id < 0x4000 ? String.fromCharCode(id) : String.fromCharCode(0x4000 | (id >>> 14), id & 0x3fff);
}

/** Reads StoredConcepts: the concept ids decoded once, surfaces looked up in the packed string when asked. */
class PackedConcepts {
  readonly size: number;
  private readonly packed: string;
  /** Concept ids in order, and where each one's surface count starts in `packed`. */
  private readonly ids: number[] = [];
  private readonly at: number[] = [];
  /** Position of the next id read(). */
  private cursor = 0;

  constructor(
    stored: StoredConcepts,
    private readonly dictionary: Corpus,
    private readonly surfaces: Corpus,
  ) {
    this.size = stored.count;
    this.packed = stored.packed;
    while (this.cursor < this.packed.length) {
      this.ids.push(this.read());
      this.at.push(this.cursor);
      for (let n = this.read(); n > 0; n--) this.read();
    }
  }

  has(code: string): boolean {
    const id = this.dictionary.idOf(code);
    return id >= 0 && this.ids.includes(id);
  }

  /** Whether `surface` is one of the words that mentioned `code`. */
  mentions(code: string, surface: string): boolean {
    const id = this.dictionary.idOf(code);
    const index = id >= 0 ? this.ids.indexOf(id) : -1;
    const surfaceId = this.surfaces.idOf(surface);
    if (index < 0 || surfaceId < 0) return false;
    this.cursor = this.at[index];
    for (let n = this.read(); n > 0; n--) if (this.read() === surfaceId) return true;
    return false;
  }

  codes(): string[] {
    return this.ids.map((id) => this.dictionary.term(id));
  }

  /** The id at the cursor (see encodeId), moving past it. */
  private read(): number {
    const c = this.packed.charCodeAt(this.cursor++);
    return c < 0x4000 ? c : ((c & 0x3fff) << 14) | this.packed.charCodeAt(this.cursor++);
  }
}
