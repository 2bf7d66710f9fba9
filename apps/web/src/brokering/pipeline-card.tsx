import { graphql } from '../gql';
import type { PipelineCardFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { MatchActions } from './match-actions';

export const PipelineCardFieldsFragmentDoc = graphql(`
  fragment PipelineCardFields on Match {
    id
    status
    version
    statusChangedAt
    need {
      id
      title
      language
      sector
    }
    researcher {
      id
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
  }
`);

interface Props {
  match: PipelineCardFieldsFragment;
  onOpen: (matchId: string) => void;
}

/** One match on the staff board: who, for what, who follows it, how long it has waited. */
export function PipelineCard({ match, onOpen }: Props) {
  const { t, formatDaysAgo } = useI18n();
  return (
    <article className="match-card" data-testid="pipeline-card" data-match-id={match.id}>
      <h3 className="match-card__title">
        <button type="button" className="match-card__open" onClick={() => onOpen(match.id)} dir="auto" lang={match.need.language}>
          {match.need.title}
        </button>
      </h3>
      <p className="match-card__researcher">
        <span dir="auto">{match.researcher.researcher.fullName}</span>
        {match.researcher.organisation && (
          <span className="match-card__lab" dir="auto">
            {match.researcher.organisation.name}
          </span>
        )}
      </p>
      <dl className="match-card__facts">
        <div>
          <dt>{t('pipeline.owner')}</dt>
          <dd dir="auto">{match.owner ? match.owner.fullName : t('pipeline.unassigned')}</dd>
        </div>
        <div>
          <dt>{t('pipeline.sinceChange')}</dt>
          <dd>
            <time dateTime={match.statusChangedAt}>{formatDaysAgo(match.statusChangedAt)}</time>
          </dd>
        </div>
      </dl>
      <MatchActions match={match} />
    </article>
  );
}
