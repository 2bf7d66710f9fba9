import { isArabic, normalise } from './normalise';
import { stem } from './stem';

/**
 * Loanwords written in Arabic script (الليستيريا, البوليفينولات, الكولاجين, البروبيوتيك) matched to
 * the Latin words they were borrowed from, by their consonant skeleton: Arabic writes the consonants
 * and long vowels of a loanword, so once vowels are dropped and letters are read as the consonant
 * classes both scripts share (ك / c k q → k, س ز ص / s z → s, ف / f ph v → f, ج / g j …), a
 * loanword and its source have the same skeleton: ليستيريا → lstr ← listeria.
 *
 * A general mechanism, not a word list: an Arabic word is matched against a vocabulary of Latin
 * words (the caller's: the thesaurus's French and English labels), only when
 * - it has none of the letters that mark native Arabic words (ع ح خ ذ ث ظ ض ق: loanwords from
 *   French or English do not need them), its stem (article off; a word in ات read as a plural) has
 *   at least MIN_ARABIC_LETTERS letters, its skeleton at least MIN_SKELETON consonants and, with its
 *   written long vowels, MIN_LETTER_EVIDENCE letters (short skeletons collide with native words);
 * - the Arabic spelling writes no vowel where the Latin word has none, the Latin word's first and
 *   last vowels alike, and leaves at most MAX_UNWRITTEN_VOWELS inner vowel unwritten (ليستيريا
 *   writes listeria's i, e, i-a; native دراسات has its ا where "dorsata" has no vowel), and
 * - the Latin words with its skeleton are one word up to inflection (one Latin stem, possibly in
 *   both languages: polyphénol / polyphenols), or one stem accounts for DOMINANT_SHARE of them.
 * The thresholds were set on AGROVOC's own Arabic labels (evaluation/loanword-check.ts), not on a
 * collection. The caller decides when to ask (lexicon.ts: only for words the lexicon does not know).
 */

/** Letters of the Arabic stem (article and plural ending removed) a loanword must have. */
export const MIN_ARABIC_LETTERS = 6;
/** Consonants of the skeleton. */
export const MIN_SKELETON = 4;
/** Long vowels an Arabic loanword writes (ا و ي): native patterns such as مفاعل, مفعولات write fewer. */
const MIN_WRITTEN_VOWELS = 2;
/** Consonants and written vowels together: a short skeleton with few vowels collides with native words by chance (انتقال / antigel). */
const MIN_LETTER_EVIDENCE = 7;
/** Inner vowels of the Latin word the Arabic spelling may leave unwritten (its first and last are written alike). */
const MAX_UNWRITTEN_VOWELS = 1;
/** Share of the matched Latin occurrences one stem must have when several stems share the skeleton. */
const DOMINANT_SHARE = 0.75;

/**
 * Letters of native Arabic words that loanwords from French and English do not use; ق too (they
 * write k and c as ك: on AGROVOC's labels ق gave 1 of 711 loanword matches, while native words with
 * it collide, انطلاقا "starting from" / ontology).
 */
const NATIVE_LETTERS = /[عحخذثظضق]/;
/**
 * Consonant classes of Arabic letters (normalised text: ة is ه, ى ئ are ي, أ إ آ are ا, ؤ is و);
 * 'V' is a written long vowel, '' a letter read as nothing (h, hamza).
 */
const ARABIC_CLASSES: Record<string, readonly string[]> = {
  'ب': ['b'], 'پ': ['b'], 'ت': ['t'], 'ط': ['t'], 'د': ['d'], 'ج': ['g', 'j'], 'غ': ['g'], 'ك': ['k'], 'گ': ['g'],
  'س': ['s'], 'ز': ['s'], 'ص': ['s'], 'ش': ['S'], 'ف': ['f'], 'ڤ': ['f'], 'ل': ['l'], 'م': ['m'], 'ن': ['n'], 'ر': ['r'],
  'ا': ['V'], 'و': ['V'], 'ي': ['V'], 'ه': [''], 'ء': [''],
};
const ARTICLES = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال'];
/** Adjective and feminine endings of Arabic loanwords (بكتيرية, ميكروبي): tried with and without. */
const ARABIC_ENDINGS = ['يه', 'ي', 'ه'];
/** A word in ات is read as a plural only (كروموسومات → chromosome): native sound plurals (صغيرات, بلورات) then have too short a stem. */
const PLURAL = /ات$/;

/**
 * A spelling's consonant skeleton and which gaps between its consonants hold a vowel (bit i: a
 * vowel before consonant i; bit n: after the last).
 */
export interface Skeleton {
  consonants: string;
  vowels: number;
}

function skeletonOf(pattern: string): Skeleton {
  const squeezed = pattern.replace(/(.)\1+/g, '$1');
  let consonants = '';
  let vowels = 0;
  for (const c of squeezed) {
    if (c === 'V') vowels |= 1 << consonants.length;
    else consonants += c;
  }
  return { consonants, vowels };
}

/**
 * Skeletons of a normalised Latin word (a few: "ch" is k or sh, "ti" before a vowel t or s). y and
 * w are vowels, h is dropped, doubled consonants merged, a final silent e (French) is no vowel.
 */
export function latinSkeletons(word: string): Skeleton[] {
  let patterns = [''];
  const w = word.toLowerCase().replace(/ques?$/, 'k').replace(/gues?$/, 'g').replace(/([^aeiouy])es?$/, '$1');
  const vowel = (c: string | undefined) => !!c && 'aeiouy'.includes(c);
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const next = w[i + 1];
    let options: string[];
    if (c === 'p' && next === 'h') { options = ['f']; i++; }
    else if (c === 't' && next === 'h') { options = ['t']; i++; }
    else if (c === 's' && next === 'h') { options = ['S']; i++; }
    else if (c === 'c' && next === 'h') { options = ['k', 'S']; i++; }
    else if (c === 'c' && next === 'k') { options = ['k']; i++; }
    else if (c === 'q' && next === 'u') { options = ['k']; i++; }
    else if (c === 'd' && next === 'j') { options = ['j']; i++; }
    else if (c === 'c') options = next && 'eiy'.includes(next) ? ['s'] : ['k'];
    else if (c === 't' && next === 'i' && vowel(w[i + 2])) options = ['t', 's', 'S'];
    else if (c === 'x') options = ['ks'];
    else if ('aeiouyw'.includes(c)) options = ['V'];
    else if (c === 'h') options = [''];
    else if ('bp'.includes(c)) options = ['b'];
    else if ('fv'.includes(c)) options = ['f'];
    else if ('kq'.includes(c)) options = ['k'];
    else if ('sz'.includes(c)) options = ['s'];
    else if ('dgjlmnrt'.includes(c)) options = [c];
    else return []; // digits, other letters: not a word to match
    patterns = patterns.flatMap((p) => options.map((o) => p + o));
    if (patterns.length > 64) return []; // too many readings to index
  }
  return unique(patterns.map(skeletonOf));
}

/** Skeletons an Arabic word may have as a loanword (article and endings removed), or [] if it cannot be one. */
export function arabicSkeletons(word: string): Skeleton[] {
  const w = arabicLoanStem(word);
  if (!w) return [];
  const out: Skeleton[] = [];
  for (const form of arabicForms(w)) {
    let patterns = [''];
    for (const letter of form) {
      const options = ARABIC_CLASSES[letter];
      if (!options) return [];
      patterns = patterns.flatMap((p) => options.map((o) => p + o));
      if (patterns.length > 64) return []; // too ambiguous to match
    }
    for (const skeleton of patterns.map(skeletonOf)) {
      const written = bitCount(skeleton.vowels);
      if (skeleton.consonants.length >= MIN_SKELETON && written >= MIN_WRITTEN_VOWELS && skeleton.consonants.length + written >= MIN_LETTER_EVIDENCE) out.push(skeleton);
    }
  }
  return unique(out);
}

/** An Arabic spelling may leave some of the Latin word's vowels unwritten, never write one it lacks. */
export function spellsAlike(arabic: Skeleton, latin: Skeleton): boolean {
  if (arabic.consonants !== latin.consonants || (arabic.vowels & ~latin.vowels) !== 0) return false;
  const edges = 1 | (1 << arabic.consonants.length);
  const unwritten = latin.vowels & ~arabic.vowels;
  return (unwritten & edges) === 0 && bitCount(unwritten) <= MAX_UNWRITTEN_VOWELS;
}

/** The word without its article (and conjunction), if it can be a loanword: Arabic script, no native letter, long enough. */
function arabicLoanStem(word: string): string | null {
  let w = normalise(word);
  if (!isArabic(w) || !/^[\u0600-\u06FF]+$/.test(w) || NATIVE_LETTERS.test(w)) return null;
  const article = ARTICLES.find((a) => w.startsWith(a) && w.length - a.length >= 3);
  if (article) w = w.slice(article.length);
  return w.length >= MIN_ARABIC_LETTERS ? w : null;
}

function arabicForms(word: string): string[] {
  if (PLURAL.test(word)) return word.length - 2 >= MIN_ARABIC_LETTERS - 1 ? [word.slice(0, -2)] : [];
  const forms = [word];
  for (const ending of ARABIC_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_ARABIC_LETTERS - 1) forms.push(word.slice(0, -ending.length));
  }
  return forms;
}

function unique(skeletons: Skeleton[]): Skeleton[] {
  const seen = new Map<string, Skeleton>();
  for (const s of skeletons) seen.set(`${s.consonants}:${s.vowels}`, s);
  return [...seen.values()];
}

function bitCount(n: number): number {
  let count = 0;
  for (let x = n; x; x &= x - 1) count++;
  return count;
}

export interface LoanwordMatch {
  /** The Latin word (its most frequent form in the vocabulary). */
  word: string;
  language: string;
}

/**
 * An index of Latin words by consonant skeleton; `match` gives the Latin source of an Arabic-script
 * loanword, or nothing when the word cannot be a loanword or its skeleton is ambiguous.
 */
export class LoanwordIndex {
  /** consonant skeleton → Latin spellings with it. */
  private readonly bySkeleton = new Map<string, Array<{ vowels: number; group: string; language: string; form: string; count: number }>>();

  /** From Latin words with their language (a word may come several times: counts weigh the forms). */
  constructor(words: Iterable<{ word: string; language: string }>) {
    const entries = new Map<string, { vowels: number; group: string; language: string; form: string; count: number; consonants: string }>();
    for (const { word, language } of words) {
      const form = normalise(word);
      if (form.length < MIN_SKELETON + 1 || !/^[a-z]+$/.test(form)) continue;
      // Inflections of one word are one entry: its light stem without final vowels (bacteria / bactérie → bacter).
      const lemma = stem(form);
      const group = lemma.replace(/[aeiouy]+$/, '');
      // The word's skeletons and its light stem's (polyphenols → polyphenol: Arabic drops the plural ending too).
      for (const skeleton of unique([...latinSkeletons(form), ...(lemma !== form ? latinSkeletons(lemma) : [])])) {
        if (skeleton.consonants.length < MIN_SKELETON) continue;
        const key = `${skeleton.consonants}\u0000${skeleton.vowels}\u0000${language}\u0000${form}`;
        const entry = entries.get(key) ?? { ...skeleton, group, language, form, count: 0 };
        entry.count++;
        entries.set(key, entry);
      }
    }
    for (const { consonants, ...entry } of entries.values()) {
      const list = this.bySkeleton.get(consonants) ?? [];
      list.push(entry);
      this.bySkeleton.set(consonants, list);
    }
  }

  get size(): number {
    return this.bySkeleton.size;
  }

  /** The Latin words (one per language, its commonest form) an Arabic word was borrowed from, or []. */
  match(arabicWord: string): LoanwordMatch[] {
    const groups = new Map<string, { count: number; forms: Map<string, { form: string; count: number }> }>();
    const used = new Set<object>();
    for (const arabic of arabicSkeletons(arabicWord)) {
      for (const entry of this.bySkeleton.get(arabic.consonants) ?? []) {
        if (used.has(entry) || !spellsAlike(arabic, { consonants: arabic.consonants, vowels: entry.vowels })) continue;
        used.add(entry);
        const group = groups.get(entry.group) ?? { count: 0, forms: new Map() };
        group.count += entry.count;
        const best = group.forms.get(entry.language);
        if (!best || entry.count > best.count || (entry.count === best.count && entry.form < best.form)) group.forms.set(entry.language, { form: entry.form, count: entry.count });
        groups.set(entry.group, group);
      }
    }
    if (!groups.size) return [];
    const ranked = [...groups].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
    const total = ranked.reduce((sum, [, g]) => sum + g.count, 0);
    if (ranked.length > 1 && ranked[0][1].count < DOMINANT_SHARE * total) return [];
    return [...ranked[0][1].forms].map(([language, { form }]) => ({ word: form, language })).sort((a, b) => a.language.localeCompare(b.language));
  }
}
