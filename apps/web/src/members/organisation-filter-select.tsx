import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';

const OrganisationChoicesDocument = graphql(`
  query OrganisationChoices($nameContains: String) {
    organisations(first: 20, filter: { nameContains: $nameContains, includeArchived: true }) {
      edges {
        node {
          id
          name
          city
        }
      }
    }
  }
`);

interface Option {
  value: string;
  label: string;
}

/** Staff: one organisation to filter by, searched on the server as one types (accents ignored). */
export function OrganisationFilterSelect({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Option | null>(null);
  const [debounced] = useDebouncedValue(search, 250);
  const query = chosen && search === chosen.label ? '' : debounced.trim();
  const { data } = useQuery(OrganisationChoicesDocument, { variables: { nameContains: query || null } });
  const options = useMemo(() => {
    const found = (data?.organisations.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.name} (${node.city})` }));
    return chosen && chosen.value === value && !found.some((option) => option.value === chosen.value) ? [chosen, ...found] : found;
  }, [data, chosen, value]);

  return (
    <Select
      label={t('members.people.organisationLabel')}
      placeholder={t('members.people.organisationPlaceholder')}
      data={options}
      value={value}
      onChange={(id, option) => {
        setChosen(option ? { value: option.value, label: option.label } : null);
        onChange(id);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('members.people.empty')}
      clearable
      clearButtonProps={{ 'aria-label': t('members.people.organisationClear') }}
    />
  );
}
