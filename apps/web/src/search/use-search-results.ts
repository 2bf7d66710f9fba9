import type { ErrorLike } from '@apollo/client';
import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import type { SearchNeedsQuery, SearchResearchersQuery } from '../gql/graphql';
import { useViewer } from '../layout/viewer';
import { useRefetchOnLanguageChange } from '../ui/use-refetch-on-language';
import { SearchNeedsCursorDocument, SearchNeedsDocument, SearchResearchersCursorDocument, SearchResearchersDocument } from './search-documents';
import { kindOf, needFilters, researcherFilters, sortOf, type SearchParams } from './search-params';
import { rememberEndCursor, usePageCursor, type PageStep } from './use-page-cursor';

export const PAGE_SIZE = 20;

export type NeedResults = SearchNeedsQuery['searchNeeds'];
export type ResearcherResults = SearchResearchersQuery['searchResearchers'];
export type SearchResults = { kind: 'needs'; results: NeedResults } | { kind: 'researchers'; results: ResearcherResults };

/**
 * The page of results the address describes, on the tab it names. `results` is undefined while
 * loading; `shown` keeps the previous answer meanwhile (the facets stay in place).
 */
export function useSearchResults(params: SearchParams) {
  const client = useApolloClient();
  const viewerId = useViewer().data?.me.id ?? '';
  const kind = kindOf(params);
  const page = params.page ?? 1;
  const base = { query: params.q ?? '', sort: sortOf(params), first: PAGE_SIZE };
  const needsFilters = needFilters(params);
  const researchersFilters = researcherFilters(params);
  const key = JSON.stringify([viewerId, kind, base, kind === 'needs' ? needsFilters : researchersFilters]);

  const cursor = usePageCursor(key, page, async (after): Promise<PageStep> => {
    if (kind === 'needs') {
      const { data } = await client.query({ query: SearchNeedsCursorDocument, variables: { ...base, filters: needsFilters, after }, fetchPolicy: 'no-cache' });
      return data?.searchNeeds.pageInfo ?? { endCursor: null, hasNextPage: false };
    }
    const { data } = await client.query({ query: SearchResearchersCursorDocument, variables: { ...base, filters: researchersFilters, after }, fetchPolicy: 'no-cache' });
    return data?.searchResearchers.pageInfo ?? { endCursor: null, hasNextPage: false };
  });
  const ready = cursor.after !== undefined;
  const after = cursor.after ?? null;

  const needs = useQuery(
    SearchNeedsDocument,
    kind === 'needs' && ready ? { variables: { ...base, filters: needsFilters, after }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const researchers = useQuery(
    SearchResearchersDocument,
    kind === 'researchers' && ready ? { variables: { ...base, filters: researchersFilters, after }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const active = kind === 'needs' ? needs : researchers;
  useRefetchOnLanguageChange(active.refetch);

  const current: SearchResults | undefined =
    kind === 'needs' ? needs.data && { kind, results: needs.data.searchNeeds } : researchers.data && { kind, results: researchers.data.searchResearchers };
  const answered = current !== undefined;
  const endCursor = current?.results.pageInfo.endCursor ?? null;
  useEffect(() => {
    if (answered) rememberEndCursor(key, page, endCursor);
  }, [answered, key, page, endCursor]);

  const previous: SearchResults | undefined =
    kind === 'needs'
      ? needs.previousData && { kind, results: needs.previousData.searchNeeds }
      : researchers.previousData && { kind, results: researchers.previousData.searchResearchers };

  return {
    results: current,
    shown: current ?? previous,
    loading: !current || active.loading,
    error: (cursor.error as ErrorLike | undefined) ?? active.error,
    lastPage: cursor.lastPage,
    retry: () => {
      if (cursor.error) cursor.retry();
      else void active.refetch().catch(() => undefined);
    },
  };
}
