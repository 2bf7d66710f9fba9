import { NativeSelect } from '@mantine/core';
import { useSession } from '../auth/session';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from './language';
import { useI18n } from './use-i18n';
import { useSaveLanguage } from './use-save-language';

/** Always reachable from the header; the choice applies at once and persists (on the account too, when signed in). */
export function LanguageSwitcher() {
  const { language, setLanguage, t } = useI18n();
  const signedIn = useSession() !== null;
  const saveLanguage = useSaveLanguage();

  function choose(next: Language) {
    setLanguage(next);
    if (signedIn) saveLanguage(next);
  }

  return (
    <NativeSelect
      aria-label={t('language.label')}
      data-testid="language-switcher"
      size="sm"
      w={110}
      value={language}
      onChange={(event) => choose(event.currentTarget.value as Language)}
    >
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGE_NAMES[code]}
        </option>
      ))}
    </NativeSelect>
  );
}
