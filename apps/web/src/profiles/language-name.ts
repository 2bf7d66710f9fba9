import { useCallback, useMemo } from 'react';
import { useI18n } from '../i18n/use-i18n';

/** A language code named in the reader's language: "arabe", "العربية", "Arabic". */
export function useLanguageName(): (code: string) => string {
  const { language } = useI18n();
  const names = useMemo(() => new Intl.DisplayNames([language], { type: 'language' }), [language]);
  return useCallback(
    (code: string) => {
      const name = names.of(code) ?? code;
      return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
    },
    [names, language],
  );
}
