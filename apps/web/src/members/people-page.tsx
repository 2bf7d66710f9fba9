import { useQuery } from '@apollo/client/react';
import { Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { Role, UserFilter, UserStatus } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { FilterSelect } from './filter-select';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { ROLES, roleLabel, USER_STATUSES, userStatusLabel } from './member-labels';
import { OrganisationFilterSelect } from './organisation-filter-select';
import { PageNavigation } from './page-navigation';
import { PeopleTable } from './people-table';
import { useCursorPages } from './use-cursor-pages';

const PAGE_SIZE = 20;

export const PeopleListDocument = graphql(`
  query PeopleList($first: Int!, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...PersonRow
        }
      }
    }
  }
`);

interface Filters {
  text: string;
  role: Role | null;
  status: UserStatus | null;
  organisationId: string | null;
}

/** Staff: everyone with an account, searched and filtered; suspend, reactivate, re-invite; the admin changes roles. */
export function PeoplePage() {
  const { t } = useI18n();
  useDocumentTitle(t('members.people.title'));
  const [filters, setFilters] = useState<Filters>({ text: '', role: null, status: null, organisationId: null });
  const [text] = useDebouncedValue(filters.text, 300);
  const pages = useCursorPages();
  const { reset } = pages;
  useEffect(reset, [reset, text, filters.role, filters.status, filters.organisationId]);
  const filter: UserFilter = { query: text.trim() || null, role: filters.role, status: filters.status, organisationId: filters.organisationId };
  const { data, previousData, error, refetch } = useQuery(PeopleListDocument, {
    variables: { first: PAGE_SIZE, after: pages.after, filter },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const set = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, ...patch }));

  return (
    <Stack gap="lg">
      <Title order={1}>{t('members.people.title')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" component="section" aria-label={t('members.filters')}>
        <TextInput
          type="search"
          label={t('members.search')}
          placeholder={t('members.people.searchPlaceholder')}
          value={filters.text}
          onChange={(event) => set({ text: event.currentTarget.value })}
        />
        <FilterSelect
          label={t('members.people.roleLabel')}
          options={ROLES.map((role) => ({ value: role, label: t(roleLabel(role)) }))}
          value={filters.role}
          onChange={(role) => set({ role })}
        />
        <FilterSelect
          label={t('members.people.statusLabel')}
          options={USER_STATUSES.map((status) => ({ value: status, label: t(userStatusLabel(status)) }))}
          value={filters.status}
          onChange={(status) => set({ status })}
        />
        <OrganisationFilterSelect value={filters.organisationId} onChange={(organisationId) => set({ organisationId })} />
      </SimpleGrid>
      {!shown && error ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !shown ? (
        <LoadingState label={t('members.people.loading')} />
      ) : shown.users.edges.length === 0 ? (
        <EmptyState>{t('members.people.empty')}</EmptyState>
      ) : (
        <Stack gap="sm">
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('members.count', { total: shown.users.totalCount })}
            </Text>
          </Group>
          <PeopleTable people={shown.users.edges.map((edge) => edge.node)} />
          <PageNavigation
            page={pages.page}
            totalCount={shown.users.totalCount}
            pageSize={PAGE_SIZE}
            hasNextPage={shown.users.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => pages.next(shown.users.pageInfo.endCursor)}
          />
        </Stack>
      )}
    </Stack>
  );
}
