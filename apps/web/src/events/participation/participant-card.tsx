import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { LanguageCode, ParticipantKind, Sector } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { MEETING_STATUS_COLOURS, type MeetingStatus } from '../event-labels';
import { RequestMeetingButton } from '../request-meeting';

export type Participant = { id: string; fullName: string; organisationName?: string | null; contact?: { email: string; phone?: string | null } | null };

/** One participant of the catalogue or the suggestions: who they are, what they offer and seek, and a request button. */
export function ParticipantCard({
  participant,
  eventId,
  self,
  requestStatus,
  canRequest,
  children,
}: {
  participant: Participant & { kind: ParticipantKind; offer: string; seek: string; languages: LanguageCode[]; sectors?: Sector[]; city?: string | null };
  eventId: string;
  self: boolean;
  requestStatus: MeetingStatus | null;
  canRequest: boolean;
  children?: React.ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-labelledby={`participant-${participant.id}`} data-testid="participant-card">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={3} size="h5" id={`participant-${participant.id}`} dir="auto">
            {participant.fullName}
            {self ? ` (${t('events.you')})` : ''}
          </Title>
          <Badge variant="light" color={participant.kind === 'INDUSTRIAL' ? 'orange' : 'indigo'}>
            {t(`events.kind.${participant.kind}`)}
          </Badge>
        </Group>
        {participant.organisationName && (
          <Text size="sm" fw={500} dir="auto">
            {participant.organisationName}
            {participant.city ? ` · ${participant.city}` : ''}
          </Text>
        )}
        {participant.offer && (
          <Text size="sm" lineClamp={4}>
            <Text span fw={600}>
              {t('events.offers')}
            </Text>{' '}
            <span dir="auto">{participant.offer}</span>
          </Text>
        )}
        {participant.seek && (
          <Text size="sm" lineClamp={4}>
            <Text span fw={600}>
              {t('events.seeks')}
            </Text>{' '}
            <span dir="auto">{participant.seek}</span>
          </Text>
        )}
        {participant.languages.length > 0 && (
          <Text size="sm" c="dimmed">
            {participant.languages.map((code) => t(`events.language.${code}`)).join(' · ')}
          </Text>
        )}
        {participant.contact && !self && (
          <Text size="sm">
            <Text span fw={600}>
              {t('events.contact')}
            </Text>{' '}
            <span dir="ltr">
              {participant.contact.email}
              {participant.contact.phone ? ` · ${participant.contact.phone}` : ''}
            </span>
          </Text>
        )}
        {children}
        {!self && (
          <Group gap="xs" mt={4}>
            {requestStatus ? (
              <Badge variant="light" color={MEETING_STATUS_COLOURS[requestStatus]}>
                {t('events.requestStatus', { status: t(`events.meeting.${requestStatus}`) })}
              </Badge>
            ) : (
              canRequest && <RequestMeetingButton eventId={eventId} participant={participant} />
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
