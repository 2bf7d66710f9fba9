import shipped from '../../../text/data/agrovoc-concepts.json';
import { contentWords, isArabic, LoanwordIndex, stem, type Language } from '../../../text/src';

/**
 * A word-level bilingual lexicon derived from the thesaurus's aligned labels (AGROVOC, CC BY: a
 * dictionary we already have). Each concept's fr / ar / en labels are translations of one another;
 * over the ~12,000 concepts, two words of different languages that keep appearing in the labels
 * of the same concepts translate each other ("séchage solaire" / "تجفيف شمسي", "séchage des
 * fruits" / "تجفيف الفاكهة"… give séchage ↔ تجفيف). A pair is kept when its Dice coefficient over
 * concepts is at least MIN_DICE and it is seen in at least MIN_CONCEPTS concepts — or once, in a
 * label pair of one word on each side (unambiguous). Words are compared by their light stems.
 *
 * It translates words the thesaurus has in *some* label, not only whole concept labels: "الأخطبوط"
 * (only in "أخطبوط شائع", "تربية الأخطبوط") gives "poulpe" and "octopus".
 */

type LabelRecord = [code: string, fr: string[], ar: string[], en: string[], broader: string[]];
const LANGUAGES: readonly Language[] = ['fr', 'ar', 'en'];
/** Dice coefficient of a kept pair: at least half of either word's concepts have the other. */
const MIN_DICE = 0.5;
/** Concepts a pair must be seen in (unless in a one-word label pair). */
const MIN_CONCEPTS = 2;
/** Translations kept per word and target language, best first. */
const MAX_TRANSLATIONS = 2;
/** Stems shorter than this are not translated (too ambiguous). */
const MIN_STEM_LENGTH = 3;
const QUALIFIER = /\s*\([^()]*\)\s*$/;

export interface Translation {
  language: Language;
  /** The target word as written in the labels (its most frequent form). */
  word: string;
  dice: number;
}

export class BilingualLexicon {
  private static shared: BilingualLexicon | undefined;
  private static sharedWithLoanwords: BilingualLexicon | undefined;
  /** `${language}\u0000${stem}` → translations into the other languages, best first. */
  private readonly entries = new Map<string, Translation[]>();
  /** Loanword route (libs/text transliterate.ts): Arabic-script words the lexicon lacks, matched to Latin words by consonant skeleton. */
  private readonly loanwords: LoanwordIndex | null;

  private constructor(entries: Map<string, Translation[]>, loanwords: LoanwordIndex | null = null) {
    this.entries = entries;
    this.loanwords = loanwords;
  }

  /** The lexicon of the shipped thesaurus, built once per process (about a second). */
  static shipped(): BilingualLexicon {
    BilingualLexicon.shared ??= BilingualLexicon.fromLabels(shippedConcepts().map(([, fr, ar, en]) => ({ fr, ar, en })));
    return BilingualLexicon.shared;
  }

  /**
   * The shipped lexicon plus the loanword route: an Arabic-script word it does not know (الليستيريا,
   * spelt otherwise than AGROVOC's لسترية) is read as a loanword and translated into the French and
   * English words of the thesaurus's labels with its consonant skeleton (listeria), when one word has it.
   */
  static shippedWithLoanwords(): BilingualLexicon {
    BilingualLexicon.sharedWithLoanwords ??= BilingualLexicon.shipped().withLoanwords(thesaurusLoanwords());
    return BilingualLexicon.sharedWithLoanwords;
  }

  /** This lexicon with a loanword index for the Arabic words it does not know. */
  withLoanwords(loanwords: LoanwordIndex): BilingualLexicon {
    return new BilingualLexicon(this.entries, loanwords);
  }

  /** Builds a lexicon from concepts' labels per language (preferred and alternative labels). */
  static fromLabels(concepts: Iterable<Partial<Record<Language, readonly string[]>>>): BilingualLexicon {
    const conceptCount = new Map<string, number>(); // `${language}\u0000${stem}` → concepts
    const surfaces = new Map<string, Map<string, number>>();
    const pairs = new Map<string, { together: number; single: boolean }>(); // `${a}\u0001${b}` (keys as above) → concepts
    for (const labels of concepts) {
      const stems: Partial<Record<Language, Set<string>>> = {};
      const singleWord: Partial<Record<Language, boolean>> = {};
      for (const language of LANGUAGES) {
        const found = new Set<string>();
        let oneWordLabel = false;
        for (const label of labels[language] ?? []) {
          const words = contentWords(label.replace(QUALIFIER, ''), { stem: false, dropNumbers: true });
          if (words.length === 1) oneWordLabel = true;
          for (const word of words) {
            const key = keyOf(language, word);
            if (!key) continue;
            found.add(key);
            const forms = surfaces.get(key) ?? new Map<string, number>();
            forms.set(word, (forms.get(word) ?? 0) + 1);
            surfaces.set(key, forms);
          }
        }
        if (found.size) stems[language] = found;
        singleWord[language] = oneWordLabel && found.size === 1;
        for (const key of found) conceptCount.set(key, (conceptCount.get(key) ?? 0) + 1);
      }
      for (const a of LANGUAGES) {
        for (const b of LANGUAGES) {
          if (a >= b || !stems[a] || !stems[b]) continue;
          const single = !!singleWord[a] && !!singleWord[b];
          for (const x of stems[a]!) {
            for (const y of stems[b]!) {
              const key = `${x}\u0001${y}`;
              const pair = pairs.get(key) ?? { together: 0, single: false };
              pair.together++;
              pair.single ||= single;
              pairs.set(key, pair);
            }
          }
        }
      }
    }
    const entries = new Map<string, Translation[]>();
    const add = (from: string, to: string, dice: number) => {
      const forms = surfaces.get(to)!;
      const word = [...forms].sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]))[0][0];
      const list = entries.get(from) ?? [];
      list.push({ language: to.slice(0, to.indexOf('\u0000')) as Language, word, dice });
      entries.set(from, list);
    };
    for (const [key, pair] of pairs) {
      const [x, y] = key.split('\u0001');
      if (x.slice(x.indexOf('\u0000')) === y.slice(y.indexOf('\u0000'))) continue; // the same stem in both: not a translation
      const dice = (2 * pair.together) / (conceptCount.get(x)! + conceptCount.get(y)!);
      if (dice < MIN_DICE || (pair.together < MIN_CONCEPTS && !pair.single)) continue;
      add(x, y, dice);
      add(y, x, dice);
    }
    for (const [key, list] of entries) {
      const kept: Translation[] = [];
      for (const language of LANGUAGES) {
        kept.push(...list.filter((t) => t.language === language).sort((p, q) => q.dice - p.dice || p.word.localeCompare(q.word)).slice(0, MAX_TRANSLATIONS));
      }
      entries.set(key, kept);
    }
    return new BilingualLexicon(entries);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Translations of one word of `language` into the other languages. */
  translate(word: string, language: Language): Translation[] {
    const [normalised] = contentWords(word, { stem: false, dropNumbers: true });
    const key = normalised ? keyOf(language, normalised) : null;
    return (key && this.entries.get(key)) || (normalised && language === 'ar' ? this.loanwordsOf(normalised) : []);
  }

  /** Translations of an Arabic word the lexicon does not know, read as a loanword (none without a loanword index). */
  private loanwordsOf(word: string): Translation[] {
    if (!this.loanwords || !isArabic(word)) return [];
    return this.loanwords.match(word).map((m) => ({ language: m.language as Language, word: m.word, dice: 0 }));
  }

  /**
   * The words of a text of `language` translated into the other two languages, one entry per
   * occurrence (so a repeated word weighs more). Arabic-script words are read as Arabic, others as
   * `language` when it is French or English, else as both.
   */
  translateText(text: string, language: Language | null | undefined): string[] {
    const out: string[] = [];
    for (const word of contentWords(text, { stem: false, dropNumbers: true })) {
      const from: Language[] = isArabic(word) ? ['ar'] : language === 'fr' || language === 'en' ? [language] : ['fr', 'en'];
      const own = isArabic(word) ? 'ar' : language;
      for (const source of from) {
        const key = keyOf(source, word);
        const known = key ? this.entries.get(key) : undefined;
        for (const t of known ?? (key && source === 'ar' ? this.loanwordsOf(word) : [])) if (t.language !== own) out.push(t.word);
      }
    }
    return out;
  }
}

function shippedConcepts(): LabelRecord[] {
  return (shipped as unknown as { concepts: LabelRecord[] }).concepts;
}

/** The French and English words of the shipped thesaurus's labels, indexed by consonant skeleton. */
export function thesaurusLoanwords(): LoanwordIndex {
  const words: Array<{ word: string; language: string }> = [];
  for (const [, fr, , en] of shippedConcepts()) {
    for (const [language, labels] of [['fr', fr], ['en', en]] as const) {
      for (const label of labels ?? []) for (const word of contentWords(label.replace(QUALIFIER, ''), { stem: false, dropNumbers: true })) words.push({ word, language });
    }
  }
  return new LoanwordIndex(words);
}

function keyOf(language: Language, word: string): string | null {
  const stemmed = stem(word);
  return stemmed.length >= MIN_STEM_LENGTH ? `${language}\u0000${stemmed}` : null;
}
