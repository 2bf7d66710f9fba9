import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../gql';
import type { PendingSignUpsQuery } from '../gql/graphql';
import { LANGUAGE_NAMES } from '../i18n/language';
import { useI18n } from '../i18n/use-i18n';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { isolate } from './display-text';
import { useConfirmAction } from '../ui/use-confirm-action';
import { ProposedOrganisationDetails } from '../staff/proposed-organisation-details';
import { RefuseSignUp } from '../staff/refuse-sign-up';
import { notifyDone, notifyFailure } from '../ui/notify';

const PAGE_SIZE = 100;

const PendingSignUpsDocument = graphql(`
  query PendingSignUps($first: Int!) {
    users(filter: { status: PENDING }, first: $first) {
      totalCount
      edges {
        node {
          id
          fullName
          email
          phone
          role
          preferredLanguage
          createdAt
          organisation {
            id
            name
            kind
            city
            region
            membershipStatus
            sectors
            size
            website
            description
          }
        }
      }
    }
  }
`);

const ApproveUserDocument = graphql(`
  mutation ApproveUser($id: ID!) {
    approveUser(id: $id) {
      id
      status
    }
  }
`);

type PendingPerson = PendingSignUpsQuery['users']['edges'][number]['node'];

/** People who signed up and wait, oldest questions first answered by "Approuver". */
export function PendingSignUps() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(PendingSignUpsDocument, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });

  if (!data && error) return <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!data) return <LoadingState label={t('accounts.approvals.loading')} />;
  const people = data.users.edges.map((edge) => edge.node);
  if (people.length === 0) return <EmptyState>{t('accounts.approvals.empty')}</EmptyState>;
  return (
    <Stack gap="sm">
      {data.users.totalCount > people.length && (
        <Text size="sm" c="dimmed">
          {t('accounts.approvals.partial', { shown: people.length, total: data.users.totalCount })}
        </Text>
      )}
      {people.map((person) => (
        <PendingSignUpCard key={person.id} person={person} onAnswered={() => void refetch().catch(() => undefined)} />
      ))}
    </Stack>
  );
}

function PendingSignUpCard({ person, onAnswered }: { person: PendingPerson; onAnswered: () => void }) {
  const { t, language, formatDateTime } = useI18n();
  const confirm = useConfirmAction();
  const [approve, { loading }] = useMutation(ApproveUserDocument, { refetchQueries: ['PendingSignUpCount'] });
  const organisation = person.organisation;
  const proposed = organisation?.membershipStatus === 'PENDING';

  function askToApprove() {
    confirm({
      title: t('accounts.approvals.confirmTitle', { name: isolate(person.fullName, language) }),
      body: t(proposed ? 'accounts.approvals.confirmBodyWithOrganisation' : 'accounts.approvals.confirmBody', {
        name: isolate(person.fullName, language),
        organisation: isolate(organisation?.name ?? '', language),
      }),
      confirmLabel: t('accounts.approvals.approve'),
      onConfirm: () => void runApproval(),
    });
  }

  async function runApproval() {
    try {
      await approve({ variables: { id: person.id } });
      notifyDone(t('accounts.approvals.approved', { name: isolate(person.fullName, language) }));
      onAnswered();
    } catch (caught) {
      notifyFailure(t, caught);
    }
  }

  return (
    <Card withBorder padding="md" component="article" data-testid="pending-sign-up">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} miw={0}>
            <Title order={3} size="h5">
              {person.fullName}
            </Title>
            <Text size="sm">
              <span dir="ltr">{person.email}</span>
              {person.phone && (
                <>
                  {' · '}
                  <span dir="ltr">{person.phone}</span>
                </>
              )}
            </Text>
          </Stack>
          <Badge variant="light">{t(`role.${person.role}`)}</Badge>
        </Group>
        {organisation && (
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {organisation.name}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`accounts.kind.${organisation.kind}`)} · {organisation.city}, {organisation.region}
            </Text>
            {proposed && (
              <Badge color="orange" variant="light">
                {t('accounts.approvals.newOrganisation')}
              </Badge>
            )}
          </Group>
        )}
        {organisation && proposed && <ProposedOrganisationDetails organisation={organisation} />}
        <Text size="sm" c="dimmed">
          {t('accounts.approvals.details', { language: LANGUAGE_NAMES[person.preferredLanguage], date: formatDateTime(person.createdAt) })}
        </Text>
        <Group>
          <Button onClick={askToApprove} loading={loading} aria-label={t('accounts.approvals.approveWho', { name: person.fullName })}>
            {t('accounts.approvals.approve')}
          </Button>
          <RefuseSignUp person={person} proposedOrganisation={proposed ? (organisation?.name ?? null) : null} onRefused={onAnswered} />
        </Group>
      </Stack>
    </Card>
  );
}
