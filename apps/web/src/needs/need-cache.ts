import type { ApolloCache } from '@apollo/client';

/**
 * After a need is created, edited or archived, the lists it may enter or leave (every needs
 * filter, search results, recommendations) are dropped from the cache and read again when shown.
 */
export function forgetNeedLists(cache: ApolloCache): void {
  for (const fieldName of ['needs', 'searchNeeds', 'recommendedNeeds']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
