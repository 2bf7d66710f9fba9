import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group } from '@mantine/core';
import { useMemo } from 'react';
import { graphql } from '../gql';
import type { MatchStatus } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { errorCode } from '../ui/describe-error';
import { AnchorLink } from '../ui/router-links';
import { notifyDone, notifyFailure } from '../ui/notify';

const PipelinePairsDocument = graphql(`
  query PipelinePairs($filter: PipelineFilter!) {
    pipeline(filter: $filter, first: 100) {
      edges {
        node {
          id
          status
          need {
            id
          }
          researcher {
            id
          }
        }
      }
    }
  }
`);

const CreateMatchDocument = graphql(`
  mutation ShortlistPair($input: CreateMatchInput!) {
    createMatch(input: $input) {
      id
      status
    }
  }
`);

export interface PipelinePair {
  matchId: string;
  status: MatchStatus;
}

/** The matches already in the pipeline for one need (keyed by expert) or one expert (keyed by need). */
export function usePipelinePairs(side: { needId: string } | { researcherProfileId: string }, enabled = true) {
  const byNeed = 'needId' in side;
  const { data, refetch } = useQuery(PipelinePairsDocument, { variables: { filter: side }, fetchPolicy: 'cache-and-network', skip: !enabled });
  const pairs = useMemo(() => {
    const map = new Map<string, PipelinePair>();
    for (const { node } of data?.pipeline.edges ?? []) map.set(byNeed ? node.researcher.id : node.need.id, { matchId: node.id, status: node.status });
    return map;
  }, [data, byNeed]);
  return { pairs, refetch: () => void refetch().catch(() => undefined) };
}

interface ShortlistPairProps {
  needId: string;
  researcherProfileId: string;
  existing: PipelinePair | undefined;
  /** The accessible name of the button, naming the other side of the pair. */
  label: string;
  onChanged: () => void;
}

/** One click puts a need–expert pair into the pipeline (SHORTLISTED); a pair already there links to it. */
export function ShortlistPair({ needId, researcherProfileId, existing, label, onChanged }: ShortlistPairProps) {
  const { t } = useI18n();
  const [create, { loading }] = useMutation(CreateMatchDocument);

  async function shortlist() {
    try {
      await create({ variables: { input: { needId, researcherProfileId } } });
      notifyDone(t('staff.experts.shortlisted'));
    } catch (caught) {
      // Someone else put the pair in meanwhile: the refetch below shows it as it is.
      if (errorCode(caught as Error) !== 'CONFLICT') notifyFailure(t, caught);
    }
    onChanged();
  }

  if (existing) {
    return (
      <Group gap="xs" data-testid="pair-in-pipeline">
        <Badge variant="light" color="teal.9" tt="none">
          {t('staff.experts.inPipeline', { status: t(`matchStatus.${existing.status}`) })}
        </Badge>
        <AnchorLink to="/pipeline/$matchId" params={{ matchId: existing.matchId }} size="sm">
          {t('staff.experts.openMatch')}
        </AnchorLink>
      </Group>
    );
  }
  return (
    <Button variant="light" size="sm" onClick={() => void shortlist()} loading={loading} aria-label={label}>
      {t('staff.experts.shortlist')}
    </Button>
  );
}
