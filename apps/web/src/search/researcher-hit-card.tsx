import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { MessageKey } from '../i18n/catalogues';
import { useI18n } from '../i18n/use-i18n';
import { HighlightedText } from './highlighted-text';
import { HitSnippets, snippetsOf } from './hit-snippets';
import type { ResearcherResults } from './use-search-results';

type ResearcherHit = ResearcherResults['hits'][number];

/** A researcher found by the search: the name opens the profile (no contact details here). */
export function ResearcherHitCard({ hit }: { hit: ResearcherHit }) {
  const { t, formatDate } = useI18n();
  const profile = hit.researcher;
  const [headlineSnippet] = snippetsOf(hit.highlights, 'headline');
  const lab = profile.organisation ? [profile.organisation.name, profile.organisation.city].filter(Boolean).join(', ') : undefined;

  return (
    <Card withBorder padding="md" radius="md" component="article" data-testid="search-hit">
      <Stack gap={6}>
        <Title order={2} size="h4">
          <Anchor inherit renderRoot={(props) => <Link {...props} to="/researchers/$profileId" params={{ profileId: profile.id }} />}>
            {profile.researcher.fullName}
          </Anchor>
        </Title>
        <Text fw={500} dir="auto">
          {headlineSnippet ? <HighlightedText snippet={headlineSnippet} /> : profile.headline}
        </Text>
        <Text size="sm" c="dimmed">
          {lab && (
            <>
              <bdi>{lab}</bdi> ·{' '}
            </>
          )}
          {t('search.hit.updatedOn', { date: formatDate(profile.updatedAt) })}
        </Text>
        <Group gap={6}>
          <Badge variant="light" color={profile.availability === 'AVAILABLE' ? 'teal' : 'gray'}>
            {t(`profiles.availability.${profile.availability}` as MessageKey)}
          </Badge>
          <Badge variant="outline" color="gray">
            {t('search.hit.trlRange', { min: profile.trlMin, max: profile.trlMax })}
          </Badge>
        </Group>
        <HitSnippets
          highlights={hit.highlights}
          except={['headline']}
          fallback={
            <Text size="sm" lineClamp={3} dir="auto">
              {profile.expertise}
            </Text>
          }
        />
      </Stack>
    </Card>
  );
}
