import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useConfirmAction } from '../ui/use-confirm-action';
import { graphql } from '../gql';
import type { MembershipStatus, OrganisationDetailQuery } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { errorCode } from '../ui/describe-error';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { AnchorLink } from '../ui/router-links';
import { useDocumentTitle } from '../ui/use-document-title';
import { AuditHistory } from './audit-history';
import { ScrollTable } from './scroll-table';
import { kindLabel, MEMBERSHIP_COLOURS, membershipLabel, MEMBERSHIPS, roleLabel, sectorLabel, USER_STATUS_COLOURS, userStatusLabel } from './member-labels';
import { notifyDone, notifyFailure } from '../ui/notify';

const NEEDS_SHOWN = 50;

const OrganisationDetailDocument = graphql(`
  query OrganisationDetail($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      sectors
      city
      region
      description
      website
      membershipStatus
      archivedAt
      createdAt
      people {
        id
        fullName
        email
        role
        status
      }
    }
  }
`);

const OrganisationNeedsDocument = graphql(`
  query OrganisationNeeds($organisationId: ID!, $first: Int!) {
    needs(first: $first, filter: { organisationId: $organisationId, includeArchived: true }) {
      totalCount
      edges {
        node {
          id
          title
          status
          visibility
          anonymous
          archivedAt
          createdAt
        }
      }
    }
  }
`);

const UpdateMembershipDocument = graphql(`
  mutation UpdateOrganisationMembership($id: ID!, $membershipStatus: MembershipStatus!) {
    updateOrganisation(id: $id, input: { membershipStatus: $membershipStatus }) {
      id
      membershipStatus
    }
  }
`);

const ArchiveOrganisationDocument = graphql(`
  mutation ArchiveOrganisation($id: ID!) {
    archiveOrganisation(id: $id) {
      id
      archivedAt
    }
  }
`);

const UnarchiveOrganisationDocument = graphql(`
  mutation UnarchiveOrganisation($id: ID!) {
    unarchiveOrganisation(id: $id) {
      id
      archivedAt
    }
  }
`);

type Organisation = NonNullable<OrganisationDetailQuery['organisation']>;

/** Staff: one organisation, its membership and archive, its people, its needs and what was done to it. */
export function OrganisationPage() {
  const { t } = useI18n();
  const { organisationId } = useParams({ from: '/app/organisations/$organisationId' });
  const { data, error, refetch } = useQuery(OrganisationDetailDocument, { variables: { id: organisationId }, fetchPolicy: 'cache-and-network' });
  const organisation = data?.organisation;
  useDocumentTitle(organisation?.name ?? t('members.nav.organisations'));

  if (!data && error) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('members.nav.organisations')}</Title>
        {errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT' ? (
          <EmptyState>{t('members.organisation.notFound')}</EmptyState>
        ) : (
          <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
        )}
        <BackLink />
      </Stack>
    );
  }
  if (!organisation) return <LoadingState label={t('members.organisation.loading')} />;

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <BackLink />
        <Group gap="sm" align="center">
          <Title order={1}>{organisation.name}</Title>
          <Badge variant="light" color={MEMBERSHIP_COLOURS[organisation.membershipStatus]}>
            {t(membershipLabel(organisation.membershipStatus))}
          </Badge>
          {organisation.archivedAt && (
            <Badge variant="light" color="gray">
              {t('members.archived')}
            </Badge>
          )}
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <OrganisationFacts organisation={organisation} />
        <OrganisationAdministration organisation={organisation} />
      </SimpleGrid>
      <OrganisationPeople organisation={organisation} />
      <OrganisationNeeds organisationId={organisation.id} />
      <AuditHistory subjectType="ORGANISATION" subjectId={organisation.id} headingOrder={2} />
    </Stack>
  );
}

function BackLink() {
  const { t } = useI18n();
  return (
    <AnchorLink to="/organisations" size="sm">
      {t('members.organisation.back')}
    </AnchorLink>
  );
}

function OrganisationFacts({ organisation }: { organisation: Organisation }) {
  const { t, formatDate } = useI18n();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="organisation-facts">
      <Stack gap="xs">
        <Title order={2} size="h4" id="organisation-facts">
          {t('members.organisation.details')}
        </Title>
        <Text size="sm">
          {t(kindLabel(organisation.kind))} · {organisation.sectors.map((sector) => t(sectorLabel(sector))).join(', ')}
        </Text>
        <Text size="sm">
          {organisation.city}, {organisation.region}
        </Text>
        {organisation.website ? (
          <Anchor href={organisation.website} target="_blank" rel="noreferrer" size="sm" dir="ltr">
            {organisation.website}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t('members.organisation.noWebsite')}
          </Text>
        )}
        <Text size="sm" c={organisation.description ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-line' }}>
          {organisation.description || t('members.organisation.noDescription')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('members.organisation.createdOn', { date: formatDate(organisation.createdAt) })}
          {organisation.archivedAt && ` · ${t('members.organisation.archivedOn', { date: formatDate(organisation.archivedAt) })}`}
        </Text>
      </Stack>
    </Card>
  );
}

/** Membership status (saved after a confirmation) and archiving. */
function OrganisationAdministration({ organisation }: { organisation: Organisation }) {
  const { t } = useI18n();
  const confirm = useConfirmAction();
  const [membership, setMembership] = useState<MembershipStatus>(organisation.membershipStatus);
  useEffect(() => setMembership(organisation.membershipStatus), [organisation.membershipStatus]);
  const refetchQueries = ['OrganisationDetail', 'AuditHistory', 'OrganisationsList'];
  const [updateMembership, membershipState] = useMutation(UpdateMembershipDocument, { refetchQueries });
  const [archive, archiveState] = useMutation(ArchiveOrganisationDocument, { refetchQueries });
  const [unarchive, unarchiveState] = useMutation(UnarchiveOrganisationDocument, { refetchQueries });
  const name = organisation.name;

  const run = async (action: () => Promise<unknown>, success: string) => {
    try {
      await action();
      notifyDone(success);
    } catch (caught) {
      notifyFailure(t, caught);
    }
  };

  function askMembership() {
    confirm({
      title: t('members.organisation.membershipConfirmTitle', { name }),
      body: t('members.organisation.membershipConfirmBody', {
        from: t(membershipLabel(organisation.membershipStatus)),
        to: t(membershipLabel(membership)),
      }),
      confirmLabel: t('members.organisation.saveMembership'),
      onConfirm: () =>
        void run(
          () => updateMembership({ variables: { id: organisation.id, membershipStatus: membership } }),
          t('members.organisation.membershipSaved', { name, status: t(membershipLabel(membership)) }),
        ),
    });
  }

  function askArchive() {
    const archived = !!organisation.archivedAt;
    confirm({
      title: t(archived ? 'members.organisation.unarchiveConfirmTitle' : 'members.organisation.archiveConfirmTitle', { name }),
      body: t(archived ? 'members.organisation.unarchiveConfirmBody' : 'members.organisation.archiveConfirmBody'),
      confirmLabel: t(archived ? 'members.organisation.unarchive' : 'members.organisation.archive'),
      color: archived ? undefined : 'red',
      onConfirm: () =>
        void run(
          () => (archived ? unarchive : archive)({ variables: { id: organisation.id } }),
          t(archived ? 'members.organisation.unarchived' : 'members.organisation.archived', { name }),
        ),
    });
  }

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="organisation-membership">
      <Stack gap="md">
        <Title order={2} size="h4" id="organisation-membership">
          {t('members.organisation.membership')}
        </Title>
        <Group align="flex-end" gap="sm">
          <Select
            label={t('members.organisation.membership')}
            data={MEMBERSHIPS.map((status) => ({ value: status, label: t(membershipLabel(status)) }))}
            value={membership}
            onChange={(value) => value && setMembership(value as MembershipStatus)}
            allowDeselect={false}
            style={{ flex: '1 1 12rem' }}
          />
          <Button onClick={askMembership} disabled={membership === organisation.membershipStatus} loading={membershipState.loading}>
            {t('members.organisation.saveMembership')}
          </Button>
        </Group>
        <Group>
          <Button
            variant={organisation.archivedAt ? 'default' : 'outline'}
            color={organisation.archivedAt ? undefined : 'red'}
            onClick={askArchive}
            loading={archiveState.loading || unarchiveState.loading}
          >
            {t(organisation.archivedAt ? 'members.organisation.unarchive' : 'members.organisation.archive')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function OrganisationPeople({ organisation }: { organisation: Organisation }) {
  const { t } = useI18n();
  const people = organisation.people ?? [];
  return (
    <Stack gap="xs" component="section" aria-labelledby="organisation-people">
      <Title order={2} id="organisation-people">
        {t('members.organisation.people')}
      </Title>
      {people.length === 0 ? (
        <EmptyState>{t('members.organisation.noPeople')}</EmptyState>
      ) : (
        <ScrollTable minWidth={560} label={t('members.organisation.people')}>
          <Table data-testid="organisation-people" aria-labelledby="organisation-people">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('members.people.name')}</Table.Th>
                <Table.Th>{t('members.people.email')}</Table.Th>
                <Table.Th>{t('members.people.roleLabel')}</Table.Th>
                <Table.Th>{t('members.people.statusLabel')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Td>{person.fullName}</Table.Td>
                  <Table.Td>
                    <span dir="ltr">{person.email}</span>
                  </Table.Td>
                  <Table.Td>{t(roleLabel(person.role))}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={USER_STATUS_COLOURS[person.status]}>
                      {t(userStatusLabel(person.status))}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}

function OrganisationNeeds({ organisationId }: { organisationId: string }) {
  const { t, formatDate } = useI18n();
  const { data, error, refetch } = useQuery(OrganisationNeedsDocument, { variables: { organisationId, first: NEEDS_SHOWN }, fetchPolicy: 'cache-and-network' });
  let body;
  if (!data && error) body = <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  else if (!data) body = <LoadingState label={t('members.organisation.needsLoading')} />;
  else if (data.needs.edges.length === 0) body = <EmptyState>{t('members.organisation.noNeeds')}</EmptyState>;
  else
    body = (
      <Stack gap="xs">
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="organisation-needs">
          {data.needs.edges.map(({ node: need }) => (
            <Group component="li" key={need.id} gap="xs" wrap="wrap">
              <AnchorLink to="/needs/$needId" params={{ needId: need.id }} dir="auto">
                {need.title}
              </AnchorLink>
              <Badge variant="light" size="sm">
                {t(`status.${need.status}`)}
              </Badge>
              <Badge variant="light" color="gray" size="sm">
                {t(`visibility.${need.visibility}`)}
              </Badge>
              {need.archivedAt && (
                <Badge variant="light" color="gray" size="sm">
                  {t('members.organisation.needArchived')}
                </Badge>
              )}
              <Text size="xs" c="dimmed">
                {formatDate(need.createdAt)}
              </Text>
            </Group>
          ))}
        </Stack>
        {data.needs.totalCount > data.needs.edges.length && (
          <Text size="sm" c="dimmed">
            {t('members.organisation.needsPartial', { shown: data.needs.edges.length, total: data.needs.totalCount })}
          </Text>
        )}
      </Stack>
    );
  return (
    <Stack gap="xs" component="section" aria-labelledby="organisation-needs-title">
      <Title order={2} id="organisation-needs-title">
        {t('members.organisation.needs')}
      </Title>
      {body}
    </Stack>
  );
}
