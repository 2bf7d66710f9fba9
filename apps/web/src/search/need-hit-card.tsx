import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { MessageKey } from '../i18n/catalogues';
import { useI18n } from '../i18n/use-i18n';
import { HighlightedText } from './highlighted-text';
import { HitSnippets, snippetsOf } from './hit-snippets';
import type { NeedResults } from './use-search-results';

type NeedHit = NeedResults['hits'][number];

/** A need found by the search: its title opens the need, the snippets say where the words were found. */
export function NeedHitCard({ hit }: { hit: NeedHit }) {
  const { t, formatDate } = useI18n();
  const { need } = hit;
  const [titleSnippet] = snippetsOf(hit.highlights, 'title');
  const organisation = need.organisation ? [need.organisation.name, need.organisation.city].filter(Boolean).join(', ') : t('needs.anonymousOrganisation');

  return (
    <Card withBorder padding="md" radius="md" component="article" data-testid="search-hit">
      <Stack gap={6}>
        <Title order={2} size="h4" lang={need.language} dir="auto">
          <Anchor inherit renderRoot={(props) => <Link {...props} to="/needs/$needId" params={{ needId: need.id }} />}>
            {titleSnippet ? <HighlightedText snippet={titleSnippet} /> : need.title}
          </Anchor>
        </Title>
        <Text size="sm" c="dimmed">
          <bdi>{organisation}</bdi> · {t('search.hit.publishedOn', { date: formatDate(need.createdAt) })}
        </Text>
        <Group gap={6}>
          <Badge variant="light">{t(`sector.${need.sector}` as MessageKey)}</Badge>
          <Badge variant="outline" color="gray">
            {t('search.hit.trl', { current: need.trlCurrent, target: need.trlTarget })}
          </Badge>
        </Group>
        <div lang={need.language}>
          <HitSnippets
            highlights={hit.highlights}
            except={['title']}
            fallback={
              <Text size="sm" lineClamp={3} dir="auto">
                {need.description}
              </Text>
            }
          />
        </div>
      </Stack>
    </Card>
  );
}
