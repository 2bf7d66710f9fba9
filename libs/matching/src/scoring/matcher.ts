import { detectLanguage } from '../analysis/language';
import { tokenize } from '../analysis/normalise';
import { stem } from '../analysis/stem';
import { Corpus } from '../text-model/corpus';
import { TextModel, type LexicalScore, type PreparedNeed, type TextModelOptions } from '../text-model/text-model';
import { contentWords } from '../text-model/terms';
import { textHash } from '../text-model/text-hash';
import { ConceptCache, conceptLabel, documentConcepts, segmentConcepts, segmentTexts, type ConceptSource, type DocumentConcepts } from './concept-source';
import { diversify } from './diversity';
import { conceptOverlap, itemsAskedFor, languageFit, needWordSet, placeFit, sectorFit, trlFit, type ConceptEvidence } from './features';
import { reasons } from './reasons';
import type { FeatureContribution, FeatureName, Match, MatchLanguage, MatchNeed, MatchResearcher } from './types';
import {
  DEFAULT_CONCEPT_OPTIONS,
  DEFAULT_DIVERSITY,
  DEFAULT_WEIGHTS,
  type ConceptOptions,
  type DiversityOptions,
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
/** Bound of the small per-string caches (item words, stems of surfaces). */
const STRING_CACHE_SIZE = 50_000;

interface NeedAnalysis {
  id: string;
  segments: Array<string | null | undefined>;
  signature: string;
  language: MatchLanguage;
  prepared: PreparedNeed;
  codes: string[];
  codeSet: Set<string>;
  concepts: DocumentConcepts | null;
  words: Set<string>;
}

/** A researcher's concepts, packed in one string: code \u0002 surface \u0003 surface … \u0001 code … */
interface StoredConcepts {
  signature: number;
  packed: string;
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
  private readonly conceptCache: ConceptCache | null;
  private readonly conceptCorpus = new Corpus();
  private readonly conceptOptions: ConceptOptions;
  private readonly diversity: DiversityOptions | false;
  private registered: Map<string, MatchResearcher> | null = new Map();
  private readonly maxRetained: number;
  /** Concepts of every registered researcher, packed (what scoring needs of them). */
  private readonly researcherConceptStore = new Map<string, StoredConcepts>();
  /** Concepts of researchers scored without being registered in that version (bounded LRU). */
  private readonly researcherConceptLru = new Map<string, { signature: number; concepts: DocumentConcepts }>();
  private readonly needCache = new Map<string, NeedAnalysis>();
  private readonly itemCodeCache = new Map<string, string[]>();
  private readonly itemWordCache = new Map<string, string[]>();
  private readonly stemKeyCache = new Map<string, string>();

  constructor(researchers: Iterable<MatchResearcher> = [], options: MatcherOptions = {}) {
    this.weights = { ...DEFAULT_WEIGHTS, ...options.weights };
    this.textModel = options.textModel ?? new TextModel(options.textModelOptions);
    this.concepts = options.concepts ?? null;
    this.conceptCache = this.concepts ? new ConceptCache(this.concepts) : null;
    this.conceptOptions = { ...DEFAULT_CONCEPT_OPTIONS, ...options.conceptOptions };
    this.diversity = options.diversity === false ? false : { ...DEFAULT_DIVERSITY, ...options.diversity };
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
    const codes = this.registerConcepts(researcher);
    this.conceptCorpus.set(researcher.id, codes.length ? [codes] : []);
  }

  removeResearcher(id: string): void {
    this.registered?.delete(id);
    this.textModel.remove(id);
    this.conceptCorpus.remove(id);
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
    const features: FeatureContribution[] = [];
    const sentences: Array<{ contribution: number; text: string[] }> = [];
    /** Records a feature; its sentences are shown when it contributes (or when `evidence` says so). */
    const add = (name: FeatureName, value: number, detail: string, text: string[] = [], evidence = false) => {
      const weight = this.weights[name];
      const contribution = weight * value;
      features.push({ name, contribution, value, weight, detail });
      if ((contribution > 0 || evidence) && text.length) sentences.push({ contribution, text });
    };

    const lexical = this.textModel.scorePrepared(analysis.prepared, researcher);
    add('lexical', lexical.value, lexicalDetail(lexical), this.lexicalReasons(lexical, language));

    const concepts = this.conceptEvidence(analysis, researcher);
    // Concepts named with the same words on both sides add no value (lexical counts them) but
    // still explain a match that lexical relevance supports.
    add('concepts', concepts.value, this.conceptDetail(concepts), this.conceptReasons(concepts, language), concepts.shared.length > 0 && lexical.value > 0);

    const sector = sectorFit(need, researcher);
    add('sector', sector.value, `need ${need.sector ?? '-'}; researcher ${(researcher.sectors ?? []).join(', ') || '-'}`, sector.sector ? [reasons.sector(sector.sector, language)] : []);

    const trl = trlFit(need, researcher);
    add(
      'trl',
      trl.value,
      `need ${need.trlCurrent ?? '-'} → ${need.trlTarget ?? '-'}; researcher ${researcher.trlMin ?? '-'}–${researcher.trlMax ?? '-'}`,
      trl.min != null && trl.max != null ? [reasons.trl(trl.min, trl.max, language)] : [],
    );

    const itemCodes = (item: string) => this.itemConcepts(item);
    const itemWords = (item: string) => this.itemWords(item);
    const techniques = itemsAskedFor(researcher.techniques, analysis.words, analysis.codeSet, itemCodes, itemWords);
    add('techniques', techniques.value, `found: ${techniques.found.join('; ') || '-'}`, techniques.found.length ? [reasons.techniques(techniques.found.slice(0, MAX_LISTED), language)] : []);
    const equipment = itemsAskedFor(researcher.equipment, analysis.words, analysis.codeSet, itemCodes, itemWords);
    add('equipment', equipment.value, `found: ${equipment.found.join('; ') || '-'}`, equipment.found.length ? [reasons.equipment(equipment.found.slice(0, MAX_LISTED), language)] : []);

    const languages = languageFit(analysis.language, researcher);
    add('languages', languages.value, `need ${analysis.language}; researcher ${(researcher.languages ?? []).join(', ') || '-'}`, [reasons.language(analysis.language, language)]);

    const place = placeFit(need, researcher);
    add(
      'place',
      place.value,
      place.city ? `same city ${place.city}` : place.region ? `same region ${place.region}` : 'different or unknown place',
      place.city ? [reasons.sameCity(place.city, language)] : place.region ? [reasons.sameRegion(place.region, language)] : [],
    );

    const score = features.reduce((sum, feature) => sum + feature.contribution, 0);
    sentences.sort((a, b) => b.contribution - a.contribution);
    return { needId: need.id, researcherId: researcher.id, score, features, reasons: sentences.flatMap((s) => s.text) };
  }

  /** Researchers for a need, best first (candidates default to the registered researchers). */
  rankResearchers(need: MatchNeed, candidates: Iterable<MatchResearcher> = this.retained().values(), options: RankOptions = {}): Match[] {
    const researchers = [...candidates];
    const organisation = new Map(researchers.map((r) => [r.id, r.organisationId]));
    const matches = researchers.map((researcher) => this.score(need, researcher, options.language));
    return this.finish(matches, (m) => organisation.get(m.researcherId), options);
  }

  /** Needs for a researcher, best first. */
  rankNeeds(researcher: MatchResearcher, needs: Iterable<MatchNeed>, options: RankOptions = {}): Match[] {
    const list = [...needs];
    const organisation = new Map(list.map((n) => [n.id, n.organisationId]));
    const matches = list.map((need) => this.score(need, researcher, options.language));
    return this.finish(matches, (m) => organisation.get(m.needId), options);
  }

  private retained(): Map<string, MatchResearcher> {
    if (!this.registered) throw new Error(`Matcher: more than ${this.maxRetained} researchers registered, their records are not kept; pass the candidates`);
    return this.registered;
  }

  private finish(matches: Match[], organisationOf: (m: Match) => string | null | undefined, options: RankOptions): Match[] {
    matches.sort((a, b) => b.score - a.score || (a.researcherId + a.needId).localeCompare(b.researcherId + b.needId));
    const base = this.diversity;
    const diversity = options.diversity === false ? false : options.diversity ? { ...(base || DEFAULT_DIVERSITY), ...options.diversity } : base;
    const ordered = diversity ? diversify(matches, organisationOf, (m) => m.score, diversity) : matches;
    return options.limit != null ? ordered.slice(0, options.limit) : ordered;
  }

  private analyseNeed(need: MatchNeed): NeedAnalysis {
    const text = [need.title, need.description, ...(need.keywords ?? [])].filter(Boolean).join('\n');
    const signature = `${need.language ?? ''}\u0000${text}`;
    const cached = this.needCache.get(need.id);
    if (cached && cached.signature === signature) return cached;
    const concepts = this.conceptCache ? this.conceptCache.get(`need:${need.id}`, [need.title, need.description, ...(need.keywords ?? [])]) : null;
    const codes = concepts ? concepts.codes : [];
    const analysis: NeedAnalysis = {
      id: need.id,
      segments: [need.title, need.description, ...(need.keywords ?? [])],
      signature,
      language: need.language ?? detectLanguage(text),
      prepared: this.textModel.prepareNeed(need),
      codes,
      codeSet: new Set(codes),
      concepts,
      words: needWordSet(text),
    };
    if (this.needCache.size >= 10_000) this.needCache.clear();
    this.needCache.set(need.id, analysis);
    return analysis;
  }

  /** Extracts a researcher's concepts and keeps them packed; returns the codes. */
  private registerConcepts(researcher: MatchResearcher): string[] {
    if (!this.concepts) return [];
    const texts = segmentTexts(this.researcherSegments(researcher));
    const signature = textHash(texts.join('\u0001'));
    const known = this.researcherConceptStore.get(researcher.id);
    if (known && known.signature === signature) return unpackConcepts(known.packed).codes;
    const lru = this.researcherConceptLru.get(researcher.id);
    const concepts = lru && lru.signature === signature ? lru.concepts : documentConcepts(this.concepts, texts);
    this.researcherConceptLru.delete(researcher.id);
    this.researcherConceptStore.set(researcher.id, { signature, packed: packConcepts(concepts) });
    return concepts.codes;
  }

  /** A researcher's concepts: stored at registration when its text has not changed, else extracted (and cached). */
  private researcherConcepts(researcher: MatchResearcher): DocumentConcepts {
    const texts = segmentTexts(this.researcherSegments(researcher));
    const signature = textHash(texts.join('\u0001'));
    const known = this.researcherConceptStore.get(researcher.id);
    if (known && known.signature === signature) return unpackConcepts(known.packed);
    const lru = this.researcherConceptLru.get(researcher.id);
    this.researcherConceptLru.delete(researcher.id);
    const concepts = lru && lru.signature === signature ? lru.concepts : documentConcepts(this.concepts!, texts);
    this.researcherConceptLru.set(researcher.id, { signature, concepts });
    if (this.researcherConceptLru.size > CONCEPT_LRU_SIZE) this.researcherConceptLru.delete(this.researcherConceptLru.keys().next().value as string);
    return concepts;
  }

  private itemWords(item: string): string[] {
    let words = this.itemWordCache.get(item);
    if (!words) {
      words = contentWords(item, { stem: true, dropNumbers: false });
      if (this.itemWordCache.size >= STRING_CACHE_SIZE) this.itemWordCache.clear();
      this.itemWordCache.set(item, words);
    }
    return words;
  }

  private stemKey(surface: string): string {
    let key = this.stemKeyCache.get(surface);
    if (key === undefined) {
      key = tokenize(surface).map(stem).join(' ');
      if (this.stemKeyCache.size >= STRING_CACHE_SIZE) this.stemKeyCache.clear();
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
      if (this.itemCodeCache.size >= 50_000) this.itemCodeCache.clear();
      this.itemCodeCache.set(item, codes);
    }
    return codes;
  }

  private conceptEvidence(need: NeedAnalysis, researcher: MatchResearcher): ConceptEvidence {
    const source = this.concepts;
    if (!source || !need.codes.length) return { value: 0, shared: [], related: [] };
    const researchers = this.conceptCorpus.ownerCount;
    const needConcepts = need.concepts ?? this.conceptCache!.get(`need:${need.id}`, need.segments);
    const profile = this.researcherConcepts(researcher);
    return conceptOverlap(
      need.codes,
      new Set(profile.codes),
      (code, depth) => source.broader(code, depth),
      (code) => Math.log((researchers + 1) / (this.conceptCorpus.documentFrequency(code) + 0.5)),
      this.conceptOptions,
      (code) => [...(needConcepts.surfaces.get(code) ?? [])].some((surface) => profile.surfaces.get(code)?.has(surface)),
    );
  }

  private conceptDetail(evidence: ConceptEvidence): string {
    const name = (code: string) => `${code} ${conceptLabel(this.concepts, code, 'en')}`;
    return `coverage ${evidence.value.toFixed(3)}; shared: ${evidence.shared.map(name).join(', ') || '-'}; related: ${evidence.related.map(name).join(', ') || '-'}`;
  }

  private conceptReasons(evidence: ConceptEvidence, language: MatchLanguage): string[] {
    const labels = (codes: string[]) => [...new Set(codes.map((code) => conceptLabel(this.concepts, code, language)))].slice(0, MAX_LISTED);
    const out: string[] = [];
    if (evidence.shared.length) out.push(reasons.sharedConcepts(labels(evidence.shared), language));
    if (evidence.related.length) out.push(reasons.relatedConcepts(labels(evidence.related), language));
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

function packConcepts(concepts: DocumentConcepts): string {
  return concepts.codes.map((code) => [code, ...(concepts.surfaces.get(code) ?? [])].join('\u0002')).join('\u0001');
}

/** The codes and surfaces of packed concepts (mention counts are not kept). */
function unpackConcepts(packed: string): DocumentConcepts {
  const codes: string[] = [];
  const counts = new Map<string, number>();
  const surfaces = new Map<string, Set<string>>();
  if (packed) {
    for (const part of packed.split('\u0001')) {
      const [code, ...forms] = part.split('\u0002');
      codes.push(code);
      counts.set(code, 1);
      surfaces.set(code, new Set(forms));
    }
  }
  return { codes, counts, surfaces };
}
