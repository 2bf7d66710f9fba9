import { useQuery } from '@apollo/client/react';
import { Badge, Drawer, Group, Stack, Text } from '@mantine/core';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { graphql } from '../gql';
import type { MatchDetailQuery } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { ErrorState, LoadingState } from '../ui/query-states';
import { StartCollaborationForm } from './collaboration-forms';
import { CollaborationSection } from './collaboration-section';
import { ContactCard } from './contact-card';
import { MatchActions } from './match-actions';
import { MatchNoteForm } from './match-note-form';
import { FindExpertsLink } from './pipeline-card';
import { SideAnswer } from './side-answer';

const MatchDetailDocument = graphql(`
  query MatchDetail($id: ID!) {
    match(id: $id) {
      id
      status
      version
      outcome
      outcomeNote
      createdAt
      need {
        id
        title
        language
        sector
        organisation {
          id
          name
        }
      }
      researcher {
        id
        headline
        researcher {
          id
          fullName
        }
        organisation {
          id
          name
        }
      }
      owner {
        id
        fullName
      }
      ...MatchSidesFields
      timeline {
        id
        event
        fromStatus
        toStatus
        note
        createdAt
        actor {
          id
          fullName
        }
      }
      collaboration {
        ...CollaborationFields
      }
    }
  }
`);

type Match = MatchDetailQuery['match'];

/**
 * A match in a drawer on the reading direction's end side (Escape closes it, focus stays inside
 * and returns to the card): both sides' answers, contacts, the collaboration and the audit timeline.
 */
export function MatchDetail({ matchId, onClose }: { matchId: string; onClose: () => void }) {
  const { t, dir } = useI18n();
  // Opened after the first render, so the drawer notes the card that had the focus and gives it back on closing.
  const [opened, setOpened] = useState(false);
  useEffect(() => setOpened(true), []);
  const { data, error, refetch } = useQuery(MatchDetailDocument, { variables: { id: matchId } });

  let body;
  if (data) body = <MatchDetailBody match={data.match} />;
  else if (error) body = <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  else body = <LoadingState label={t('match.loading')} />;

  return (
    <Drawer
      opened={opened}
      onClose={() => setOpened(false)}
      onExitTransitionEnd={onClose}
      position={dir === 'rtl' ? 'left' : 'right'}
      size="min(52rem, 100vw)"
      padding="md"
      title={
        <Text component="span" fw={700} fz="lg" dir="auto" lang={data?.match.need.language}>
          {data ? data.match.need.title : t('match.title')}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('match.close') }}
      data-testid="match-detail"
    >
      {body}
    </Drawer>
  );
}

function MatchDetailBody({ match }: { match: Match }) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <Stack gap="lg" className="drawer__body" p={0}>
      <Stack gap="xs" className="match-detail__header">
        <Text size="sm">
          <bdi>{match.need.organisation?.name ?? t('needs.anonymousOrganisation')}</bdi>
          <span aria-hidden="true"> ⇄ </span>
          <bdi>{match.researcher.researcher.fullName}</bdi>
          {match.researcher.organisation && (
            <>
              {' ('}
              <bdi>{match.researcher.organisation.name}</bdi>
              {')'}
            </>
          )}
        </Text>
        <Group gap="xs">
          <Badge variant="light" color="petrol">
            {t(`matchStatus.${match.status}`)}
          </Badge>
          {match.outcome && <Badge variant="light" color="gray">{t(`outcome.${match.outcome}`)}</Badge>}
          <Badge variant="light" color="grape">
            {t(`sector.${match.need.sector}`)}
          </Badge>
        </Group>
        {match.outcomeNote && (
          <Text size="sm" c="dimmed" dir="auto">
            {match.outcomeNote}
          </Text>
        )}
        <FindExpertsLink need={match.need} />
      </Stack>

      <MatchActions match={match} />
      {match.status === 'INTRODUCED' && <StartCollaborationForm match={match} />}

      <section aria-labelledby={`${titleId}-answers`}>
        <h3 id={`${titleId}-answers`}>{t('match.answers')}</h3>
        <div className="two-columns">
          <SideAnswer label={t('match.industrialSide')} side={match.industrialSide} />
          <SideAnswer label={t('match.researcherSide')} side={match.researcherSide} />
        </div>
      </section>

      {match.contacts && (
        <section aria-labelledby={`${titleId}-contacts`}>
          <h3 id={`${titleId}-contacts`}>{t('match.contacts')}</h3>
          <div className="two-columns">
            <ContactCard label={t('match.industrialSide')} contact={match.contacts.industrial} />
            <ContactCard label={t('match.researcherSide')} contact={match.contacts.researcher} />
          </div>
        </section>
      )}

      {match.collaboration && <CollaborationSection collaboration={match.collaboration} />}

      <Timeline events={match.timeline ?? []}>
        <MatchNoteForm matchId={match.id} />
      </Timeline>
    </Stack>
  );
}

function Timeline({ events, children }: { events: NonNullable<Match['timeline']>; children?: ReactNode }) {
  const { t, formatDateTime } = useI18n();
  return (
    <section aria-labelledby="timeline-title">
      <h3 id="timeline-title">{t('match.timeline')}</h3>
      {events.length === 0 ? (
        <p className="muted">{t('match.noEvents')}</p>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {events.map((event) => (
            <li key={event.id} className="timeline__event" data-testid="timeline-event">
              <p className="timeline__what">
                <strong>{t(`matchEvent.${event.event}`)}</strong>{' '}
                <span className="timeline__transition">
                  {event.fromStatus ? t(`matchStatus.${event.fromStatus}`) : t('match.created')}
                  <span aria-hidden="true"> {t('match.arrow')} </span>
                  <span className="visually-hidden"> {t('match.to')} </span>
                  {t(`matchStatus.${event.toStatus}`)}
                </span>
              </p>
              <p className="timeline__meta">
                <span dir="auto">{event.actor?.fullName ?? t('match.system')}</span> ·{' '}
                <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
              </p>
              {event.note && (
                <p className="timeline__note" dir="auto">
                  {event.note}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {children}
    </section>
  );
}
