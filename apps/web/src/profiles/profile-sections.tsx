import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';

export function ProfileSection({ title, level = 2, children }: { title: string; level?: 2 | 3; children: ReactNode }) {
  const titleId = useId();
  return (
    <Stack gap={6} component="section" aria-labelledby={titleId}>
      <Title order={level} size="h4" id={titleId}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export function TagList({ items }: { items: readonly string[] }) {
  const { t } = useI18n();
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('profiles.noneListed')}
      </Text>
    );
  }
  return (
    <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <li key={item}>
          <Badge variant="outline" color="gray" tt="none" maw="100%" dir="auto">
            {item}
          </Badge>
        </li>
      ))}
    </Group>
  );
}

interface Publication {
  title: string;
  year: number;
  doi: string | null;
  abstract: string;
}

/** Newest first; a DOI links to its resolver. */
export function PublicationList({ publications }: { publications: readonly Publication[] }) {
  const { t } = useI18n();
  if (publications.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('profiles.noPublications')}
      </Text>
    );
  }
  const sorted = [...publications].sort((a, b) => b.year - a.year);
  return (
    <Stack gap="md" component="ol" p={0} m={0} style={{ listStyle: 'none' }} data-testid="profile-publications">
      {sorted.map((publication, i) => (
        <li key={`${publication.title}-${i}`}>
          <Stack gap={2}>
            <Text fw={600} dir="auto">
              {publication.title}
            </Text>
            <Text size="sm" c="dimmed">
              {publication.year}
              {publication.doi && (
                <>
                  {' · '}
                  <Anchor href={`https://doi.org/${publication.doi}`} target="_blank" rel="noreferrer" size="sm">
                    {t('profiles.doi', { doi: publication.doi })}
                  </Anchor>
                </>
              )}
            </Text>
            {publication.abstract && (
              <Text size="sm" dir="auto">
                {publication.abstract}
              </Text>
            )}
          </Stack>
        </li>
      ))}
    </Stack>
  );
}
