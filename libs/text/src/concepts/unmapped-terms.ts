import { detectLanguage, type Language } from '../language';
import { isArabic, normalise, tokenize } from '../normalise';
import { stem } from '../stem';
import { isStopWord } from '../stop-words';

/** A text to look for unmapped words in: a need or a profile, as a few segments. */
export interface TermDocument {
  id: string;
  kind: 'NEED' | 'PROFILE';
  title: string;
  segments: ReadonlyArray<string | null | undefined>;
}

export interface UnmappedTerm {
  /** The word as most often written (normalised: lower case, no accents or Arabic diacritics). */
  word: string;
  language: Language | '';
  /** Distinct needs and profiles it occurs in. */
  needs: number;
  profiles: number;
  contexts: Array<{ kind: 'NEED' | 'PROFILE'; id: string; title: string; snippet: string }>;
}

export interface UnmappedTermOptions {
  /** Fewest documents a word must occur in (default 2). */
  minDocuments?: number;
  /** A word in more than this share of all documents is too common to be a concept (default 0.1). */
  maxShare?: number;
  limit?: number;
  contexts?: number;
}

const RAW_WORD = /[\p{L}\p{M}\p{N}'’ʼ-]+/gu;

/**
 * Words of any need or profile that are no sector's vocabulary (normalised, as tokenize writes
 * them): verbs of wanting and improving, adverbs, generic nouns of projects and labs. Kept out of
 * the suggestions only; search and matching do not use this list.
 */
const GENERIC_WORDS = new Set(
  (
    'also aussi ainsi tres very more plus moins less such like comme partir particulier particular particulierement interesse interested ' +
    'need needs besoin besoins want souhaitons cherchons looking seek seeking improve improving ameliorer amelioration improvement ' +
    'develop developing developpement development project projet projects projets study studies etude etudes work travail travaux ' +
    'phase phases conditions condition analysis analyse analyses assessment evaluation rich riche small petite petit large grande grand ' +
    'new nouveau nouvelle nouveaux current actuel actuelle local locale export exports support system systems systeme product products ' +
    'produit produits company entreprise cooperative partner partenaire lab laboratoire laboratory team equipe expert experts expertise ' +
    'مثل ايضا كذلك جدا اكثر اقل تحسين تطوير دراسة دراسات مشروع مشاريع مختبر فريق شركة تعاونية منتج المنتجات المنتج منتجات صغيره كبيره ' +
    'help helps aide aider place lieu base basee based visible visibles properties property proprietes propriete ' +
    'one two three four five un une deux trois quatre cinq premier premiere first second deuxieme ' +
    'جديد جديده الحالي التقليدي التقليديه نبحث نريد نحتاج حاجة جهاز اجهزة واحد اثنان ثلاثة مساعدة مكان'
  ).split(' '),
);

/**
 * Words of needs and profiles that no concept covers (neither the thesaurus nor the glossary):
 * what a cluster's staff could teach the glossary next. A word counts once per document (its
 * inflections together, by stem); ranked first by whether it occurs in both needs and profiles
 * (an entry would connect them), then by how many needs it would reach.
 */
export function unmappedTerms(
  source: { extract(text: string): ReadonlyArray<{ start: number; end: number }> },
  documents: readonly TermDocument[],
  options: UnmappedTermOptions = {},
): UnmappedTerm[] {
  const { minDocuments = 2, maxShare = 0.1, limit = 30, contexts = 3 } = options;
  interface Tally {
    needs: Set<string>;
    profiles: Set<string>;
    surfaces: Map<string, number>;
    languages: Map<string, number>;
    contexts: UnmappedTerm['contexts'];
  }
  const tallies = new Map<string, Tally>();
  for (const document of documents) {
    for (const segment of document.segments) {
      if (!segment?.trim()) continue;
      const words = tokenize(segment);
      const covered = new Uint8Array(words.length);
      for (const match of source.extract(segment)) covered.fill(1, match.start, match.end);
      const language = words.length >= 12 ? detectLanguage(segment) : null;
      for (let k = 0; k < words.length; k++) {
        const word = words[k];
        if (covered[k] || isStopWord(word) || GENERIC_WORDS.has(word) || /\p{N}/u.test(word) || word.length < (isArabic(word) ? 3 : 4)) continue;
        const key = stem(word);
        let tally = tallies.get(key);
        if (!tally) {
          tally = { needs: new Set(), profiles: new Set(), surfaces: new Map(), languages: new Map(), contexts: [] };
          tallies.set(key, tally);
        }
        const seen = (document.kind === 'NEED' ? tally.needs : tally.profiles).has(document.id);
        (document.kind === 'NEED' ? tally.needs : tally.profiles).add(document.id);
        tally.surfaces.set(word, (tally.surfaces.get(word) ?? 0) + 1);
        const lang = isArabic(word) ? 'ar' : (language ?? '');
        if (lang) tally.languages.set(lang, (tally.languages.get(lang) ?? 0) + 1);
        if (!seen && tally.contexts.length < contexts * 4) {
          tally.contexts.push({ kind: document.kind, id: document.id, title: document.title, snippet: snippetAround(segment, word) });
        }
      }
    }
  }
  const total = documents.length;
  const ceiling = Math.max(minDocuments, Math.floor(total * maxShare));
  const most = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
  return [...tallies.values()]
    .filter((t) => t.needs.size >= 1 && t.needs.size + t.profiles.size >= minDocuments && t.needs.size + t.profiles.size <= ceiling)
    .map((t) => {
      // Contexts from needs and profiles alike when both have the word.
      const needContexts = t.contexts.filter((c) => c.kind === 'NEED');
      const profileContexts = t.contexts.filter((c) => c.kind === 'PROFILE');
      const picked: UnmappedTerm['contexts'] = [];
      for (let i = 0; picked.length < contexts && (i < needContexts.length || i < profileContexts.length); i++) {
        if (needContexts[i]) picked.push(needContexts[i]);
        if (profileContexts[i] && picked.length < contexts) picked.push(profileContexts[i]);
      }
      return { word: most(t.surfaces), language: most(t.languages) as Language | '', needs: t.needs.size, profiles: t.profiles.size, contexts: picked };
    })
    .sort(
      (a, b) =>
        Number(b.profiles > 0) - Number(a.profiles > 0) ||
        b.needs * Math.max(1, b.profiles) - a.needs * Math.max(1, a.profiles) ||
        b.needs - a.needs ||
        a.word.localeCompare(b.word),
    )
    .slice(0, limit);
}

/** About eight words either side of the first raw word that normalises to `word`. */
function snippetAround(text: string, word: string): string {
  const raws = [...text.matchAll(RAW_WORD)];
  const at = raws.findIndex((raw) => tokenize(raw[0]).includes(word));
  if (at < 0) return text.slice(0, 120);
  const from = raws[Math.max(0, at - 8)];
  const to = raws[Math.min(raws.length - 1, at + 8)];
  const start = from.index ?? 0;
  const end = (to.index ?? 0) + to[0].length;
  return `${start > 0 ? '… ' : ''}${text.slice(start, end)}${end < text.length ? ' …' : ''}`;
}

/** A query as recorded when it found nothing: normalised, single-spaced, at most 200 characters. */
export function normaliseQuery(query: string): string {
  return normalise(query).replace(/\s+/g, ' ').trim().slice(0, 200);
}
