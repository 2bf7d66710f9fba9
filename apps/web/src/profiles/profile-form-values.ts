import { randomId } from '@mantine/hooks';
import type { Availability, LanguageCode, MyProfileQuery, ProfileInput } from '../gql/graphql';
import type { MessageKey } from '../i18n/catalogues';

// The API's limits (apps/api/src/profiles/dto/profile.input.ts).
export const HEADLINE_MAX = 200;
export const EXPERTISE_MAX = 10_000;
export const TAGS_MAX = 30;
export const TAG_MAX_LENGTH = 80;
export const EQUIPMENT_MAX_LENGTH = 120;
export const PUBLICATION_TITLE_MAX = 400;
export const ABSTRACT_MAX = 5000;
const DOI = /^10\.\d{4,9}\/\S+$/;

export const PROFILE_LANGUAGES: readonly LanguageCode[] = ['fr', 'ar', 'en'];
export const AVAILABILITIES: readonly Availability[] = ['AVAILABLE', 'LIMITED', 'UNAVAILABLE'];

export interface PublicationValues {
  /** Keeps each sub-form's inputs in place when one above is removed. */
  key: string;
  title: string;
  year: number | string;
  doi: string;
  abstract: string;
}

export interface ProfileFormValues {
  headline: string;
  expertise: string;
  keywords: string[];
  techniques: string[];
  equipment: string[];
  publications: PublicationValues[];
  languages: LanguageCode[];
  availability: Availability;
  /** TRL levels as the selects hold them ("1"…"9"). */
  trlMin: string;
  trlMax: string;
}

type SavedProfile = NonNullable<MyProfileQuery['myProfile']>;

export function profileValues(profile: SavedProfile | null, language: LanguageCode): ProfileFormValues {
  if (!profile) {
    return { headline: '', expertise: '', keywords: [], techniques: [], equipment: [], publications: [], languages: [language], availability: 'AVAILABLE', trlMin: '1', trlMax: '9' };
  }
  return {
    headline: profile.headline,
    expertise: profile.expertise,
    keywords: [...profile.keywords],
    techniques: [...profile.techniques],
    equipment: [...profile.equipment],
    publications: profile.publications.map((p) => ({ key: randomId(), title: p.title, year: p.year, doi: p.doi ?? '', abstract: p.abstract })),
    languages: [...profile.languages],
    availability: profile.availability,
    trlMin: String(profile.trlMin),
    trlMax: String(profile.trlMax),
  };
}

export function emptyPublication(): PublicationValues {
  return { key: randomId(), title: '', year: new Date().getFullYear(), doi: '', abstract: '' };
}

export function profileInput(values: ProfileFormValues): ProfileInput {
  return {
    headline: values.headline.trim(),
    expertise: values.expertise.trim(),
    keywords: values.keywords,
    techniques: values.techniques,
    equipment: values.equipment,
    publications: values.publications.map((p) => ({ title: p.title.trim(), year: Number(p.year), doi: p.doi.trim() || null, abstract: p.abstract.trim() })),
    languages: values.languages,
    availability: values.availability,
    trlMin: Number(values.trlMin),
    trlMax: Number(values.trlMax),
  };
}

/** The words search and matching read from a profile (what ConceptPreview is given). */
export function profileText(values: ProfileFormValues): string {
  return [values.headline, values.expertise, ...values.keywords, ...values.techniques, ...values.equipment, ...values.publications.map((p) => p.title)]
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n');
}

type Translate = (key: MessageKey) => string;

/** The API's own rules, checked before sending so the messages come in the page's language. */
export function profileValidation(t: Translate) {
  const level = (value: string) => (/^[1-9]$/.test(value) ? null : t('profiles.validation.trl'));
  return {
    headline: (value: string) => (value.trim().length >= 5 ? null : t('profiles.validation.headline')),
    expertise: (value: string) => (value.trim().length >= 20 ? null : t('profiles.validation.expertise')),
    languages: (value: LanguageCode[]) => (value.length > 0 ? null : t('profiles.validation.languages')),
    trlMin: level,
    trlMax: (value: string, values: ProfileFormValues) =>
      level(value) ?? (Number(value) >= Number(values.trlMin) ? null : t('profiles.validation.trlOrder')),
    publications: {
      title: (value: string) => (value.trim().length >= 3 ? null : t('profiles.validation.publicationTitle')),
      year: (value: number | string) => {
        const year = Number(value);
        return value !== '' && Number.isInteger(year) && year >= 1950 && year <= 2100 ? null : t('profiles.validation.publicationYear');
      },
      doi: (value: string) => (value.trim() === '' || DOI.test(value.trim()) ? null : t('profiles.validation.publicationDoi')),
    },
  };
}
