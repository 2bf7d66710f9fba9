import { Button, Group, Stack } from '@mantine/core';
import { useI18n } from '../i18n/use-i18n';
import { EmptyState } from '../ui/query-states';
import { NeedHitCard } from './need-hit-card';
import { ResearcherHitCard } from './researcher-hit-card';
import { hasFilters, withoutFilters, type SearchParams } from './search-params';
import type { SearchResults } from './use-search-results';

interface SearchResultListProps {
  shown: SearchResults;
  /** A newer search is on its way: the list shown is the previous one. */
  busy: boolean;
  params: SearchParams;
  onBrowse: (next: SearchParams) => void;
}

export function SearchResultList({ shown, busy, params, onBrowse }: SearchResultListProps) {
  const { t } = useI18n();
  const { results } = shown;

  if (results.hits.length === 0) {
    return (
      <Stack gap="sm" aria-busy={busy} data-testid="search-results">
        <EmptyState>
          {params.q ? t('search.empty.query', { query: params.q }) : t('search.empty.filters')} {t('search.empty.try')}
        </EmptyState>
        <Group gap="sm">
          {hasFilters(params) && (
            <Button variant="default" onClick={() => onBrowse(withoutFilters(params))}>
              {t('search.filters.clear')}
            </Button>
          )}
          {params.q && (
            <Button variant="default" onClick={() => onBrowse({ kind: params.kind })}>
              {t('search.empty.browse')}
            </Button>
          )}
        </Group>
      </Stack>
    );
  }

  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none', opacity: busy ? 0.6 : 1 }} aria-busy={busy} data-testid="search-results">
      {shown.kind === 'needs'
        ? shown.results.hits.map((hit) => (
            <li key={hit.need.id}>
              <NeedHitCard hit={hit} />
            </li>
          ))
        : shown.results.hits.map((hit) => (
            <li key={hit.researcher.id}>
              <ResearcherHitCard hit={hit} />
            </li>
          ))}
    </Stack>
  );
}
