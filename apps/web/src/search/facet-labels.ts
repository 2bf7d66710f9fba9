import { useCallback } from 'react';
import { CATALOGUES, type MessageKey } from '../i18n/catalogues';
import { useI18n } from '../i18n/use-i18n';
import { useLanguageName } from '../profiles/language-name';
import type { FilterKey } from './search-params';

/** Message keys of the enum values each filter may hold; other filters show the API's value or label. */
const VALUE_KEYS: Partial<Record<FilterKey, (value: string) => string>> = {
  sector: (value) => `sector.${value}`,
  orgKind: (value) => `search.orgKind.${value}`,
  availability: (value) => `profiles.availability.${value}`,
};

/** A facet value as the reader says it: enum values translated, languages named, concepts by the API's label. */
export function useFacetLabel() {
  const { t, language } = useI18n();
  const languageName = useLanguageName();

  return useCallback(
    (key: FilterKey, value: string, apiLabel?: string | null): string => {
      if (key === 'trl') return t('search.trl.level', { level: value });
      if (key === 'language') return languageName(value);
      const messageKey = VALUE_KEYS[key]?.(value);
      if (messageKey && messageKey in CATALOGUES[language]) return t(messageKey as MessageKey);
      return apiLabel ?? value;
    },
    [t, language, languageName],
  );
}
