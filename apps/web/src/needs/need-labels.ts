import type { LanguageCode } from '../gql/graphql';
import type { MessageKey } from '../i18n/catalogues';

/** Technology readiness levels, each with a plain-language name and meaning in the catalogue. */
export const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type TrlLevel = (typeof TRL_LEVELS)[number];

export function isTrlLevel(value: number): value is TrlLevel {
  return (TRL_LEVELS as readonly number[]).includes(value);
}

export function trlName(level: number): MessageKey {
  return isTrlLevel(level) ? `needs.trl.name.${level}` : 'needs.trl.unknown';
}

export function trlMeaning(level: number): MessageKey {
  return isTrlLevel(level) ? `needs.trl.meaning.${level}` : 'needs.trl.unknown';
}

export const NEED_LANGUAGES: readonly LanguageCode[] = ['fr', 'ar', 'en'];

/** The features of a match score (libs/matching FeatureName), by their localized name. */
const FEATURE_NAMES = {
  lexical: 'needs.feature.lexical',
  concepts: 'needs.feature.concepts',
  sector: 'needs.feature.sector',
  trl: 'needs.feature.trl',
  techniques: 'needs.feature.techniques',
  equipment: 'needs.feature.equipment',
  languages: 'needs.feature.languages',
  place: 'needs.feature.place',
} as const satisfies Record<string, MessageKey>;

/** A feature's name for the reader; a feature added to the API later shows its own name until translated. */
export function featureName(name: string, t: (key: MessageKey) => string): string {
  return name in FEATURE_NAMES ? t(FEATURE_NAMES[name as keyof typeof FEATURE_NAMES]) : name;
}
