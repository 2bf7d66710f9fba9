import { useId } from 'react';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from './language';
import { useI18n } from './use-i18n';

/** Always reachable from the header; the choice applies at once and persists. */
export function LanguageSwitcher() {
  const { language, setLanguage, t } = useI18n();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        data-testid="language-switcher"
        value={language}
        onChange={(event) => setLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
