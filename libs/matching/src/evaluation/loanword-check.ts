import shipped from '../../../text/data/agrovoc-concepts.json';
import { contentWords, normalise, stem } from '../../../text/src';
import { thesaurusLoanwords } from '../text-model/lexicon';

/**
 * Precision of the loanword route (libs/text transliterate.ts) on the thesaurus itself, independent
 * of any collection: every distinct Arabic word of AGROVOC's Arabic labels is read as a loanword and
 * matched against the French and English words of all labels; a match is right when the Latin word
 * is a word of the same concept's French or English labels (up to inflection), else counted wrong
 * (some of those are right all the same: a word of another concept's label). Prints the counts and
 * the wrong matches:
 *   node dist/libs/matching/src/evaluation/loanword-check.js [--all]
 */
type LabelRecord = [code: string, fr: string[], ar: string[], en: string[], broader: string[]];

const group = (word: string) => stem(normalise(word)).replace(/[aeiouy]+$/, '');

export function checkLoanwords(): { words: number; matched: number; right: number; wrong: Array<[string, string, string]>; buildMs: number; skeletons: number; matchMs: number } {
  const started = performance.now();
  const index = thesaurusLoanwords();
  const buildMs = performance.now() - started;
  const concepts = (shipped as unknown as { concepts: LabelRecord[] }).concepts;
  const seen = new Map<string, Set<string>>(); // Arabic word → groups of the Latin words of its concepts
  for (const [, fr, ar, en] of concepts) {
    const latin = new Set([...fr, ...en].flatMap((label) => contentWords(label, { stem: false, dropNumbers: true })).map(group));
    for (const label of ar) {
      for (const word of contentWords(label, { stem: false, dropNumbers: true })) {
        const groups = seen.get(word) ?? new Set<string>();
        for (const g of latin) groups.add(g);
        seen.set(word, groups);
      }
    }
  }
  let matched = 0;
  let right = 0;
  const wrong: Array<[string, string, string]> = [];
  const matching = performance.now();
  for (const [word, groups] of seen) {
    const found = index.match(word);
    if (!found.length) continue;
    matched++;
    if (found.some((m) => groups.has(group(m.word)))) right++;
    else wrong.push([word, found.map((m) => m.word).join('/'), [...groups].slice(0, 6).join(' ')]);
  }
  return { words: seen.size, matched, right, wrong, buildMs, skeletons: index.size, matchMs: performance.now() - matching };
}

if (require.main === module) {
  const { words, matched, right, wrong, buildMs, skeletons, matchMs } = checkLoanwords();
  console.log(`Loanword index of the thesaurus's French and English label words: ${skeletons} skeletons, built in ${buildMs.toFixed(0)} ms; ${words} words read in ${matchMs.toFixed(0)} ms`);
  console.log(`Arabic label words: ${words}; read as loanwords: ${matched}; right (a word of the same concept): ${right} (${((100 * right) / Math.max(1, matched)).toFixed(1)}%); other: ${wrong.length}`);
  for (const [word, latin, own] of wrong) console.log(`  ${word} → ${latin}   (concept words: ${own})`);
}
