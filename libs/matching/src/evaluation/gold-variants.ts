import { ConceptIndex } from '../../../text/src';
import type { MatcherOptions } from '../scoring/matcher';
import { BilingualLexicon } from '../text-model/lexicon';
import { evaluateGold } from './gold';

/**
 * Per-facet expertise (issue 10, item 7): the profile's best-matching units (a publication, or the
 * profile statement) scored beside the whole profile (TextModel wholeWeight/topK, words + 4-grams).
 * In GOLD_VARIANTS and COLLECTION_VARIANTS, so that cross-validation chooses among them and the default.
 */
export const FACET_VARIANTS: Record<string, MatcherOptions> = {
  'facets: 0.8 whole + 0.2 best 3': { textModelOptions: { wholeWeight: 0.8, topK: 3 } },
  'facets: 0.5 whole + 0.5 best 3': { textModelOptions: { wholeWeight: 0.5, topK: 3 } },
  'facets: 0.5 whole + 0.5 best 1': { textModelOptions: { wholeWeight: 0.5, topK: 1 } },
  'facets: best 3 only': { textModelOptions: { wholeWeight: 0, topK: 3 } },
};

/**
 * Re-measures the variants of evaluation/README.md on a gold directory (mean weighted Kendall-tau
 * loss over its splits), each through evaluateGold — the production scoring path:
 *   node dist/libs/matching/src/evaluation/gold-variants.js <dir> [name …]
 */
export const GOLD_VARIANTS: Record<string, MatcherOptions> = {
  'no concept prior': { conceptOptions: { prior: 0 } },
  'words only, raw tf': { textModelOptions: { charNgram: 0, sublinearTf: false } },
  'words only, raw tf, light stem': { textModelOptions: { charNgram: 0, sublinearTf: false, stem: true } },
  'words only (sublinear tf)': { textModelOptions: { charNgram: 0 } },
  'words only, light stem': { textModelOptions: { charNgram: 0, stem: true } },
  'words only, + bigrams': { textModelOptions: { charNgram: 0, bigrams: true } },
  'words only, titles ×2': { textModelOptions: { charNgram: 0, titleWeight: 2 } },
  'words only, numbers kept': { textModelOptions: { charNgram: 0, dropNumbers: false } },
  'words only, best 3 publications only': { textModelOptions: { charNgram: 0, wholeWeight: 0 } },
  'words only, 0.5 whole + 0.5 best 3': { textModelOptions: { charNgram: 0, wholeWeight: 0.5 } },
  'words only, 0.8 whole + 0.2 best 3': { textModelOptions: { charNgram: 0, wholeWeight: 0.8 } },
  'character 4-grams only': { textModelOptions: { charWeight: 1 } },
  'words + 3-grams': { textModelOptions: { charNgram: 3 } },
  'words + 5-grams': { textModelOptions: { charNgram: 5 } },
  'words + 4-grams, 0.3 / 0.7': { textModelOptions: { charWeight: 0.3 } },
  ...FACET_VARIANTS,
  'concepts counted also when named with the same words': { conceptOptions: { sameWordsCredit: 1 } },
  'no broader concepts': { conceptOptions: { relatedCredit: 0 } },
  'no concepts': { weights: { concepts: 0 } },
  'no translated words': { translation: false },
  /** Arabic-script loanwords (libs/text transliterate.ts): English gold has none, so it must equal default. */
  loanwords: {
    get translation() {
      return BilingualLexicon.shippedWithLoanwords();
    },
  },
  default: {},
};

if (require.main === module) {
  const [dir, ...names] = process.argv.slice(2);
  if (!dir) throw new Error('Usage: gold-variants <dir> [variant name …]');
  const concepts = ConceptIndex.loadDefault();
  for (const name of names.length ? names : Object.keys(GOLD_VARIANTS)) {
    const result = evaluateGold(dir, { matcher: { concepts, ...GOLD_VARIANTS[name] } });
    console.log(`${result.meanLoss.toFixed(4)}  ${name}`);
  }
}
