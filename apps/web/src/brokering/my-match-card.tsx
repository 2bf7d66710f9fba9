import { useMutation } from '@apollo/client/react';
import { Group } from '@mantine/core';
import { useMatchRoute } from '@tanstack/react-router';
import { AnchorLink } from '../ui/router-links';
import { useState } from 'react';
import { graphql } from '../gql';
import type { MatchSide, MyMatchFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { FormError } from '../ui/form-error';
import { AnswerMatchDocument, REFETCH_AFTER_ANSWER } from './answer-match';
import { ContactCard } from './contact-card';
import { DeclineForm } from './decline-form';
import { SideAnswer } from './side-answer';

export const MyMatchFieldsFragmentDoc = graphql(`
  fragment MyMatchFields on Match {
    id
    status
    version
    proposedAt
    need {
      id
      title
      language
      sector
      organisation {
        id
        name
        city
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
    ...MatchSidesFields
  }
`);

interface Props {
  match: MyMatchFieldsFragment;
  /** The viewer's side of the match. */
  side: MatchSide;
}

/** One proposal: what it is about, both answers, the buttons to answer, then the other side's contact. */
export function MyMatchCard({ match, side }: Props) {
  const { t, formatDate } = useI18n();
  const [declining, setDeclining] = useState(false);
  const [answer, { loading, error }] = useMutation(AnswerMatchDocument, { refetchQueries: REFETCH_AFTER_ANSWER });
  const industrial = side === 'INDUSTRIAL';
  const mine = industrial ? match.industrialSide : match.researcherSide;
  const theirs = industrial ? match.researcherSide : match.industrialSide;
  const otherContact = match.contacts && (industrial ? match.contacts.researcher : match.contacts.industrial);
  const canAnswer = match.status === 'PROPOSED' && (mine.answer ?? 'PENDING') === 'PENDING';
  const titleId = `my-match-${match.id}`;
  const onItsPage = Boolean(useMatchRoute()({ to: '/matches/$matchId', params: { matchId: match.id } }));

  async function answerInterested() {
    try {
      await answer({ variables: { id: match.id, input: { answer: 'INTERESTED', expectedVersion: match.version } } });
    } catch {
      // Shown below from the hook's error.
    }
  }

  return (
    <article className="my-match" aria-labelledby={titleId} data-testid="my-match" data-status={match.status}>
      <header className="my-match__header">
        <h2 id={titleId} className="my-match__title" dir="auto" lang={match.need.language}>
          {match.need.title}
        </h2>
        <span className={`badge badge--match badge--${match.status.toLowerCase()}`}>{t(`matchStatus.${match.status}`)}</span>
      </header>
      {industrial ? (
        <p className="my-match__other">
          <span className="muted">{t('myMatches.expert')} </span>
          <strong>
            <bdi>{match.researcher.researcher.fullName}</bdi>
          </strong>
          {match.researcher.organisation && (
            <>
              {' · '}
              <bdi>{match.researcher.organisation.name}</bdi>
            </>
          )}
          <br />
          <bdi>{match.researcher.headline}</bdi>
        </p>
      ) : (
        <p className="my-match__other">
          <span className="muted">{t('myMatches.need')} </span>
          <strong>
            <bdi>{match.need.organisation?.name ?? t('needs.anonymousOrganisation')}</bdi>
          </strong>
          <span> · {t(`sector.${match.need.sector}`)}</span>
        </p>
      )}
      {match.proposedAt && <p className="muted">{t('myMatches.proposedOn', { date: formatDate(match.proposedAt) })}</p>}
      <Group gap="md">
        {!onItsPage && (
          <AnchorLink to="/matches/$matchId" params={{ matchId: match.id }} data-testid="my-match-open">
            {t('collab.card.open')}
          </AnchorLink>
        )}
        <AnchorLink to="/needs/$needId" params={{ needId: match.need.id }}>
          {t('collab.card.openNeed')}
        </AnchorLink>
      </Group>

      <div className="two-columns">
        <SideAnswer label={t('myMatches.yourAnswer')} side={mine} />
        <SideAnswer label={t(industrial ? 'myMatches.researcherAnswer' : 'myMatches.industrialAnswer')} side={theirs} />
      </div>

      {canAnswer && !declining && (
        <div className="my-match__actions">
          <button type="button" className="button button--primary" onClick={answerInterested} disabled={loading} aria-busy={loading}>
            {t('myMatches.interested')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setDeclining(true)} disabled={loading} aria-expanded={false}>
            {t('myMatches.decline')}
          </button>
        </div>
      )}
      {error && <FormError error={error} />}
      {canAnswer && declining && <DeclineForm match={match} onCancel={() => setDeclining(false)} />}

      {mine.answer === 'INTERESTED' && match.status === 'PROPOSED' && (
        <p className="notice" role="status">
          {t('myMatches.waitingForOther')}
        </p>
      )}
      {otherContact && (
        <section className="my-match__contact" aria-label={t('myMatches.contactOf')}>
          <p className="notice">{t('myMatches.introduced')}</p>
          <ContactCard label={t(industrial ? 'myMatches.researcherContact' : 'myMatches.industrialContact')} contact={otherContact} />
        </section>
      )}
    </article>
  );
}
