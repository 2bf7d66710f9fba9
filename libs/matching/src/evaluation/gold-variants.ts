import { ConceptIndex } from '../../../text/src';
import type { MatcherOptions } from '../scoring/matcher';
import { evaluateGold } from './gold';

/**
 * Re-measures the variants of evaluation/README.md on a gold directory (mean weighted Kendall-tau
 * loss over its splits), each through evaluateGold — the production scoring path:
 *   node dist/libs/matching/src/evaluation/gold-variants.js <dir> [name …]
 */
export const GOLD_VARIANTS: Record<string, MatcherOptions> = {
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
  'words + 4-grams, 0.8 whole + 0.2 best 3': { textModelOptions: { wholeWeight: 0.8 } },
  'concepts counted also when named with the same words': { conceptOptions: { sameWordsCredit: 1 } },
  'no broader concepts': { conceptOptions: { relatedCredit: 0 } },
  'no concepts': { weights: { concepts: 0 } },
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
