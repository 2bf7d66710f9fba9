import type { Settings } from 'meilisearch/dist/index';
import { IndexSettings } from '../search-engine';
import { mutualSynonyms } from '../shared/synonyms';

/** ISO 639-3 codes Meilisearch's localizedAttributes expect. */
const MEILISEARCH_LOCALES = { fr: 'fra', ar: 'ara', en: 'eng' } as const;

/**
 * A requested sort comes right after `words`, as in the embedded engine: with a query, hits that
 * match as many of its words come in the requested order ("newest first" means newest). Without a
 * sort in the request the rule does nothing, so relevance ranking is unchanged.
 */
export const RANKING_RULES = ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness'];

/**
 * How deep results can be paged and the ceiling of exact totals (Meilisearch counts at most
 * maxTotalHits matches); far above a cluster's needs and profiles, below the 20 000 its docs
 * warn about.
 */
export const MAX_TOTAL_HITS = 20_000;

/** Without IndexSettings.maxValuesPerFacet: far more values than a page lists (Meilisearch's default is 100). */
export const MAX_VALUES_PER_FACET = 1_000;

export function buildMeilisearchSettings(settings: IndexSettings): Settings {
  return {
    searchableAttributes: settings.searchableFields,
    filterableAttributes: settings.filterableFields,
    sortableAttributes: settings.sortableFields,
    rankingRules: RANKING_RULES,
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    synonyms: mutualSynonyms(settings.synonyms),
    localizedAttributes: settings.locales?.length
      ? settings.locales.map((locale) => ({ attributePatterns: locale.fields, locales: locale.languages.map((l) => MEILISEARCH_LOCALES[l]) }))
      : null,
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    // Sorted by count, Meilisearch keeps the most frequent values (alphabetical order would keep the first ones by name).
    faceting: { maxValuesPerFacet: settings.maxValuesPerFacet ?? MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
  };
}
