import { useQuery } from '@apollo/client/react';
import { Badge, Group, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { MembershipStatus, OrganisationFilter, OrganisationKind, OrganisationsListQuery, Sector } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { FilterSelect } from './filter-select';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { AnchorLink } from '../ui/router-links';
import { useDocumentTitle } from '../ui/use-document-title';
import { CreateOrganisationButton } from './create-organisation-button';
import { KINDS, kindLabel, MEMBERSHIP_COLOURS, membershipLabel, MEMBERSHIPS, SECTORS, sectorLabel } from './member-labels';
import { PageNavigation } from './page-navigation';
import { ScrollTable } from './scroll-table';
import { useCursorPages } from './use-cursor-pages';

const PAGE_SIZE = 20;

export const OrganisationsListDocument = graphql(`
  query OrganisationsList($first: Int!, $after: String, $filter: OrganisationFilter) {
    organisations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          name
          kind
          sectors
          city
          membershipStatus
          archivedAt
        }
      }
    }
  }
`);

type ArchiveState = 'current' | 'archived' | 'all';
type OrganisationRow = OrganisationsListQuery['organisations']['edges'][number]['node'];

interface Filters {
  text: string;
  kind: OrganisationKind | null;
  sector: Sector | null;
  membership: MembershipStatus | null;
  archive: ArchiveState;
}

const NO_FILTERS: Filters = { text: '', kind: null, sector: null, membership: null, archive: 'current' };

/** Staff: every organisation of the cluster, searched and filtered, page by page; create one. */
export function OrganisationsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('members.organisations.title'));
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [text] = useDebouncedValue(filters.text, 300);
  const pages = useCursorPages();
  const { reset } = pages;
  const filter = toApiFilter({ ...filters, text });
  useEffect(reset, [reset, text, filters.kind, filters.sector, filters.membership, filters.archive]);

  const { data, previousData, error, refetch } = useQuery(OrganisationsListDocument, {
    variables: { first: PAGE_SIZE, after: pages.after, filter },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={1}>{t('members.organisations.title')}</Title>
        <CreateOrganisationButton />
      </Group>
      <OrganisationFilters filters={filters} onChange={setFilters} />
      {!shown && error ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !shown ? (
        <LoadingState label={t('members.organisations.loading')} />
      ) : shown.organisations.edges.length === 0 ? (
        <EmptyState>{t('members.organisations.empty')}</EmptyState>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('members.count', { total: shown.organisations.totalCount })}
          </Text>
          <OrganisationsTable organisations={shown.organisations.edges.map((edge) => edge.node)} />
          <PageNavigation
            page={pages.page}
            totalCount={shown.organisations.totalCount}
            pageSize={PAGE_SIZE}
            hasNextPage={shown.organisations.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => pages.next(shown.organisations.pageInfo.endCursor)}
          />
        </Stack>
      )}
    </Stack>
  );
}

function toApiFilter(filters: Filters): OrganisationFilter {
  return {
    nameContains: filters.text.trim() || null,
    kind: filters.kind,
    sector: filters.sector,
    membershipStatus: filters.membership,
    archived: filters.archive === 'all' ? null : filters.archive === 'archived',
    includeArchived: filters.archive === 'all',
  };
}

function OrganisationFilters({ filters, onChange }: { filters: Filters; onChange: (filters: Filters) => void }) {
  const { t } = useI18n();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <Stack gap="sm" component="section" aria-label={t('members.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <TextInput
          type="search"
          label={t('members.search')}
          placeholder={t('members.organisations.searchPlaceholder')}
          value={filters.text}
          onChange={(event) => set({ text: event.currentTarget.value })}
        />
        <FilterSelect
          label={t('members.kindLabel')}
          options={KINDS.map((kind) => ({ value: kind, label: t(kindLabel(kind)) }))}
          value={filters.kind}
          onChange={(kind) => set({ kind })}
        />
        <FilterSelect
          label={t('members.sectorLabel')}
          options={SECTORS.map((sector) => ({ value: sector, label: t(sectorLabel(sector)) }))}
          value={filters.sector}
          onChange={(sector) => set({ sector })}
        />
        <FilterSelect
          label={t('members.membershipLabel')}
          options={MEMBERSHIPS.map((status) => ({ value: status, label: t(membershipLabel(status)) }))}
          value={filters.membership}
          onChange={(membership) => set({ membership })}
        />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="archive-state-label">
          {t('members.archiveState')}
        </Text>
        <SegmentedControl
          aria-labelledby="archive-state-label"
          value={filters.archive}
          onChange={(value) => set({ archive: value as ArchiveState })}
          data={[
            { value: 'current', label: t('members.archiveState.current') },
            { value: 'archived', label: t('members.archiveState.archived') },
            { value: 'all', label: t('members.archiveState.all') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
    </Stack>
  );
}

function OrganisationsTable({ organisations }: { organisations: OrganisationRow[] }) {
  const { t } = useI18n();
  return (
    <ScrollTable minWidth={720} label={t('members.organisations.caption')}>
      <Table striped highlightOnHover data-testid="organisations-table" aria-label={t('members.organisations.caption')} style={{ overflowWrap: 'normal' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('members.organisations.name')}</Table.Th>
            <Table.Th>{t('members.kindLabel')}</Table.Th>
            <Table.Th>{t('members.organisations.sectors')}</Table.Th>
            <Table.Th>{t('members.organisations.place')}</Table.Th>
            <Table.Th>{t('members.membershipLabel')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {organisations.map((organisation) => (
            <Table.Tr key={organisation.id}>
              <Table.Td>
                <AnchorLink to="/organisations/$organisationId" params={{ organisationId: organisation.id }} fw={600}>
                  {organisation.name}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{t(kindLabel(organisation.kind))}</Table.Td>
              <Table.Td>{organisation.sectors.map((sector) => t(sectorLabel(sector))).join(', ')}</Table.Td>
              <Table.Td>{organisation.city}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Group gap={4} wrap="nowrap">
                  <Badge variant="light" color={MEMBERSHIP_COLOURS[organisation.membershipStatus]}>
                    {t(membershipLabel(organisation.membershipStatus))}
                  </Badge>
                  {organisation.archivedAt && (
                    <Badge variant="light" color="gray">
                      {t('members.archived')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
