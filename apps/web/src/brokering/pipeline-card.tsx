import { Card, Stack, Text, UnstyledButton } from '@mantine/core';
import { graphql } from '../gql';
import type { PipelineCardFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { AnchorLink } from '../ui/router-links';
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
    <Card component="article" withBorder radius="md" padding="sm" data-testid="pipeline-card" data-match-id={match.id}>
      <Stack gap={6}>
        <Text component="h3" fw={600} size="sm" m={0} lh={1.35}>
          <UnstyledButton
            onClick={() => onOpen(match.id)}
            dir="auto"
            lang={match.need.language}
            fw={600}
            fz="sm"
            c="petrol.8"
            td="underline"
            ta="start"
            style={{ overflowWrap: 'anywhere' }}
          >
            {match.need.title}
          </UnstyledButton>
        </Text>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          <bdi>{match.researcher.researcher.fullName}</bdi>
          {match.researcher.organisation && (
            <Text component="span" size="xs" c="dimmed" display="block">
              <bdi>{match.researcher.organisation.name}</bdi>
            </Text>
          )}
        </Text>
        <Text size="xs" c="dimmed">
          {t('pipeline.owner')} <bdi>{match.owner ? match.owner.fullName : t('pipeline.unassigned')}</bdi>
          {' · '}
          <time dateTime={match.statusChangedAt} title={t('pipeline.sinceChange')}>
            {formatDaysAgo(match.statusChangedAt)}
          </time>
        </Text>
        <FindExpertsLink need={match.need} />
        <MatchActions match={match} />
      </Stack>
    </Card>
  );
}

/** The need page's expert finder (staff see the ranked experts there and add pairs to the pipeline). */
export function FindExpertsLink({ need }: { need: { id: string; title: string } }) {
  const { t } = useI18n();
  return (
    <AnchorLink
      to="/needs/$needId"
      params={{ needId: need.id }}
      hash="suggested-experts-title"
      size="xs"
      aria-label={t('collab.board.findExpertsLabel', { title: need.title })}
      data-testid="find-experts"
    >
      {t('collab.board.findExperts')}
    </AnchorLink>
  );
}
