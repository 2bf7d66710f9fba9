import type { MessageKey } from '../i18n/catalogues';
import type { Params } from '../i18n/use-i18n';
import type { ProfileFormValues } from './profile-form-values';

export const GOOD_EXPERTISE_LENGTH = 300;
export const GOOD_KEYWORD_COUNT = 5;
export const GOOD_TECHNIQUE_COUNT = 3;

export interface CompletenessHint {
  key: MessageKey;
  params?: Params;
}

interface Criterion {
  met: (values: ProfileFormValues) => boolean;
  hint: (values: ProfileFormValues) => CompletenessHint;
}

/**
 * What the matching reads, in the order a researcher would best fix it: the text it analyses,
 * keywords and techniques (lexical and concept evidence), equipment, a publication abstract
 * (more text to find concepts in) and languages (a feature of the score).
 */
const CRITERIA: readonly Criterion[] = [
  { met: (v) => v.headline.trim().length >= 5, hint: () => ({ key: 'profiles.hint.headline' }) },
  {
    met: (v) => v.expertise.trim().length >= GOOD_EXPERTISE_LENGTH,
    hint: (v) => ({ key: 'profiles.hint.expertise', params: { count: v.expertise.trim().length } }),
  },
  { met: (v) => v.keywords.length >= GOOD_KEYWORD_COUNT, hint: (v) => ({ key: 'profiles.hint.keywords', params: { count: v.keywords.length } }) },
  { met: (v) => v.techniques.length >= GOOD_TECHNIQUE_COUNT, hint: () => ({ key: 'profiles.hint.techniques' }) },
  { met: (v) => v.equipment.length > 0, hint: () => ({ key: 'profiles.hint.equipment' }) },
  { met: (v) => v.publications.some((p) => p.title.trim() && p.abstract.trim()), hint: () => ({ key: 'profiles.hint.publication' }) },
  { met: (v) => v.languages.length > 0, hint: () => ({ key: 'profiles.hint.languages' }) },
];

/** How much of what improves matches the profile has (0 to 1), and what is missing. */
export function profileCompleteness(values: ProfileFormValues): { share: number; hints: CompletenessHint[] } {
  const missing = CRITERIA.filter((criterion) => !criterion.met(values));
  return { share: (CRITERIA.length - missing.length) / CRITERIA.length, hints: missing.map((criterion) => criterion.hint(values)) };
}
