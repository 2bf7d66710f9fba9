import { skipToken, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Fieldset, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { SearchFacetFieldsFragment } from '../gql/graphql';
import type { MessageKey } from '../i18n/catalogues';
import { useI18n } from '../i18n/use-i18n';
import { useRefetchOnLanguageChange } from '../ui/use-refetch-on-language';
import { useFacetLabel } from './facet-labels';
import { NeedFacetCountsDocument, ResearcherFacetCountsDocument } from './search-documents';
import {
  FACET_OF,
  FILTER_KEYS,
  kindOf,
  needFilters,
  researcherFilters,
  selectedValues,
  toggleTrl,
  toggleValue,
  trlRange,
  type FilterKey,
  type SearchParams,
} from './search-params';

/** Values shown before "show more"; checked ones are always shown. */
const SHOWN_VALUES = 6;

interface FacetOption {
  value: string;
  label: string;
  count?: number;
  checked: boolean;
}

interface SearchFacetsProps {
  params: SearchParams;
  facets: readonly SearchFacetFieldsFragment[];
  onChange: (next: SearchParams) => void;
}

/**
 * One group of checkboxes per facet, each value with the number of results it leads to. A facet
 * with values checked counts without its own filter, so its other values can still be added.
 */
export function SearchFacets({ params, facets, onChange }: SearchFacetsProps) {
  const { t } = useI18n();
  const kind = kindOf(params);
  const keys = FILTER_KEYS.filter((key) => FACET_OF[kind][key]);
  const facetOf = (key: FilterKey) => facets.find((f) => f.name === FACET_OF[kind][key]);
  const active = (key: FilterKey) => selectedValues(params, key).length > 0;

  if (!keys.some((key) => active(key) || (facetOf(key)?.values.length ?? 0) > 0)) return <Text c="dimmed">{t('search.filters.none')}</Text>;

  function toggle(key: FilterKey, value: string, checked: boolean) {
    onChange(key === 'trl' ? toggleTrl(params, Number(value), checked) : toggleValue(params, key, value, checked));
  }

  return (
    <Stack gap="md">
      {keys.map((key) =>
        active(key) ? (
          <FacetWithOwnCounts key={key} filterKey={key} params={params} fallback={facetOf(key)} onToggle={(value, checked) => toggle(key, value, checked)} />
        ) : (
          <Facet key={key} filterKey={key} facet={facetOf(key)} params={params} onToggle={(value, checked) => toggle(key, value, checked)} />
        ),
      )}
    </Stack>
  );
}

interface FacetProps {
  filterKey: FilterKey;
  params: SearchParams;
  onToggle: (value: string, checked: boolean) => void;
}

function FacetWithOwnCounts({ filterKey, params, fallback, onToggle }: FacetProps & { fallback: SearchFacetFieldsFragment | undefined }) {
  const kind = kindOf(params);
  const query = params.q ?? '';
  const others = { ...params, [filterKey]: undefined };
  const needs = useQuery(NeedFacetCountsDocument, kind === 'needs' ? { variables: { query, filters: needFilters(others) }, fetchPolicy: 'cache-and-network' } : skipToken);
  const researchers = useQuery(
    ResearcherFacetCountsDocument,
    kind === 'researchers' ? { variables: { query, filters: researcherFilters(others) }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  useRefetchOnLanguageChange(kind === 'needs' ? needs.refetch : researchers.refetch);
  const facets = kind === 'needs' ? (needs.data ?? needs.previousData)?.searchNeeds.facets : (researchers.data ?? researchers.previousData)?.searchResearchers.facets;
  const facet = facets?.find((f) => f.name === FACET_OF[kind][filterKey]) ?? fallback;
  return <Facet filterKey={filterKey} facet={facet} params={params} onToggle={onToggle} />;
}

function Facet({ filterKey, facet, params, onToggle }: FacetProps & { facet: SearchFacetFieldsFragment | undefined }) {
  const { t } = useI18n();
  const label = useFacetLabel();
  const options = optionsOf(filterKey, facet, params).map((option) => ({ ...option, label: label(filterKey, option.value, option.label) }));
  if (options.length === 0) return null;
  return <FacetGroup title={t(`search.facet.${filterKey}` as MessageKey)} options={options} onToggle={onToggle} />;
}

/** The API's values (most frequent first), then any checked value the current results no longer count. */
function optionsOf(key: FilterKey, facet: SearchFacetFieldsFragment | undefined, params: SearchParams): FacetOption[] {
  const isChecked = checkedTest(key, params);
  const options: FacetOption[] = (facet?.values ?? []).map((v) => ({ value: v.value, label: v.label ?? v.value, count: v.count, checked: isChecked(v.value) }));
  const listed = new Set(options.map((o) => o.value));
  const missing = key === 'trl' ? [] : selectedValues(params, key).filter((value) => !listed.has(value));
  const all = [...options, ...missing.map((value) => ({ value, label: value, checked: true }))];
  return key === 'trl' ? all.sort((a, b) => Number(a.value) - Number(b.value)) : all;
}

function checkedTest(key: FilterKey, params: SearchParams): (value: string) => boolean {
  if (key === 'trl') {
    const range = trlRange(params);
    return (value) => !!range && Number(value) >= range[0] && Number(value) <= range[1];
  }
  const selected = new Set(selectedValues(params, key));
  return (value) => selected.has(value);
}

interface FacetGroupProps {
  title: string;
  options: FacetOption[];
  onToggle: (value: string, checked: boolean) => void;
}

function FacetGroup({ title, options, onToggle }: FacetGroupProps) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const folded = options.filter((option, i) => i >= SHOWN_VALUES && !option.checked).length;
  const shown = expanded ? options : options.filter((option, i) => i < SHOWN_VALUES || option.checked);

  return (
    <Fieldset legend={title} variant="unstyled" styles={{ legend: { fontWeight: 600, marginBottom: 6 } }}>
      <Stack gap={6}>
        {shown.map((option) => (
          <Checkbox
            key={option.value}
            checked={option.checked}
            onChange={(event) => onToggle(option.value, event.currentTarget.checked)}
            label={option.count === undefined ? option.label : t('search.facet.option', { label: option.label, count: option.count })}
          />
        ))}
        {folded > 0 && (
          <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
            {expanded ? t('search.facet.showLess') : t('search.facet.showMore', { count: folded })}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}
