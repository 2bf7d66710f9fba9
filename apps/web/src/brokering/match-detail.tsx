import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { graphql } from '../gql';
import type { MatchDetailQuery } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { ErrorState, LoadingState } from '../ui/query-states';
import { StartCollaborationForm } from './collaboration-forms';
import { CollaborationSection } from './collaboration-section';
import { ContactCard } from './contact-card';
import { MatchActions } from './match-actions';
import { MatchNoteForm } from './match-note-form';
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
 * A match in a modal dialog (Escape closes it, focus stays inside and returns to the card):
 * both sides' answers, contacts, the collaboration and the audit timeline.
 */
export function MatchDetail({ matchId, onClose }: { matchId: string; onClose: () => void }) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { data, error, refetch } = useQuery(MatchDetailDocument, { variables: { id: matchId } });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  let body;
  if (data) body = <MatchDetailBody match={data.match} titleId={titleId} />;
  else if (error) body = <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  else body = <LoadingState label={t('match.loading')} />;

  return (
    <dialog ref={dialogRef} className="drawer" aria-labelledby={titleId} onClose={onClose} data-testid="match-detail">
      <div className="drawer__bar">
        {!data && (
          <h2 id={titleId} className="drawer__title">
            {t('match.title')}
          </h2>
        )}
        <button type="button" className="button button--small button--secondary drawer__close" onClick={() => dialogRef.current?.close()}>
          {t('match.close')}
        </button>
      </div>
      {body}
    </dialog>
  );
}

function MatchDetailBody({ match, titleId }: { match: Match; titleId: string }) {
  const { t } = useI18n();
  return (
    <div className="drawer__body">
      <header className="match-detail__header">
        <h2 id={titleId} className="drawer__title" dir="auto" lang={match.need.language}>
          {match.need.title}
        </h2>
        <p className="match-detail__parties">
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
        </p>
        <ul className="badges">
          <li className={`badge badge--match badge--${match.status.toLowerCase()}`}>{t(`matchStatus.${match.status}`)}</li>
          {match.outcome && <li className="badge">{t(`outcome.${match.outcome}`)}</li>}
          <li className="badge badge--sector">{t(`sector.${match.need.sector}`)}</li>
        </ul>
        {match.outcomeNote && (
          <p className="match-detail__note" dir="auto">
            {match.outcomeNote}
          </p>
        )}
      </header>

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
    </div>
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
