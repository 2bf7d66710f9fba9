import { Badge, DataList, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { LanguageCode, NeedVisibility } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { trlMeaning, trlName } from './need-labels';

export interface NeedFactsNeed {
  trlCurrent: number;
  trlTarget: number;
  budgetMinMad: number | null;
  budgetMaxMad: number | null;
  deadline: string | null;
  language: LanguageCode;
  visibility: NeedVisibility;
  anonymous: boolean;
  keywords: string[];
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  author: { fullName: string } | null;
}

/** Everything about a need besides its text, each fact in words. */
export function NeedFacts({ need }: { need: NeedFactsNeed }) {
  const { t, formatDate } = useI18n();
  return (
    <DataList orientation="vertical" gap="md" withDivider data-testid="need-facts">
      <Fact label={t('needs.trl')}>
        <TrlStep label={t('needs.detail.trlNow')} level={need.trlCurrent} />
        <TrlStep label={t('needs.detail.trlTarget')} level={need.trlTarget} />
      </Fact>
      <Fact label={t('needs.detail.budget')}>
        <BudgetText min={need.budgetMinMad} max={need.budgetMaxMad} />
      </Fact>
      <Fact label={t('needs.detail.deadline')}>{need.deadline ? formatDate(`${need.deadline}T12:00:00`) : t('needs.detail.noDeadline')}</Fact>
      <Fact label={t('needs.detail.language')}>{t(`needs.language.${need.language}`)}</Fact>
      <Fact label={t('needs.visibility')}>
        <Text size="sm" fw={600}>
          {t(`visibility.${need.visibility}`)}
        </Text>
        <Text size="xs" c="gray.7">
          {t(`needs.visibility.explain.${need.visibility}`)}
        </Text>
      </Fact>
      <Fact label={t('needs.detail.anonymity')}>
        <Text size="sm" fw={600}>
          {t(need.anonymous ? 'needs.anonymity.state.anonymous' : 'needs.anonymity.state.named')}
        </Text>
        <Text size="xs" c="gray.7">
          {t(need.anonymous ? 'needs.anonymity.explain.anonymous' : 'needs.anonymity.explain.named')}
        </Text>
      </Fact>
      <Fact label={t('needs.form.keywords')}>
        {need.keywords.length === 0 ? (
          t('needs.detail.noKeywords')
        ) : (
          <Group gap={6}>
            {need.keywords.map((keyword) => (
              <Badge key={keyword} variant="outline" color="gray.8" tt="none" maw="100%">
                {keyword}
              </Badge>
            ))}
          </Group>
        )}
      </Fact>
      {need.author && <Fact label={t('needs.detail.author')}>{need.author.fullName}</Fact>}
      <Fact label={t('needs.detail.dates')}>
        <Text size="sm">{t('needs.detail.createdOn', { date: formatDate(need.createdAt) })}</Text>
        <Text size="sm">{t('needs.detail.updatedOn', { date: formatDate(need.updatedAt) })}</Text>
        {need.archivedAt && <Text size="sm">{t('needs.detail.archivedOn', { date: formatDate(need.archivedAt) })}</Text>}
      </Fact>
    </DataList>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel c="gray.7">{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function TrlStep({ label, level }: { label: string; level: number }) {
  const { t } = useI18n();
  return (
    <div>
      <Text size="sm">
        <Text span fw={600} inherit>
          {label}
        </Text>{' '}
        {t('needs.trl.option', { level, name: t(trlName(level)) })}
      </Text>
      <Text size="xs" c="gray.7">
        {t(trlMeaning(level))}
      </Text>
    </div>
  );
}

function BudgetText({ min, max }: { min: number | null; max: number | null }) {
  const { t, formatNumber } = useI18n();
  if (min !== null && max !== null) return <>{t('needs.budget.range', { min: formatNumber(min), max: formatNumber(max) })}</>;
  if (max !== null) return <>{t('needs.budget.upTo', { max: formatNumber(max) })}</>;
  if (min !== null) return <>{t('needs.budget.from', { min: formatNumber(min) })}</>;
  return <>{t('needs.budget.none')}</>;
}
