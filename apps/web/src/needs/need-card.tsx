import { Card, Stack, Text, Title } from '@mantine/core';
import type { NeedsQuery, Role } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { AnchorLink } from '../ui/router-links';
import { ExpressInterest } from './express-interest';
import { NeedBadges } from './need-badges';
import { OrganisationLine } from './organisation-line';

type Need = NeedsQuery['needs']['edges'][number]['node'];

const EXCERPT_LENGTH = 220;

/** The first words of a description, cut on a word boundary. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** A need in a list: its title opens the detail page; researchers may raise a hand from here. */
export function NeedCard({ need, role }: { need: Need; role: Role }) {
  const { t, formatDate } = useI18n();
  return (
    <Card withBorder padding="md" radius="md" component="article" data-testid="need-card" tabIndex={-1} aria-labelledby={`need-${need.id}-title`}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={`need-${need.id}-title`} dir="auto" lang={need.language}>
          <AnchorLink to="/needs/$needId" params={{ needId: need.id }} inherit>
            {need.title}
          </AnchorLink>
        </Title>
        <OrganisationLine organisation={need.organisation} />
        <Text size="sm" dir="auto" lang={need.language}>
          {excerpt(need.description)}
        </Text>
        <NeedBadges need={need} />
        <Text size="xs" c="gray.7" component="time" dateTime={need.createdAt}>
          {t('needs.publishedOn', { date: formatDate(need.createdAt) })}
        </Text>
        {role === 'RESEARCHER' && need.status === 'OPEN' && <ExpressInterest needId={need.id} />}
      </Stack>
    </Card>
  );
}
