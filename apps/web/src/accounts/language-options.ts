import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/language';

/** The three languages, each named in itself, for a Select. */
export const LANGUAGE_OPTIONS = LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }));
