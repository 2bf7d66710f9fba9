import { useQuery } from '@apollo/client/react';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { graphql } from '../gql';
import type { OrganisationKind, Role } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';

const SignUpOrganisationsDocument = graphql(`
  query SignUpOrganisations($query: String, $first: Int) {
    signUpOrganisations(query: $query, first: $first) {
      id
      name
      kind
      city
    }
  }
`);

/** The organisations each role may belong to (the API refuses any other pairing). */
export const KINDS_FOR_ROLE: Partial<Record<Role, readonly OrganisationKind[]>> = {
  INDUSTRIAL: ['COMPANY', 'STARTUP', 'COOPERATIVE'],
  RESEARCHER: ['RESEARCH_LAB', 'UNIVERSITY'],
};

/** The API answers at most 20. */
const RESULTS = 20;

interface Option {
  value: string;
  label: string;
}

type Props = Omit<SelectProps, 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'> & {
  /** Only organisations of these kinds are offered; none at all without kinds. */
  kinds: readonly OrganisationKind[] | undefined;
};

/** A searchable list of the cluster's organisations, searched on the server as the person types. */
export function OrganisationSelect({ kinds, value, onChange, ...props }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Option | null>(null);
  const [debounced] = useDebouncedValue(search, 250);
  // Once an organisation is chosen the box shows its label: search by that would hide the others.
  const query = chosen && search === chosen.label ? '' : debounced.trim();
  const { data, loading, error } = useQuery(SignUpOrganisationsDocument, { variables: { query: query || null, first: RESULTS }, skip: !kinds });

  const options = useMemo(() => {
    const found = (data?.signUpOrganisations ?? [])
      .filter((organisation) => kinds?.includes(organisation.kind))
      .map((organisation) => ({ value: organisation.id, label: `${organisation.name} (${t(`accounts.kind.${organisation.kind}`)}, ${organisation.city})` }));
    return chosen && chosen.value === value && !found.some((option) => option.value === chosen.value) ? [chosen, ...found] : found;
  }, [data, kinds, chosen, value, t]);

  let nothingFound = t('accounts.organisation.noneFound');
  if (loading) nothingFound = t('accounts.organisation.searching');
  else if (error) nothingFound = t('error.network');

  return (
    <Select
      {...props}
      data={options}
      value={value}
      onChange={(id, option) => {
        setChosen(option ? { value: option.value, label: option.label } : null);
        onChange?.(id, option);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={nothingFound}
      disabled={!kinds || props.disabled}
      clearable
      clearButtonProps={{ 'aria-label': t('accounts.organisation.clear') }}
    />
  );
}
