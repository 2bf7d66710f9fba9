import { useQuery } from '@apollo/client/react';
import { Stack, Table, Text, Title } from '@mantine/core';
import { graphql } from '../gql';
import type { AuditHistoryQuery, MembershipStatus, Role, UserStatus } from '../gql/graphql';
import type { MessageKey } from '../i18n/catalogues';
import { useI18n } from '../i18n/use-i18n';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { membershipLabel, roleLabel, userStatusLabel } from './member-labels';
import { ScrollTable } from './scroll-table';

export const AuditHistoryDocument = graphql(`
  query AuditHistory($subjectType: String!, $subjectId: ID!) {
    auditLog(subjectType: $subjectType, subjectId: $subjectId, first: 100) {
      id
      at
      action
      actor {
        id
        fullName
      }
      details {
        name
        value
      }
    }
  }
`);

type Entry = AuditHistoryQuery['auditLog'][number];
type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const ACTIONS = new Set([
  'USER_APPROVED',
  'USER_REFUSED',
  'USER_SUSPENDED',
  'USER_REACTIVATED',
  'ROLE_CHANGED',
  'INVITATION_RESENT',
  'ORGANISATION_CREATED',
  'ORGANISATION_ARCHIVED',
  'ORGANISATION_UNARCHIVED',
  'MEMBERSHIP_CHANGED',
]);

interface Props {
  subjectType: 'USER' | 'ORGANISATION';
  subjectId: string;
  /** The heading level of the section title; none when a modal already names it. */
  headingOrder?: 2 | 3;
}

/** Who did what to this person or organisation, and when, newest first. */
export function AuditHistory({ subjectType, subjectId, headingOrder }: Props) {
  const { t, formatDateTime } = useI18n();
  const { data, error, refetch } = useQuery(AuditHistoryDocument, { variables: { subjectType, subjectId }, fetchPolicy: 'cache-and-network' });
  const titleId = `audit-${subjectId}`;

  let body;
  if (!data && error) body = <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  else if (!data) body = <LoadingState label={t('members.audit.loading')} />;
  else if (data.auditLog.length === 0) body = <EmptyState>{t('members.audit.empty')}</EmptyState>;
  else
    body = (
      <ScrollTable minWidth={480} label={t('members.audit.title')}>
        <Table data-testid="audit-history" aria-labelledby={headingOrder ? titleId : undefined} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('members.audit.when')}</Table.Th>
              <Table.Th>{t('members.audit.what')}</Table.Th>
              <Table.Th>{t('members.audit.who')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.auditLog.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{formatDateTime(entry.at)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {ACTIONS.has(entry.action) ? t(`members.audit.action.${entry.action}` as MessageKey) : entry.action}
                  </Text>
                  {describeDetails(entry, t).map((line) => (
                    <Text size="sm" key={line}>
                      {line}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>{entry.actor?.fullName ?? t('members.audit.platform')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    );

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingOrder ? titleId : undefined}>
      {headingOrder && (
        <Title order={headingOrder} id={titleId}>
          {t('members.audit.title')}
        </Title>
      )}
      {body}
    </Stack>
  );
}

/** "Chercheur → Équipe du cluster", "Motif : …": the details a person reads, values in their language. */
function describeDetails(entry: Entry, t: Translate): string[] {
  const value = (name: string) => entry.details.find((detail) => detail.name === name)?.value;
  const lines: string[] = [];
  const from = value('from');
  const to = value('to');
  if (from && to) lines.push(t('members.audit.change', { from: labelOf(entry.action, from, t), to: labelOf(entry.action, to, t) }));
  const reason = value('reason');
  if (reason) lines.push(t('members.audit.reason', { reason }));
  return lines;
}

function labelOf(action: string, value: string, t: Translate): string {
  if (action === 'ROLE_CHANGED') return t(roleLabel(value as Role));
  if (action === 'MEMBERSHIP_CHANGED') return t(membershipLabel(value as MembershipStatus));
  if (action.startsWith('USER_')) return t(userStatusLabel(value as UserStatus));
  return value;
}
