import { isArabic, normalise, tokenize } from '../normalise';
import { glossaryLabels, type GlossaryConcept } from './glossary';
import { stem } from '../stem';
import { isStopWord } from '../stop-words';
import { CONTEXT_LABELS, MASKED_PHRASES, PHRASE_LABELS } from './sense-rules';
import { singularOf } from '../arabic-plurals';

/**
 * AGROVOC concepts (FAO; shared codes across French, Arabic and English) found in free text.
 * Labels and texts go through the same analysis as search and scoring (normalise, tokenize,
 * stop words, light stemming), so "les huiles essentielles" finds "huile essentielle" and
 * "زيت الأركان" finds "زيت الاركان". Data: libs/text/data/agrovoc-concepts.json, built by
 * scripts/build-concept-index.mjs. Attribution: "AGROVOC Multilingual Thesaurus, FAO" (CC BY).
 */

export type ConceptLanguage = 'fr' | 'ar' | 'en';
export const CONCEPT_LANGUAGES: readonly ConceptLanguage[] = ['fr', 'ar', 'en'];

/**
 * One concept as stored in the JSON file: [code, French labels, Arabic labels, English labels,
 * nearest broader concepts kept in the index]; labels are preferred first, then alternatives.
 * (Arrays keep the file small and cheap for tsc to type, since it is imported by TypeScript.)
 */
export type ConceptRecord = [code: string, fr: string[], ar: string[], en: string[], broader: string[]];

export interface ConceptIndexData {
  attribution?: string;
  source?: string;
  built?: string;
  concepts: ConceptRecord[];
}

export interface Concept {
  code: string;
  /** Preferred label first, then alternatives; empty when AGROVOC has none in that language. */
  labels: Record<ConceptLanguage, string[]>;
  broader: string[];
}

export interface ConceptView {
  readonly code: string;
  readonly labels: Readonly<Record<ConceptLanguage, readonly string[]>>;
  readonly broader: readonly string[];
}

export interface ConceptMatch {
  code: string;
  /** The concept label that matched, as written in AGROVOC. */
  label: string;
  language: ConceptLanguage;
  /** Token positions in tokenize(text): start inclusive, end exclusive. */
  start: number;
  end: number;
  /** The matched span of the original text. */
  text: string;
}

interface LabelEntry {
  code: string;
  label: string;
  language: ConceptLanguage;
  /** 0 preferred label, 1 alternative label, 2 label that needed its "(qualifier)" removed. */
  rank: number;
  /** The label's content words, normalised but not stemmed, in order (see inflectedAlike). */
  words: string[];
  /**
   * A French label of a concept without English labels, or an English label of one without French
   * labels: a cognate in the other language may match it ("proteins" → protéine), since no label
   * of its own would (AGROVOC's English labels are few).
   */
  cognates: boolean;
  /** A masked phrase (sense-rules.ts): it takes its words and yields no concept. */
  mask?: boolean;
  /** A label kept only when another concept of the text supports its sense (sense-rules.ts). */
  context?: boolean;
}

/** Code of masked phrases' trie entries (never a concept). */
const MASK_CODE = '';

/** The shipped thesaurus's data, loaded at the first index built from it (see shipped-thesaurus.ts). */
function shippedThesaurus(): ConceptIndexData {
  return (require('./shipped-thesaurus') as { shippedThesaurus: ConceptIndexData }).shippedThesaurus;
}

/** Context labels (sense-rules.ts), by language and normalised label. */
const CONTEXT_KEYS = new Set(CONTEXT_LABELS.filter((entry) => !entry.code).map((entry) => `${entry.language}:${normalise(entry.label)}`));
/** Context labels that concern one concept only (ContextLabel.code), as code:language:label. */
const CONTEXT_CONCEPT_KEYS = new Set(CONTEXT_LABELS.filter((entry) => entry.code).map((entry) => `${entry.code}:${entry.language}:${normalise(entry.label)}`));
/** A shared ancestor supports a context label only when it is specific: at most this many concepts under it. */
const MAX_SUPPORTING_ANCESTOR_SIZE = 150;

interface TrieNode {
  next?: Map<string, TrieNode>;
  entries?: LabelEntry[];
}

interface TextToken {
  word: string; // normalised
  term: string; // stemmed
  stop: boolean;
  start: number; // character offsets in the original text
  end: number;
  segment: number; // matches never cross punctuation that ends a clause
  /**
   * An Arabic word with a one-letter preposition attached to a noun without article (بزيت, لدرجة,
   * وبزيت): the stemmed noun, tried as well as `term` (the stemmer strips بال، لل but not a bare
   * ب، ل، ك, since a word may begin with those letters: بذور، لبن، كمون). See procliticTerm.
   */
  alt?: string;
  /** loanSkeleton(term) of an Arabic word, for transliterations spelt with other long vowels. */
  loan?: string;
}

/** Raw words of the original text, kept with their offsets (letters, marks, digits, apostrophes). */
const RAW_WORD = /[\p{L}\p{M}\p{N}'’ʼ]+/gu;
/** Punctuation that separates clauses or list items: a label never spans it (but see isBreak). */
const CLAUSE_BREAK = /[.,;:!?()[\]{}«»"“”|/\\•·\n\r\t–—،؛؟]/;
/** Abbreviations whose full stop does not end a clause: "Rosa × damascena var. trigintipetala". */
const ABBREVIATIONS = new Set(['subsp', 'ssp', 'var', 'pv', 'f', 'sp', 'spp', 'cv', 'aff', 'cf', 'sect', 'ca', 'env', 'approx', 'no', 'n', 'dr', 'pr', 'st', 'vs']);
/** Trie edges for stop words kept at a label's edge: only a stop word of the text may follow them. */
const STOP_MARK = '\u0000';
/** Stop words skipped in a row inside a label match ("huile de la" … "argan"). */
const MAX_SKIPPED_STOP_WORDS = 3;
const APOSTROPHE = /['’ʼ]/;
/** French elided words, as in normalise(): l', d', qu', jusqu'... */
const ELIDED = /^(?:qu|jusqu|lorsqu|puisqu|[ldjnsctm])$/i;
/** A word no label contains, between labels tokenised together. */
const LABEL_SEPARATOR = 'zqxlabelseparatorzqx';
/**
 * Negations and conjunctions (normalised stop words) that a label keeps inside it: the text must
 * have them too, and they are never skipped in a text ("aliments sans gluten" is not "aliment de
 * gluten", "fruit and vegetable exporters" is not "fruit vegetables").
 */
const NEGATIONS = new Set(['ne', 'pas', 'sans', 'ni', 'not', 'no', 'without', 'لا', 'غير', 'بدون', 'دون', 'لم', 'لن', 'et', 'ou', 'and', 'or', 'و', 'او']);
/** Qualifiers of taxonomic rank, in French, English and Arabic. */
const TAXON_QUALIFIER = /\((?:genre|famille|sous-famille|ordre|classe|espèce|tribu|genus|family|order|class|species|فصيلة|جنس|رتبة|نوع|طائفة|شعبة|قبيلة)\)\s*$/iu;
/** Trailing AGROVOC qualifiers, e.g. "pressurage (processus)", "Thymus (genre)". */
const QUALIFIER = /\s*\([^()]*\)\s*$/;

/** How many texts' matches an index keeps (ConceptIndex.recentTexts). */
const RECENT_TEXTS = 8192;

export class ConceptIndex {
  private static shared: ConceptIndex | undefined;

  private readonly byCode = new Map<string, Concept>();
  private trie: TrieNode | undefined;
  /** Arabic label terms of transliterated words, by loanSkeleton (built with the trie). */
  private loanTerms: Map<string, string[]> | undefined;
  /** Per concept, how many concepts of the index descend from it (computed on first use). */
  private descendantCounts: Map<string, number> | undefined;
  readonly attribution: string;
  readonly built: string | undefined;
  /** The thesaurus without any glossary (withGlossary always starts from it). */
  private readonly base: ReadonlyMap<string, Concept>;
  /** Codes a glossary added or extended, with the glossary entry's code. */
  private readonly glossaryCodes = new Set<string>();
  /**
   * The matches of the texts extracted last (an index never changes): a changed profile's text is
   * read for its search document and again when the matcher registers it, a few moments apart.
   */
  private readonly recentTexts = new Map<string, readonly ConceptMatch[]>();

  private constructor(data: ConceptIndexData, base?: { concepts: ReadonlyMap<string, Concept>; attribution: string; built: string | undefined }) {
    if (base) {
      this.attribution = base.attribution;
      this.built = base.built;
      this.base = base.concepts;
      for (const [code, concept] of base.concepts) this.byCode.set(code, concept);
      return;
    }
    this.attribution = data.attribution ?? 'AGROVOC Multilingual Thesaurus, FAO (CC BY)';
    this.built = data.built;
    if (!Array.isArray(data?.concepts)) throw new Error('ConceptIndex: data has no concepts array');
    for (const record of data.concepts) {
      if (!Array.isArray(record) || typeof record[0] !== 'string') throw new Error(`ConceptIndex: malformed concept record ${JSON.stringify(record)}`);
      const [code, fr, ar, en, broader] = record;
      this.byCode.set(code, { code, labels: { fr: fr ?? [], ar: ar ?? [], en: en ?? [] }, broader: broader ?? [] });
    }
    for (const concept of this.byCode.values()) concept.broader = concept.broader.filter((code) => this.byCode.has(code));
    this.base = new Map(this.byCode);
  }

  /**
   * A new index: this index's thesaurus (without any glossary it had) plus the given glossary
   * concepts (see glossary.ts). An entry that extends a thesaurus concept adds its labels to that
   * concept; any other entry is a concept of its own, under its broader concepts. This index is
   * left unchanged.
   */
  withGlossary(entries: readonly GlossaryConcept[]): ConceptIndex {
    const index = new ConceptIndex({ concepts: [] }, { concepts: this.base, attribution: this.attribution, built: this.built });
    // An entry that extends a thesaurus concept is that concept: other entries' broader links to it go there.
    const alias = new Map<string, string>();
    for (const entry of entries) if (entry.extends && index.byCode.has(entry.extends)) alias.set(entry.code, entry.extends);
    for (const entry of entries) {
      const target = alias.get(entry.code) ?? entry.code;
      const existing = index.byCode.get(target);
      const concept: Concept = existing
        ? { code: target, labels: { fr: [...existing.labels.fr], ar: [...existing.labels.ar], en: [...existing.labels.en] }, broader: [...existing.broader] }
        : { code: target, labels: { fr: [], ar: [], en: [] }, broader: [] };
      const labels = glossaryLabels(entry);
      for (const language of CONCEPT_LANGUAGES) {
        const known = new Set(concept.labels[language].map((label) => normalise(label)));
        for (const label of labels[language]) {
          if (known.has(normalise(label))) continue;
          known.add(normalise(label));
          concept.labels[language].push(label);
        }
      }
      for (const code of (entry.broader ?? []).map((c) => alias.get(c) ?? c)) if (code !== target && !concept.broader.includes(code)) concept.broader.push(code);
      index.byCode.set(target, concept);
      index.glossaryCodes.add(target);
    }
    for (const code of index.glossaryCodes) {
      const concept = index.byCode.get(code)!;
      concept.broader = concept.broader.filter((parent) => index.byCode.has(parent));
    }
    return index;
  }

  /**
   * Concepts whose labels (any language) contain the words of a query, for pickers: exact labels
   * first, then labels starting with the query, then the others; shorter labels first.
   */
  searchLabels(query: string, limit = 20): Array<{ code: string; label: string }> {
    const wanted = normalise(query).trim();
    if (wanted.length < 2) return [];
    const found: Array<{ code: string; label: string; rank: number }> = [];
    for (const concept of this.byCode.values()) {
      let best: { label: string; rank: number } | null = null;
      for (const language of CONCEPT_LANGUAGES) {
        for (const label of concept.labels[language]) {
          const folded = normalise(label);
          const at = folded.indexOf(wanted);
          if (at < 0) continue;
          const rank = (folded === wanted ? 0 : at === 0 ? 1 : 2) * 1000 + Math.min(folded.length, 999);
          if (!best || rank < best.rank) best = { label, rank };
        }
      }
      if (best) found.push({ code: concept.code, label: best.label, rank: best.rank });
    }
    return found
      .sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label))
      .slice(0, limit)
      .map(({ code, label }) => ({ code, label }));
  }

  /** Whether a glossary added or extended this concept. */
  isGlossaryConcept(code: string): boolean {
    return this.glossaryCodes.has(code);
  }

  /** The codes a glossary added or extended. */
  glossaryConceptCodes(): string[] {
    return [...this.glossaryCodes];
  }

  /**
   * Makes loadDefault() return the shipped thesaurus plus these glossary concepts (none: the
   * thesaurus alone), for a process that wants every default user to see them (the evaluation
   * command's --glossary flag). The API keeps its own index instead (withGlossary).
   */
  static useDefaultGlossary(entries: readonly GlossaryConcept[]): void {
    const thesaurus = (ConceptIndex.thesaurus ??= new ConceptIndex(shippedThesaurus()));
    ConceptIndex.shared = entries.length ? thesaurus.withGlossary(entries) : thesaurus;
  }

  private static thesaurus: ConceptIndex | undefined;

  /** An index over the given data (the JSON format of libs/text/data/agrovoc-concepts.json). */
  static load(data: ConceptIndexData): ConceptIndex {
    return new ConceptIndex(data);
  }

  /** The shipped AGROVOC index, built once per process. */
  static loadDefault(): ConceptIndex {
    ConceptIndex.shared ??= ConceptIndex.thesaurus ??= new ConceptIndex(shippedThesaurus());
    return ConceptIndex.shared;
  }

  get size(): number {
    return this.byCode.size;
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** The index's own record, read-only: labels are looked up for every facet value and document, so not copied. */
  concept(code: string): ConceptView | undefined {
    return this.byCode.get(code);
  }

  /** Every label of a concept in all three languages, without AGROVOC qualifiers: for indexing documents. */
  labels(code: string): string[] {
    const concept = this.byCode.get(code);
    if (!concept) return [];
    const seen = new Set<string>();
    const out: string[] = [];
    for (const language of CONCEPT_LANGUAGES) {
      for (const label of concept.labels[language]) {
        const clean = label.replace(QUALIFIER, '').trim() || label;
        const key = clean.toLowerCase();
        if (!seen.has(key)) {
          seen.add(key);
          out.push(clean);
        }
      }
    }
    return out;
  }

  /** Ancestors within the index, nearest first, up to `depth` levels (1: direct broader concepts). */
  broader(code: string, depth = 1): string[] {
    const out: string[] = [];
    const seen = new Set([code]);
    let level = [code];
    for (let d = 0; d < depth && level.length; d++) {
      const next: string[] = [];
      for (const current of level) {
        for (const parent of this.byCode.get(current)?.broader ?? []) {
          if (seen.has(parent)) continue;
          seen.add(parent);
          out.push(parent);
          next.push(parent);
        }
      }
      level = next;
    }
    return out;
  }

  /**
   * Concepts mentioned in a text, in any of the three languages: the longest labels first, never
   * overlapping, in text order. A span that is a label of several concepts yields one match each.
   */
  extract(text: string): ConceptMatch[] {
    const known = this.recentTexts.get(text);
    if (known) return [...known];
    const matches = this.extractFrom(text);
    if (this.recentTexts.size >= RECENT_TEXTS) this.recentTexts.delete(this.recentTexts.keys().next().value!);
    this.recentTexts.set(text, matches);
    return [...matches];
  }

  private extractFrom(text: string): ConceptMatch[] {
    const root = (this.trie ??= this.buildTrie());
    const tokens = analyseWithOffsets(text);
    interface Candidate { from: number; to: number; weight: number; entries: LabelEntry[] }
    const candidates: Candidate[] = [];

    // Every label path through the trie from token `from`: content words must match in order;
    // stop words between them are skipped ("huile d'argan" → huil argan), unless the label itself
    // has one at its edge ("farine de maïs" → farin mais, "son de blé" → son ble).
    const walk = (node: TrieNode, j: number, from: number, weight: number, skipped: number): void => {
      for (; j < tokens.length; j++) {
        const token = tokens[j];
        if (token.segment !== tokens[from].segment) return;
        const child = node.next?.get(token.stop ? STOP_MARK + token.term : token.term);
        if (!token.stop && token.alt !== undefined) {
          // The reading without the attached preposition: only as the first word of a label of at
          // least two words (بزيت أركان, لدرجة الحرارة), never alone (كريم is not ك + ريم).
          const alt = j === from ? node.next?.get(token.alt) : undefined;
          if (alt && alt !== child) walk(alt, j + 1, from, weight + 1, 0);
        }
        if (!token.stop && !child && token.loan !== undefined) {
          // A transliterated word spelt with other long vowels (الكوليسترول / كولسترول): loanSkeleton.
          for (const term of this.loanTerms?.get(token.loan) ?? []) {
            const loan = node.next?.get(term);
            if (!loan) continue;
            if (loan.entries) candidates.push({ from, to: j + 1, weight: weight + 1, entries: loan.entries });
            walk(loan, j + 1, from, weight + 1, 0);
          }
        }
        if (!token.stop) {
          if (!child) return;
          node = child;
          weight++;
          skipped = 0;
          if (node.entries) candidates.push({ from, to: j + 1, weight, entries: node.entries });
          continue;
        }
        if (child) {
          if (child.entries) candidates.push({ from, to: j + 1, weight: weight + 1, entries: child.entries });
          walk(child, j + 1, from, weight + 1, 0);
        }
        // A negation or conjunction is never skipped (NEGATIONS).
        if (node === root || ++skipped > MAX_SKIPPED_STOP_WORDS || NEGATIONS.has(token.word)) return;
      }
    };
    for (let i = 0; i < tokens.length; i++) walk(root, i, i, 0, 0);
    if (!candidates.length) return [];

    // The stemmer conflates more than inflection ("tests" and "testes" both become "test", "frais"
    // and "fraise" "frai"): a label matches only where each of its words is written in the text as
    // the same word or an inflected form of it in the label's language (inflectedAlike).
    for (let c = candidates.length - 1; c >= 0; c--) {
      const candidate = candidates[c];
      const words: string[] = [];
      for (let k = candidate.from; k < candidate.to; k++) if (!tokens[k].stop) words.push(tokens[k].word);
      const alike = (plurals: boolean) => candidate.entries.filter(
        (entry) => entry.words.length === words.length && entry.words.every((word, k) => inflectedAlike(words[k], word, entry.language, entry.cognates, plurals) || loanAlike(words[k], word)),
      );
      // A label reached without the broken-plural table (arabic-plurals.ts) wins over one reached
      // through it: البذور is the seeds (بذور), not sowing (بذر) that the singular بذرة would also be.
      // And, in Arabic, a label written as in the text (once article and attached prepositions are
      // set aside) wins over one reached through an ending: اللبن is لبن (yoghurt), not لبنة (labneh).
      const direct = alike(false);
      const spelt = direct.filter((entry) => entry.words.every((word, k) => !isArabic(word) || sameArabicWord(words[k], word)));
      const entries = spelt.length ? spelt : direct.length ? direct : alike(true);
      if (entries.length) candidate.entries = entries;
      else candidates.splice(c, 1);
    }
    if (!candidates.length) return [];

    // Longest first (in label words), then leftmost; a token belongs to one match at most.
    candidates.sort((a, b) => b.weight - a.weight || a.from - b.from || a.to - b.to);
    const taken = new Uint8Array(tokens.length);
    const accepted: Candidate[] = [];
    for (const candidate of candidates) {
      let free = true;
      for (let k = candidate.from; k < candidate.to && free; k++) free = taken[k] === 0;
      if (!free) continue;
      taken.fill(1, candidate.from, candidate.to);
      accepted.push(candidate);
    }
    accepted.sort((a, b) => a.from - b.from);

    const matches: ConceptMatch[] = [];
    const needContext: boolean[] = [];
    for (const { from, to, entries } of accepted) {
      // A masked phrase (a place name, "best-before date") yields nothing, whatever else it spells.
      if (entries.some((e) => e.mask)) continue;
      const best = Math.min(...entries.map((e) => e.rank));
      const seen = new Set<string>();
      // A label shared by a concept and one of its near ancestors names the ancestor: the text says
      // the general word (مجففات, dryers), the specific concept (a malt kiln) needs its own label.
      const codes = new Set(entries.filter((e) => e.rank === best).map((e) => e.code));
      for (const entry of entries) {
        if (entry.rank !== best || seen.has(entry.code)) continue;
        if (codes.size > 1 && this.broader(entry.code, 3).some((ancestor) => codes.has(ancestor))) continue;
        seen.add(entry.code);
        needContext.push(entry.context === true);
        matches.push({
          code: entry.code,
          label: entry.label,
          language: entry.language,
          start: from,
          end: to,
          text: text.slice(tokens[from].start, tokens[to - 1].end),
        });
      }
    }
    if (!needContext.includes(true)) return matches;
    // A context label (sense-rules.ts) stays only when a concept of the text found through another
    // label supports its sense.
    // (Not a concept of the same words: حجم is both size and volume, neither supports the other.)
    const supporting = matches.filter((_, k) => !needContext[k]);
    return matches.filter((match, k) => !needContext[k] || this.supported(match.code, [...new Set(supporting.filter((m) => m.start !== match.start).map((m) => m.code))]));
  }

  /**
   * Whether one of `others` supports the sense of `code`: one is an ancestor of the other within
   * three levels, or they share a specific ancestor (at most MAX_SUPPORTING_ANCESTOR_SIZE concepts
   * under it) within two levels of each. "lait" supports dairy "crème" (both produit laitier); an
   * argan oil does not (their common ancestors are whole branches such as produit transformé).
   */
  private supported(code: string, others: readonly string[]): boolean {
    const counts = (this.descendantCounts ??= this.countDescendants());
    const near = new Set(this.broader(code, 2).filter((a) => (counts.get(a) ?? 0) <= MAX_SUPPORTING_ANCESTOR_SIZE));
    const lineage = this.broader(code, 3);
    for (const other of others) {
      if (other === code) continue;
      if (lineage.includes(other) || this.broader(other, 3).includes(code)) return true;
      if (this.broader(other, 2).some((a) => near.has(a))) return true;
    }
    return false;
  }

  private countDescendants(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const code of this.byCode.keys()) for (const ancestor of this.broader(code, 50)) counts.set(ancestor, (counts.get(ancestor) ?? 0) + 1);
    return counts;
  }

  /** Distinct concept codes mentioned in a text, in order of first mention. */
  codes(text: string): string[] {
    return [...new Set(this.extract(text).map((match) => match.code))];
  }

  /** Builds the label trie ahead of the first extraction, letting `pause()` run between batches of labels. */
  async warmUp(pause: () => Promise<unknown>): Promise<void> {
    if (this.trie) return;
    const root: TrieNode = {};
    for (const _batch of this.trieBatches(root)) await pause();
    this.trie ??= root;
  }

  private buildTrie(): TrieNode {
    const root: TrieNode = {};
    for (const _batch of this.trieBatches(root)) continue;
    return root;
  }

  /**
   * The label trie, keyed by analysed terms (built on first use, or by warmUp): every label
   * inserted into `root`, one step per batch. Labels are tokenised in batches: one tokenize() call
   * per few hundred labels, with a sentinel word between them, is several times faster than one
   * call per label and gives the same words.
   */
  private *trieBatches(root: TrieNode): Generator<void> {
    const pending: Array<{ code: string; label: string; language: ConceptLanguage; rank: number; text: string; cognates: boolean }> = [];
    for (const concept of this.byCode.values()) {
      for (const language of CONCEPT_LANGUAGES) {
        concept.labels[language].forEach((label, position) => {
          const unqualified = label.replace(QUALIFIER, '').trim();
          const qualified = unqualified.length > 0 && unqualified !== label.trim();
          // "منتوجات (فصيلة)", "صعتر (جنس)": a taxon named by a common word, which the qualifier was
          // there to tell apart (المنتوج is a product, not Azotobacteriaceae); scientific names stay.
          if (qualified && TAXON_QUALIFIER.test(label) && !/^\p{Lu}/u.test(unqualified)) return;
          const cognates = (language === 'fr' && !concept.labels.en.length) || (language === 'en' && !concept.labels.fr.length);
          pending.push({ code: concept.code, label, language, rank: qualified ? 2 : position === 0 ? 0 : 1, text: qualified ? unqualified : label, cognates });
        });
      }
    }
    // Phrase labels and masked phrases (sense-rules.ts): labels like the others, ranked as alternatives.
    for (const phrase of PHRASE_LABELS) {
      if (this.byCode.has(phrase.code)) pending.push({ code: phrase.code, label: phrase.label, language: phrase.language, rank: 1, text: phrase.label, cognates: false });
    }
    for (const phrase of MASKED_PHRASES) pending.push({ code: MASK_CODE, label: phrase.phrase, language: phrase.language, rank: 0, text: phrase.phrase, cognates: false });
    const BATCH = 500;
    for (let from = 0; from < pending.length; from += BATCH) {
      const batch = pending.slice(from, from + BATCH);
      const words = tokenize(batch.map((item) => item.text).join(` ${LABEL_SEPARATOR} `));
      let k = 0;
      for (const item of batch) {
        const labelWords: string[] = [];
        while (k < words.length && words[k] !== LABEL_SEPARATOR) labelWords.push(words[k++]);
        k++;
        const terms = termsOfWords(labelWords, item.text);
        if (!terms) continue;
        const mask = item.code === MASK_CODE;
        const context = !mask && (CONTEXT_KEYS.has(`${item.language}:${normalise(item.label)}`) || CONTEXT_CONCEPT_KEYS.has(`${item.code}:${item.language}:${normalise(item.label)}`));
        if (item.language === 'ar') {
          for (const term of terms) {
            const key = loanSkeleton(term);
            if (!key) continue;
            const known = (this.loanTerms ??= new Map()).get(key) ?? [];
            if (!known.includes(term)) this.loanTerms.set(key, [...known, term]);
          }
        }
        insert(root, terms, { code: item.code, label: item.label, language: item.language, rank: item.rank, words: labelWords.filter((word) => !isStopWord(word)), cognates: item.cognates, mask, context });
      }
      yield;
    }
  }
}

function insert(root: TrieNode, terms: string[], entry: LabelEntry): void {
  let node = root;
  for (const term of terms) {
    node.next ??= new Map();
    let child = node.next.get(term);
    if (!child) {
      child = {};
      node.next.set(term, child);
    }
    node = child;
  }
  node.entries ??= [];
  // One entry per concept and spelling: "rhéologie" and "rheology" share a node but not their words.
  const spelling = entry.words.join(' ');
  const same = node.entries.findIndex((e) => e.code === entry.code && e.words.join(' ') === spelling);
  if (same >= 0 && node.entries[same].rank <= entry.rank) return;
  if (same >= 0) node.entries.splice(same, 1);
  node.entries.push({ ...entry });
}

/**
 * The analysed terms of a label (stop words kept at its edges are prefixed with STOP_MARK), or
 * null when the label is too ambiguous to be matched on its own: only stop words ("thé" is "the", "son", "or"), a pure number, or a single word of fewer
 * than three letters (except written symbols with an inner capital such as "pH"). Stop words
 * inside a label are dropped, as they are skipped in texts; at its edges they are kept, since
 * there they are content words that happen to be spelt like function words ("farine de maïs").
 */
export function labelTerms(label: string): string[] | null {
  return termsOfWords(tokenize(label.replace(QUALIFIER, '').trim() || label), label);
}

function termsOfWords(words: string[], label: string): string[] | null {
  let first = 0;
  let last = words.length - 1;
  while (first <= last && isStopWord(words[first])) first++;
  while (last >= first && isStopWord(words[last])) last--;
  if (first > last) return null;
  // Inner stop words are skipped, except negations and conjunctions: "صناعات لا غذائية" (non-food industries) is not "الصناعات الغذائية".
  const content = words.slice(first, last + 1).filter((word) => !isStopWord(word) || NEGATIONS.has(word));
  if (content.every((word) => /^\p{N}+$/u.test(word))) return null;
  // Of a run of stop words at an edge, only the outermost is kept ("son de blé" → son blé).
  const kept = [...(first > 0 ? [words[0]] : []), ...content, ...(last < words.length - 1 ? [words[words.length - 1]] : [])];
  if (kept.length === 1 && kept[0].length < 3 && !/^\p{Ll}+\p{Lu}/u.test(label.trim())) return null;
  return kept.map((word) => (isStopWord(word) ? STOP_MARK + stem(word) : stem(word)));
}

/**
 * Whether a word of a text is a label's word or an inflected form of it in the label's language,
 * both normalised: French and English plurals (-s; -es, -ies in English; -x, -aux in French), and,
 * where `cognates` (the concept has no label in the other Latin-script language), the English and
 * French forms of one word (protein/protéine, spectroscopy/spectroscopie, pathogens/pathogène). In
 * Arabic: attached conjunction, prepositions and article, and endings of number, gender and attached
 * pronouns (arabicAlike). That is what the light stemmer is for; its other conflations are
 * collisions: "tests" is not "testes" (testicles), "frais" is not "fraise", مدة (duration) is not
 * مدى (range), "graines" (seeds) is not "grain".
 */
export function inflectedAlike(textWord: string, labelWord: string, language: ConceptLanguage, cognates = false, plurals = true): boolean {
  if (textWord === labelWord) return true;
  if (isArabic(textWord) || isArabic(labelWord)) return arabicAlike(textWord, labelWord, plurals);
  if (language === 'ar') return false;
  if (pluralOf(textWord, labelWord, language) || pluralOf(labelWord, textWord, language)) return true;
  if (!cognates) return false;
  const textForms = singulars(textWord);
  const labelForms = singulars(labelWord);
  return textForms.some((a) => labelForms.some((b) => a === b || cognate(a, b) || cognate(b, a)));
}

/** `plural` is a plural of `singular`: +s everywhere; +es (after s, x, z, ch, sh, o), y → ies in English; +x, al → aux, ail → aux in French. */
function pluralOf(plural: string, singular: string, language: ConceptLanguage): boolean {
  if (plural.length <= singular.length) return false;
  if (plural === `${singular}s`) return true;
  if (language === 'en') return (/(?:s|x|z|ch|sh|o)$/.test(singular) && plural === `${singular}es`) || (/[^aeiou]y$/.test(singular) && plural === `${singular.slice(0, -1)}ies`);
  return plural === `${singular}x` || (singular.endsWith('al') && plural === `${singular.slice(0, -2)}aux`) || (singular.endsWith('ail') && plural === `${singular.slice(0, -3)}aux`);
}

/** The word and the singulars it may be the plural of, in French or English. */
function singulars(word: string): string[] {
  const forms = [word];
  if (word.length > 3 && word.endsWith('s')) forms.push(word.slice(0, -1));
  if (word.length > 4 && word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.length > 4 && word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.length > 4 && word.endsWith('aux')) forms.push(`${word.slice(0, -3)}al`);
  if (word.length > 3 && /[aeiou]x$/.test(word)) forms.push(word.slice(0, -1));
  return forms;
}

/** English `a`, French `b` (or the reverse) of one word: acid/acide, biology/biologie. */
function cognate(a: string, b: string): boolean {
  return a.length >= 4 && (b === `${a}e` || (a.endsWith('y') && b === `${a.slice(0, -1)}ie`));
}

/** Attached conjunction, then preposition or article (normalised text: أ إ آ are ا). */
const ARABIC_CONJUNCTIONS = ['', 'و', 'ف'];
const ARABIC_PREPOSITIONS = ['', 'ال', 'بال', 'كال', 'لل', 'ب', 'ل', 'ك'];
/**
 * Endings of number and gender (ة is already ه) and attached pronouns: one word may carry one where
 * the other has none or another. Not the nisba ي (and its ية, يات…): it derives another word —
 * إنتاج production / إنتاجية productivity, موسم season / موسمي seasonal — and مدى is not مدة.
 */
const ARABIC_INFLECTIONS = ['ه', 'ات', 'ان', 'ين', 'ون', 'ها', 'هم', 'هن', 'نا', 'كم'];

/** The stems an Arabic word may have: each reading with and without its proclitics (و+ال+ورد, or ورد itself), each with and without one ending. */
function arabicStems(word: string): Set<string> {
  let stems = arabicStemCache.get(word);
  if (stems) return stems;
  stems = new Set<string>();
  for (const conjunction of ARABIC_CONJUNCTIONS) {
    if (!word.startsWith(conjunction)) continue;
    for (const preposition of ARABIC_PREPOSITIONS) {
      const prefix = conjunction + preposition;
      if (!word.startsWith(prefix) || word.length - prefix.length < 2) continue;
      const base = word.slice(prefix.length);
      stems.add(base);
      for (const ending of ARABIC_INFLECTIONS) if (base.endsWith(ending) && base.length - ending.length >= 2) stems.add(base.slice(0, -ending.length));
    }
  }

  if (arabicStemCache.size >= 50_000) arabicStemCache.clear();
  arabicStemCache.set(word, stems);
  return stems;
}
const arabicStemCache = new Map<string, Set<string>>();

/**
 * Arabic words alike once attached conjunction, prepositions and article are set aside (every
 * reading is tried: the و of ورد is not a conjunction) and one ending of number, gender or attached
 * pronoun on either side: they share a stem. The domain's broken plurals (زيوت/زيت) are reached through the table of arabic-plurals.ts.
 */
function arabicAlike(a: string, b: string, plurals = true): boolean {
  if (!isArabic(a) || !isArabic(b)) return false;
  const stemsOfB = plurals ? withSingulars(b) : arabicStems(b);
  for (const stem of plurals ? withSingulars(a) : arabicStems(a)) if (stemsOfB.has(stem)) return true;
  return false;
}

/** arabicStems, plus, for a broken plural of the domain (زيوت → زيت, arabic-plurals.ts), its singular. */
function withSingulars(word: string): Set<string> {
  let stems = singularStemCache.get(word);
  if (stems) return stems;
  stems = new Set(arabicStems(word));
  for (const stem of [...stems]) {
    const singular = singularOf(stem);
    // The singular as it is, not stripped of its ending: بذور is بذرة (a seed), not بذر (sowing).
    if (singular) stems.add(singular);
  }
  if (singularStemCache.size >= 50_000) singularStemCache.clear();
  singularStemCache.set(word, stems);
  return stems;
}
const singularStemCache = new Map<string, Set<string>>();

/**
 * Transliterated words (هستامين / هيستامين, كولسترول / كوليسترول, جرانيول / جيرانيول) are spelt with
 * or without their inner long vowels ا و ي. Two Arabic stems of at least five letters, one of them
 * at least seven (native stems seldom reach seven letters: ارتفع / ارتفاع, تجريبي / تجريب are other
 * words of one root), that are the same once inner ا و ي are removed (first and last letters kept,
 * so that a verb يستعمل is not the noun استعمال and a nisba ميكروبيولوجي not ميكروبيولوجيا), with at
 * least four letters left, are taken as one word. Measured on the Arabic texts of the demo data and
 * xling-dev (libs/text/data/README.md, "Arabic recall").
 */
function loanSkeleton(term: string): string | undefined {
  if (term.length < 5 || !isArabic(term)) return undefined;
  const skeleton = term[0] + term.slice(1, -1).replace(/[اوي]/g, '') + term[term.length - 1];
  return skeleton.length >= 4 ? skeleton : undefined;
}

function loanAlike(textWord: string, labelWord: string): boolean {
  if (Math.max(textWord.length, labelWord.length) < 7 || !isArabic(textWord) || !isArabic(labelWord)) return false;
  const [a, b] = [stem(textWord), stem(labelWord)];
  if (Math.max(a.length, b.length) < 7) return false;
  const skeleton = loanSkeleton(a);
  return skeleton !== undefined && skeleton === loanSkeleton(b);
}

/** Whether two normalised Arabic words are one word once attached conjunction, prepositions and article are set aside (no ending removed). */
function sameArabicWord(a: string, b: string): boolean {
  const bare = (word: string): string[] => {
    const out: string[] = [];
    for (const conjunction of ARABIC_CONJUNCTIONS) {
      if (!word.startsWith(conjunction)) continue;
      for (const preposition of ARABIC_PREPOSITIONS) {
        const prefix = conjunction + preposition;
        if (word.startsWith(prefix) && word.length - prefix.length >= 2) out.push(word.slice(prefix.length));
      }
    }
    return out;
  };
  const ofB = bare(b);
  return bare(a).some((stem) => ofB.includes(stem));
}

/**
 * The stemmed noun of an Arabic word that may carry a bare one-letter preposition (ب، ل، ك, after
 * an optional و or ف) before a noun without article: بزيت → زيت, لدرجة → درجة, وبزيت → زيت. Only
 * when at least three letters remain; undefined when the stemmer already strips the prefix (بال، لل).
 */
function procliticTerm(word: string, term: string): string | undefined {
  if (!isArabic(word)) return undefined;
  const match = /^[وف]?[بلك]/.exec(word);
  if (!match || word.length - match[0].length < 3) return undefined;
  const rest = word.slice(match[0].length);
  if (rest.startsWith('ال') || word.startsWith('لل')) return undefined;
  const alt = stem(rest);
  return alt !== term ? alt : undefined;
}

/** The tokens of tokenize(text), with their stemmed term, stop-word flag and offsets. */
function analyseWithOffsets(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let segment = 0;
  let previousEnd = 0;
  let previous = '';
  for (const raw of text.matchAll(RAW_WORD)) {
    const start = raw.index ?? 0;
    if (start > previousEnd && isBreak(text.slice(previousEnd, start), previous, raw[0])) segment++;
    previousEnd = start + raw[0].length;
    previous = raw[0];
    for (const word of analyseChunk(raw[0])) {
      const alt = word.stop ? undefined : procliticTerm(word.word, word.term);
      const loan = word.stop ? undefined : loanSkeleton(word.term);
      tokens.push({ word: word.word, term: word.term, stop: word.stop, start: start + word.start, end: start + word.end, segment, ...(alt !== undefined ? { alt } : {}), ...(loan !== undefined ? { loan } : {}) });
    }
  }
  return tokens;
}

/** Whether the characters between two words end a clause; not "var." nor the comma of "4,5". */
function isBreak(separator: string, before: string, after: string): boolean {
  if (!CLAUSE_BREAK.test(separator)) return false;
  const compact = separator.trim();
  if (compact === '.' && ABBREVIATIONS.has(before.toLowerCase())) return false;
  if (compact === ',' && separator === ',' && /\p{N}$/u.test(before) && /^\p{N}/u.test(after)) return false;
  return true;
}

interface ChunkWord { word: string; term: string; stop: boolean; start: number; end: number }
const PLAIN_ASCII_WORD = /^[A-Za-z0-9]+$/;
/** Analysed raw chunks: words repeat within and across texts, and normalising is the costly part. */
const chunkCache = new Map<string, ChunkWord[]>();
const CHUNK_CACHE_SIZE = 50_000;

function analyseChunk(chunk: string): ChunkWord[] {
  let words = chunkCache.get(chunk);
  if (words) return words;
  // Plain ASCII words are their own normalised form, lower-cased: no need for the full normalise().
  const normalised = PLAIN_ASCII_WORD.test(chunk) ? [chunk.toLowerCase()] : tokenize(chunk);
  const spans = wordSpans(chunk, normalised);
  words = normalised.map((word, k) => ({
    word,
    term: stem(word),
    stop: isStopWord(word),
    start: spans ? spans[k][0] : 0,
    end: spans ? spans[k][1] : chunk.length,
  }));
  if (chunkCache.size >= CHUNK_CACHE_SIZE) chunkCache.clear();
  chunkCache.set(chunk, words);
  return words;
}

/**
 * Offsets of each word of a raw chunk such as "d’huiles" or "aujourd'hui", split at apostrophes
 * with French elisions left out; null when the pieces do not line up with tokenize(chunk).
 */
function wordSpans(chunk: string, words: string[]): Array<[number, number]> | null {
  if (words.length === 1 && !APOSTROPHE.test(chunk)) return [[0, chunk.length]];
  const spans: Array<[number, number]> = [];
  const pieces = [...chunk.matchAll(/[^'’ʼ]+/gu)];
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    const from = piece.index ?? 0;
    const elided = p < pieces.length - 1 && ELIDED.test(piece[0]) && (from === 0 || APOSTROPHE.test(chunk[from - 1]));
    if (elided) continue;
    const pieceWords = tokenize(piece[0]);
    if (pieceWords.length !== 1) return null;
    spans.push([from, from + piece[0].length]);
  }
  return spans.length === words.length ? spans : null;
}
