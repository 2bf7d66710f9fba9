import { Box, Button, Collapse, Grid, Group, NativeSelect, Pagination, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useId } from 'react';
import type { SearchFacetFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { SearchBox } from './search-box';
import { SearchFacets } from './search-facets';
import { activeFilterCount, canonical, kindOf, switchKind, withoutFilters, type SearchKind, type SearchParams } from './search-params';
import { SearchResultList } from './search-result-list';
import { PAGE_SIZE, useSearchResults } from './use-search-results';

/**
 * One search for needs and researchers: the query, tab, filters, sort and page all live in the
 * address, so reload, the back button and a shared link give the same results.
 */
export function SearchPage() {
  const { t } = useI18n();
  const params = useSearch({ from: '/app/search' });
  const navigate = useNavigate();
  const kind = kindOf(params);
  const page = params.page ?? 1;
  const search = useSearchResults(params);
  const results = search.results?.results;
  const facets = search.shown?.kind === kind ? search.shown.results.facets : [];
  useDocumentTitle(params.q ? `${params.q} · ${t('search.title')}` : t('search.title'));

  /** Facets and sort keep the reader where they are; a new page of results starts at its top. */
  function go(next: SearchParams, { replace = false, resetScroll = false } = {}) {
    void navigate({ to: '/search', search: canonical(next), replace, resetScroll });
  }

  // A link to a page past the end (there are fewer results now): show the last page instead.
  const { lastPage } = search;
  useEffect(() => {
    if (lastPage !== undefined) go({ ...params, page: lastPage }, { replace: true });
  }, [lastPage]);

  const pages = results ? Math.ceil(results.total / PAGE_SIZE) : 0;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('search.title')}</Title>
        <Text c="dimmed">{t('search.intro')}</Text>
      </Stack>

      <SegmentedControl
        w="fit-content"
        maw="100%"
        aria-label={t('search.kind.label')}
        value={kind}
        onChange={(next) => go(switchKind(params, next as SearchKind))}
        data={[
          { value: 'needs', label: t('search.kind.needs') },
          { value: 'researchers', label: t('search.kind.researchers') },
        ]}
      />

      <SearchBox kind={kind} query={params.q ?? ''} onSearch={(q) => go({ ...params, q: q || undefined, page: undefined })} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <FiltersPanel params={params} facets={facets} onChange={go} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Stack gap="md">
            <Group justify="space-between" align="end" gap="sm">
              <Text role="status" aria-live="polite" fw={600} data-testid="search-total">
                {results ? totalText(t, results.total) : search.error ? '' : t('search.loading')}
              </Text>
              <NativeSelect
                label={t('search.sort.label')}
                value={params.sort ?? 'relevance'}
                onChange={(event) => go({ ...params, sort: event.currentTarget.value === 'newest' ? 'newest' : undefined, page: undefined })}
                data={[
                  { value: 'relevance', label: t('search.sort.relevance') },
                  { value: 'newest', label: t('search.sort.newest') },
                ]}
              />
            </Group>

            {search.error ? (
              <ErrorState error={search.error} onRetry={search.retry} />
            ) : search.shown?.kind === kind ? (
              <SearchResultList
                shown={search.shown}
                busy={search.loading}
                params={params}
                onBrowse={(next) => go(next)}
              />
            ) : (
              <LoadingState label={t('search.loading')} />
            )}

            {pages > 1 && (
              <Box component="nav" aria-label={t('search.pagination')}>
                <Pagination
                  total={pages}
                  value={Math.min(page, pages)}
                  onChange={(next) => go({ ...params, page: next }, { resetScroll: true })}
                  getItemProps={(item) => ({ 'aria-label': t('search.page.number', { page: item }) })}
                  getControlProps={(control) =>
                    control === 'previous' ? { 'aria-label': t('search.page.previous') } : control === 'next' ? { 'aria-label': t('search.page.next') } : {}
                  }
                />
              </Box>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function totalText(t: ReturnType<typeof useI18n>['t'], total: number): string {
  if (total === 0) return t('search.total.zero');
  return total === 1 ? t('search.total.one') : t('search.total.other', { count: total });
}

interface FiltersPanelProps {
  params: SearchParams;
  facets: readonly SearchFacetFieldsFragment[];
  onChange: (next: SearchParams) => void;
}

/** Beside the results on wide screens; behind a button above them on phones. */
function FiltersPanel({ params, facets, onChange }: FiltersPanelProps) {
  const { t } = useI18n();
  const titleId = useId();
  const panelId = useId();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);
  const active = activeFilterCount(params);

  const panel = (
    <Stack gap="md" id={panelId}>
      <Group justify="space-between" gap="xs">
        <Title order={2} size="h4" id={titleId}>
          {t('search.filters.title')}
        </Title>
        {active > 0 && (
          <Button variant="subtle" size="compact-sm" onClick={() => onChange(withoutFilters(params))}>
            {t('search.filters.clear')}
          </Button>
        )}
      </Group>
      <SearchFacets params={params} facets={facets} onChange={onChange} />
    </Stack>
  );

  if (wide) return <section aria-labelledby={titleId}>{panel}</section>;
  return (
    <section aria-labelledby={titleId}>
      <Button variant="default" onClick={toggle} aria-expanded={opened} aria-controls={panelId} fullWidth>
        {opened ? t('search.filters.hide') : active > 0 ? t('search.filters.showCount', { count: active }) : t('search.filters.show')}
      </Button>
      <Collapse expanded={opened}>
        <Box pt="md">{panel}</Box>
      </Collapse>
    </section>
  );
}
