import type { CreateNeedInput, LanguageCode, NeedStatus, NeedVisibility, Sector } from '../gql/graphql';
import type { MessageKey } from '../i18n/catalogues';
import type { Params } from '../i18n/use-i18n';

/** What the need form edits; Mantine inputs give strings for selects and '' for an empty number. */
export interface NeedFormValues {
  organisationId: string | null;
  title: string;
  description: string;
  sector: Sector | null;
  trlCurrent: string | null;
  trlTarget: string | null;
  budgetMinMad: number | string;
  budgetMaxMad: number | string;
  deadline: string | null;
  language: LanguageCode;
  visibility: NeedVisibility;
  anonymous: 'named' | 'anonymous';
  keywords: string[];
}

/** The stored need the edit form starts from. */
export interface EditableNeed {
  title: string;
  description: string;
  sector: Sector;
  trlCurrent: number;
  trlTarget: number;
  budgetMinMad: number | null;
  budgetMaxMad: number | null;
  deadline: string | null;
  language: LanguageCode;
  visibility: NeedVisibility;
  anonymous: boolean;
  keywords: string[];
  status: NeedStatus;
  organisation: { id: string } | null;
}

export const TITLE_MIN = 8;
export const TITLE_MAX = 160;
export const DESCRIPTION_MIN = 20;
export const DESCRIPTION_MAX = 10_000;
export const KEYWORDS_MAX = 20;
export const KEYWORD_MAX_LENGTH = 60;

export function emptyNeedValues(language: LanguageCode): NeedFormValues {
  return {
    organisationId: null,
    title: '',
    description: '',
    sector: null,
    trlCurrent: null,
    trlTarget: null,
    budgetMinMad: '',
    budgetMaxMad: '',
    deadline: null,
    language,
    visibility: 'PUBLIC',
    anonymous: 'named',
    keywords: [],
  };
}

export function needValues(need: EditableNeed): NeedFormValues {
  return {
    organisationId: need.organisation?.id ?? null,
    title: need.title,
    description: need.description,
    sector: need.sector,
    trlCurrent: String(need.trlCurrent),
    trlTarget: String(need.trlTarget),
    budgetMinMad: need.budgetMinMad ?? '',
    budgetMaxMad: need.budgetMaxMad ?? '',
    deadline: need.deadline,
    language: need.language,
    visibility: need.visibility,
    anonymous: need.anonymous ? 'anonymous' : 'named',
    keywords: need.keywords,
  };
}

/** The API's input (organisation and status are added by the caller). Call once validated. */
export function needInput(values: NeedFormValues): Omit<CreateNeedInput, 'organisationId' | 'status'> {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    sector: values.sector as Sector,
    trlCurrent: Number(values.trlCurrent),
    trlTarget: Number(values.trlTarget),
    budgetMinMad: optionalNumber(values.budgetMinMad),
    budgetMaxMad: optionalNumber(values.budgetMaxMad),
    deadline: values.deadline || null,
    language: values.language,
    visibility: values.visibility,
    anonymous: values.anonymous === 'anonymous',
    keywords: values.keywords,
  };
}

function optionalNumber(value: number | string): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

type Translate = (key: MessageKey, params?: Params) => string;

/** Client-side checks, with messages in the page's language (the API checks the same again). */
export function needValidation(t: Translate, { organisationRequired }: { organisationRequired: boolean }) {
  const required = (value: unknown) => (value === null || value === undefined || String(value).trim() === '' ? t('needs.form.error.required') : null);
  return {
    organisationId: (value: string | null) => (organisationRequired ? required(value) : null),
    title: (value: string) => required(value) ?? (value.trim().length < TITLE_MIN ? t('needs.form.error.tooShort', { min: TITLE_MIN }) : null),
    description: (value: string) =>
      required(value) ?? (value.trim().length < DESCRIPTION_MIN ? t('needs.form.error.tooShort', { min: DESCRIPTION_MIN }) : null),
    sector: required,
    trlCurrent: required,
    trlTarget: (value: string | null, values: NeedFormValues) =>
      required(value) ?? (values.trlCurrent && Number(value) < Number(values.trlCurrent) ? t('needs.form.error.trlOrder') : null),
    budgetMaxMad: (value: number | string, values: NeedFormValues) => {
      const min = optionalNumber(values.budgetMinMad);
      const max = optionalNumber(value);
      return min !== null && max !== null && max < min ? t('needs.form.error.budgetOrder') : null;
    },
  };
}

/** The text matching reads (title, description, keywords), for the concept preview and warnings. */
export function matchingText(values: Pick<NeedFormValues, 'title' | 'description' | 'keywords'>): string {
  return [values.title, values.description, ...values.keywords].map((part) => part.trim()).filter(Boolean).join('\n');
}
