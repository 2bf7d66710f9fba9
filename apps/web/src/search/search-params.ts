import type { Availability, LanguageCode, NeedSearchFilters, OrganisationKind, ResearcherSearchFilters, SearchSort, Sector } from '../gql/graphql';

export type SearchKind = 'needs' | 'researchers';

/**
 * The filters as the address spells them, one key per facet, several values comma-separated
 * (`sector=COSMETICS,AGRIFOOD`); the same key means the same thing on both tabs.
 */
export const FILTER_KEYS = ['sector', 'trl', 'language', 'orgKind', 'availability', 'city', 'region', 'concept'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The search page's state, all of it in the address (shareable, survives reload and back). */
export interface SearchParams extends Partial<Record<FilterKey, string>> {
  q?: string;
  kind?: SearchKind;
  sort?: 'newest';
  /** 1-based; absent on the first page. */
  page?: number;
}

/** Which facet of the API's answer each filter key shows, per tab (absent: no such filter there). */
export const FACET_OF: Record<SearchKind, Partial<Record<FilterKey, string>>> = {
  needs: { sector: 'sector', trl: 'trlCurrent', language: 'language', orgKind: 'organisationKind', city: 'city', region: 'region', concept: 'concepts' },
  researchers: {
    sector: 'sectors',
    language: 'languages',
    availability: 'availability',
    orgKind: 'organisationKind',
    city: 'city',
    region: 'region',
    concept: 'concepts',
  },
};

// Every value of each enum (the compiler says when the API adds one), to drop unknown ones from a hand-edited address.
const SECTORS: Record<Sector, true> = { AGRIFOOD: true, COSMETICS: true };
const LANGUAGES: Record<LanguageCode, true> = { fr: true, ar: true, en: true };
const AVAILABILITIES: Record<Availability, true> = { AVAILABLE: true, LIMITED: true, UNAVAILABLE: true };
const ORGANISATION_KINDS: Record<OrganisationKind, true> = { COMPANY: true, COOPERATIVE: true, RESEARCH_LAB: true, STARTUP: true, SUPPORT_BODY: true, UNIVERSITY: true };

const isOneOf = (values: Record<string, true>) => (value: string) => Object.hasOwn(values, value);

/** What the API accepts for each filter. */
const VALID_VALUE: Record<FilterKey, (value: string) => boolean> = {
  sector: isOneOf(SECTORS),
  trl: (value) => /^[1-9]$/.test(value),
  language: isOneOf(LANGUAGES),
  orgKind: isOneOf(ORGANISATION_KINDS),
  availability: isOneOf(AVAILABILITIES),
  city: () => true,
  region: () => true,
  concept: (value) => /^c_[0-9a-z]{1,20}$/.test(value),
};

/** Values longer than this, or more of them, are someone's typo or mischief: the API would refuse them. */
const MAX_VALUE_LENGTH = 100;
const MAX_VALUES = 20;
const MAX_QUERY_LENGTH = 1000;

export function validateSearchParams(search: Record<string, unknown>): SearchParams {
  const params: SearchParams = {};
  const q = textOf(search.q)?.slice(0, MAX_QUERY_LENGTH);
  if (q) params.q = q;
  if (search.kind === 'needs' || search.kind === 'researchers') params.kind = search.kind;
  if (search.sort === 'newest') params.sort = 'newest';
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1) params.page = page;
  for (const key of FILTER_KEYS) {
    const values = splitValues(search[key]).filter(VALID_VALUE[key]);
    if (values.length > 0) params[key] = joinValues(values);
  }
  return params;
}

/** The router turns `?q=2024` into a number and `?q=true` into a boolean: a query is text whatever it looks like. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function splitValues(value: unknown): string[] {
  const parts = Array.isArray(value) ? value.map(textOf) : (textOf(value)?.split(',') ?? []);
  const clean = parts.map((part) => part?.trim() ?? '').filter((part) => part !== '' && part.length <= MAX_VALUE_LENGTH);
  return [...new Set(clean)].slice(0, MAX_VALUES);
}

function joinValues(values: string[]): string | undefined {
  return values.length > 0 ? values.join(',') : undefined;
}

export function kindOf(params: SearchParams): SearchKind {
  return params.kind ?? 'needs';
}

export function sortOf(params: SearchParams): SearchSort {
  return params.sort === 'newest' ? 'NEWEST' : 'RELEVANCE';
}

export function selectedValues(params: SearchParams, key: FilterKey): string[] {
  return splitValues(params[key]);
}

/** The same search with one facet value added or removed, back on the first page. */
export function toggleValue(params: SearchParams, key: FilterKey, value: string, checked: boolean): SearchParams {
  const current = selectedValues(params, key).filter((v) => v !== value);
  const next = checked ? [...current, value] : current;
  return { ...params, [key]: joinValues(next), page: undefined };
}

/**
 * TRL is a range in the API (trlMin..trlMax): checking a level widens the range to include it,
 * unchecking one narrows it from that side, so the checked boxes always show the range searched.
 */
export function trlRange(params: SearchParams): [number, number] | undefined {
  const levels = selectedValues(params, 'trl').map(Number).filter((n) => Number.isInteger(n) && n >= 1 && n <= 9);
  return levels.length > 0 ? [Math.min(...levels), Math.max(...levels)] : undefined;
}

export function toggleTrl(params: SearchParams, level: number, checked: boolean): SearchParams {
  const range = trlRange(params);
  let next: [number, number] | undefined;
  if (checked) next = range ? [Math.min(range[0], level), Math.max(range[1], level)] : [level, level];
  else if (range) next = level <= range[0] ? [level + 1, range[1]] : [range[0], level - 1];
  const trl = next && next[0] <= next[1] ? (next[0] === next[1] ? String(next[0]) : `${next[0]},${next[1]}`) : undefined;
  return { ...params, trl, page: undefined };
}

/** Switching tab keeps the query, sort and the filters both tabs share. */
export function switchKind(params: SearchParams, kind: SearchKind): SearchParams {
  const next: SearchParams = { q: params.q, kind, sort: params.sort };
  for (const key of FILTER_KEYS) if (FACET_OF[kind][key] && params[key]) next[key] = params[key];
  return next;
}

/** The address of a search: kind always written (the link says what it searches), defaults and empty values left out. */
export function canonical(params: SearchParams): SearchParams {
  const next: SearchParams = params.q ? { q: params.q, kind: kindOf(params) } : { kind: kindOf(params) };
  for (const key of FILTER_KEYS) if (params[key]) next[key] = params[key];
  if (params.sort === 'newest') next.sort = 'newest';
  if (params.page && params.page > 1) next.page = params.page;
  return next;
}

export function activeFilterCount(params: SearchParams): number {
  return FILTER_KEYS.reduce((count, key) => count + selectedValues(params, key).length, 0);
}

export function hasFilters(params: SearchParams): boolean {
  return FILTER_KEYS.some((key) => params[key]);
}

export function withoutFilters(params: SearchParams): SearchParams {
  return { q: params.q, kind: params.kind, sort: params.sort };
}

export function needFilters(params: SearchParams): NeedSearchFilters {
  const trl = trlRange(params);
  return compact({
    sector: selectedValues(params, 'sector') as NeedSearchFilters['sector'],
    language: selectedValues(params, 'language') as NeedSearchFilters['language'],
    organisationKind: selectedValues(params, 'orgKind') as NeedSearchFilters['organisationKind'],
    city: selectedValues(params, 'city'),
    region: selectedValues(params, 'region'),
    concepts: selectedValues(params, 'concept'),
    trlMin: trl?.[0],
    trlMax: trl?.[1],
  });
}

export function researcherFilters(params: SearchParams): ResearcherSearchFilters {
  return compact({
    sectors: selectedValues(params, 'sector') as ResearcherSearchFilters['sectors'],
    languages: selectedValues(params, 'language') as ResearcherSearchFilters['languages'],
    availability: selectedValues(params, 'availability') as ResearcherSearchFilters['availability'],
    organisationKind: selectedValues(params, 'orgKind') as ResearcherSearchFilters['organisationKind'],
    city: selectedValues(params, 'city'),
    region: selectedValues(params, 'region'),
    concepts: selectedValues(params, 'concept'),
  });
}

/** Leaves out empty lists and absent numbers, so equal searches have equal variables (and cache entries). */
function compact<T extends object>(filters: T): T {
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as T;
}
