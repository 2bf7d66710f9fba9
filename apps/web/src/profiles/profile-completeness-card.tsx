import { Card, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { profileCompleteness } from './profile-completeness';
import type { ProfileFormValues } from './profile-form-values';

/** As the researcher types: how complete the profile is for matching, and what would improve it. */
export function ProfileCompletenessCard({ values }: { values: ProfileFormValues }) {
  const { t, formatPercent } = useI18n();
  const titleId = useId();
  const { share, hints } = profileCompleteness(values);
  const percent = formatPercent(share);

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={titleId} data-testid="profile-completeness">
      <Stack gap="sm">
        <Title order={2} size="h5" id={titleId}>
          {t('profiles.completeness.title')}
        </Title>
        <Progress
          value={share * 100}
          color={share === 1 ? 'teal' : share >= 0.6 ? 'blue' : 'orange'}
          aria-label={t('profiles.completeness.progress', { percent })}
          transitionDuration={200}
        />
        <Text size="sm" fw={600}>
          {t('profiles.completeness.progress', { percent })}
        </Text>
        {hints.length === 0 ? (
          <Text size="sm">{t('profiles.completeness.done')}</Text>
        ) : (
          <Stack gap={4}>
            <Text size="sm">{t('profiles.completeness.intro')}</Text>
            <List size="sm" spacing={4} data-testid="completeness-hints">
              {hints.map((hint) => (
                <List.Item key={hint.key}>{t(hint.key, hint.params)}</List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
