import { useQuery } from '@apollo/client/react';
import { Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { LanguageCode } from '../../gql/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { EmptyState, ErrorState, LoadingState } from '../../ui/query-states';
import { LANGUAGES, SECTORS } from '../event-labels';
import { useLiveRequests } from './my-meeting-requests-tab';
import { ParticipantCard } from './participant-card';

const ParticipantsDocument = graphql(`
  query EventParticipants($id: ID!, $filter: ParticipantFilter) {
    event(id: $id) {
      id
      participants(filter: $filter) {
        id
        kind
        fullName
        organisationName
        city
        sectors
        offer
        seek
        languages
        contact {
          email
          phone
        }
      }
    }
  }
`);

/** The participants' catalogue, with search and filters. */
export function EventParticipantsTab({ eventId, myId, canRequest }: { eventId: string; myId: string | null; canRequest: boolean }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<string | null>(null);
  const [sector, setSector] = useState<string | null>(null);
  const [language, setLanguage] = useState<string | null>(null);
  const filter = { search: search.trim() || null, kind: kind || null, sector: sector || null, language: (language || null) as LanguageCode | null };
  const { data, previousData, error, refetch } = useQuery(ParticipantsDocument, { variables: { id: eventId, filter } });
  const live = useLiveRequests(eventId, myId);
  const shown = (data ?? previousData)?.event.participants;

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md">
        <TextInput label={t('events.catalogue.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={260} maw="100%" dir="auto" type="search" />
        <Select
          label={t('events.catalogue.kind')}
          data={[{ value: '', label: t('events.catalogue.allKinds') }, ...(['INDUSTRIAL', 'RESEARCHER'] as const).map((value) => ({ value, label: t(`events.kind.${value}`) }))]}
          value={kind ?? ''}
          onChange={(value) => setKind(value || null)}
          allowDeselect={false}
          w={180}
        />
        <Select
          label={t('events.catalogue.sector')}
          data={[{ value: '', label: t('events.catalogue.allSectors') }, ...SECTORS.map((value) => ({ value, label: t(`events.sector.${value}`) }))]}
          value={sector ?? ''}
          onChange={(value) => setSector(value || null)}
          allowDeselect={false}
          w={200}
        />
        <Select
          label={t('events.catalogue.language')}
          data={[{ value: '', label: t('events.catalogue.allLanguages') }, ...LANGUAGES.map((value) => ({ value, label: t(`events.language.${value}`) }))]}
          value={language ?? ''}
          onChange={(value) => setLanguage(value || null)}
          allowDeselect={false}
          w={180}
        />
      </Group>
      {!shown && error ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !shown ? (
        <LoadingState label={t('events.page.loading')} />
      ) : shown.length === 0 ? (
        <EmptyState>{t('events.catalogue.empty')}</EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="event-participants">
          {shown.map((p) => (
            <ParticipantCard key={p.id} participant={p} eventId={eventId} self={p.id === myId} requestStatus={live.get(p.id) ?? null} canRequest={canRequest} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
