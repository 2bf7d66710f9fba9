import { Badge, Grid, Group, List, Progress, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { featureName } from './need-labels';

export interface ScoredFeature {
  name: string;
  /** weight × value; the contributions sum to the score. */
  contribution: number;
}

/** Contributions this small do not move a ranking: left out so the bars say something. */
const NEGLIGIBLE_SHARE = 0.005;
const SCORE_LOCALES = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' } as const;

/** Why a match scores what it does: one bar per feature, its share of the score. */
export function MatchFeatures({ features, score }: { features: readonly ScoredFeature[]; score: number }) {
  const { t, formatPercent } = useI18n();
  const shown = features
    .map((feature) => ({ ...feature, share: score > 0 ? feature.contribution / score : 0 }))
    .filter((feature) => feature.share >= NEGLIGIBLE_SHARE)
    .sort((a, b) => b.share - a.share);
  if (shown.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        {t('needs.features.none')}
      </Text>
    );
  }
  return (
    <Stack gap={8} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('needs.features.title')} data-testid="match-features">
      {shown.map((feature) => {
        const name = featureName(feature.name, t);
        const share = formatPercent(feature.share);
        return (
          <li key={feature.name}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{name}</Text>
              <Text size="xs" c="gray.7" style={{ whiteSpace: 'nowrap' }}>
                {share}
              </Text>
            </Group>
            <Progress value={feature.share * 100} size="sm" aria-label={t('needs.features.share', { feature: name, share })} />
          </li>
        );
      })}
    </Stack>
  );
}

/** The match score, read as a number with two decimals. */
export function ScoreBadge({ score }: { score: number }) {
  const { t, language } = useI18n();
  const format = useMemo(() => new Intl.NumberFormat(SCORE_LOCALES[language], { minimumFractionDigits: 2, maximumFractionDigits: 2 }), [language]);
  return (
    <Badge variant="light" size="lg" tt="none" data-testid="match-score">
      {t('needs.features.score', { score: format.format(score) })}
    </Badge>
  );
}

/** The reasons of a match, sentences already in the reader's language (strongest first). */
export function MatchReasons({ reasons }: { reasons: readonly string[] }) {
  const { t } = useI18n();
  if (reasons.length === 0) return null;
  return (
    <List size="sm" spacing={4} aria-label={t('needs.features.reasons')} data-testid="match-reasons">
      {reasons.map((reason) => (
        <List.Item key={reason}>
          <ReasonText reason={reason} />
        </List.Item>
      ))}
    </List>
  );
}

/** Why a pair was proposed: the reasons in words beside a bar per feature. */
export function MatchExplanation({ reasons, features, score }: { reasons: readonly string[]; features: readonly ScoredFeature[]; score: number }) {
  const { t } = useI18n();
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, sm: 7 }}>
        <Text size="sm" fw={600} mb={4}>
          {t('needs.features.reasons')}
        </Text>
        <MatchReasons reasons={reasons} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <Text size="sm" fw={600} mb={4}>
          {t('needs.features.title')}
        </Text>
        <MatchFeatures features={features} score={score} />
      </Grid.Col>
    </Grid>
  );
}

/**
 * One reason, "label: value", with the value isolated (<bdi>): French terms or a quoted title inside
 * an Arabic sentence keep their own order and the quotes stay at the right ends.
 */
export function ReasonText({ reason }: { reason: string }) {
  const at = reason.indexOf(':');
  if (at < 0) return <bdi>{reason}</bdi>;
  const value = reason.slice(at + 1);
  const lead = /^\s*/.exec(value)?.[0] ?? '';
  return (
    <>
      {reason.slice(0, at + 1)}
      {lead}
      <bdi>{value.slice(lead.length)}</bdi>
    </>
  );
}
