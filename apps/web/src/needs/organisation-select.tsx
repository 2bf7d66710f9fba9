import { useQuery } from '@apollo/client/react';
import { Select, type SelectProps } from '@mantine/core';
import { graphql } from '../gql';
import type { OrganisationKind } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';

const PostingOrganisationsDocument = graphql(`
  query PostingOrganisations {
    organisations(first: 100) {
      edges {
        node {
          id
          name
          city
          kind
        }
      }
    }
  }
`);

/** Organisations a need may be posted for (the API's INDUSTRIAL_KINDS). */
const INDUSTRIAL_KINDS: readonly OrganisationKind[] = ['COMPANY', 'STARTUP', 'COOPERATIVE'];

/** Staff: the organisation a new need is posted for. */
export function OrganisationSelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(PostingOrganisationsDocument);
  const options = (data?.organisations.edges ?? [])
    .map(({ node }) => node)
    .filter((organisation) => INDUSTRIAL_KINDS.includes(organisation.kind))
    .map((organisation) => ({ value: organisation.id, label: `${organisation.name} (${organisation.city})` }));
  return (
    <Select
      data={options}
      searchable
      nothingFoundMessage={t('needs.form.organisationNone')}
      placeholder={loading ? t('needs.form.organisationLoading') : undefined}
      withAsterisk
      {...props}
      error={props.error ?? (error ? t('needs.form.organisationUnavailable') : undefined)}
    />
  );
}
