import { Group, Select } from '@mantine/core';
import { useState } from 'react';
import type { LanguageCode, Sector } from '../gql/graphql';
import { LANGUAGE_NAMES } from '../i18n/language';
import { useI18n } from '../i18n/use-i18n';

export interface FilterableExpert {
  researcher: { languages: readonly LanguageCode[]; organisation: { city: string; sectors: readonly Sector[] } | null };
}

export interface ExpertFilterValues {
  sector: string | null;
  city: string | null;
  language: string | null;
}

export function useExpertFilters() {
  return useState<ExpertFilterValues>({ sector: null, city: null, language: null });
}

/** The proposals the filters keep; they narrow the engine's ranked list, never re-rank it. */
export function filterExperts<T extends FilterableExpert>(experts: readonly T[], filters: ExpertFilterValues): T[] {
  return experts.filter(({ researcher }) => {
    const organisation = researcher.organisation;
    if (filters.sector && !organisation?.sectors.includes(filters.sector as Sector)) return false;
    if (filters.city && organisation?.city !== filters.city) return false;
    if (filters.language && !researcher.languages.includes(filters.language as LanguageCode)) return false;
    return true;
  });
}

const unique = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

/** Sector, city and language of the proposed experts: options come from the list itself. */
export function ExpertFilters({ experts, value, onChange }: { experts: readonly FilterableExpert[]; value: ExpertFilterValues; onChange: (value: ExpertFilterValues) => void }) {
  const { t } = useI18n();
  const sectors = unique(experts.flatMap((e) => e.researcher.organisation?.sectors ?? []));
  const cities = unique(experts.flatMap((e) => (e.researcher.organisation ? [e.researcher.organisation.city] : [])));
  const languages = unique(experts.flatMap((e) => e.researcher.languages));
  const common = { clearable: true, placeholder: t('staff.experts.any'), w: { base: '100%', xs: 200 } } as const;
  return (
    <Group gap="sm" align="flex-end" role="group" aria-label={t('staff.experts.filters')}>
      <Select
        {...common}
        label={t('staff.experts.sector')}
        data={sectors.map((sector) => ({ value: sector, label: t(`sector.${sector as Sector}`) }))}
        value={value.sector}
        onChange={(sector) => onChange({ ...value, sector })}
      />
      <Select {...common} label={t('staff.experts.city')} data={cities} value={value.city} onChange={(city) => onChange({ ...value, city })} />
      <Select
        {...common}
        label={t('staff.experts.language')}
        data={languages.map((code) => ({ value: code, label: LANGUAGE_NAMES[code as LanguageCode] }))}
        value={value.language}
        onChange={(language) => onChange({ ...value, language })}
      />
    </Group>
  );
}
