import { useId } from 'react';
import { useSession } from '../auth/session';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from './language';
import { useI18n } from './use-i18n';
import { useSaveLanguage } from './use-save-language';

/** Always reachable from the header; the choice applies at once and persists (on the account too, when signed in). */
export function LanguageSwitcher() {
  const { language, setLanguage, t } = useI18n();
  const signedIn = useSession() !== null;
  const saveLanguage = useSaveLanguage();
  const id = useId();

  function choose(next: Language) {
    setLanguage(next);
    if (signedIn) saveLanguage(next);
  }

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} data-testid="language-switcher" value={language} onChange={(event) => choose(event.target.value as Language)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
