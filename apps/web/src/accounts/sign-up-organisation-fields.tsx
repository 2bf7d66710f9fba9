import { Autocomplete, Checkbox, Group, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { OrganisationKind } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { KINDS_FOR_ROLE, OrganisationSelect } from './organisation-select';
import type { SignUpValues } from './sign-up-form-values';

/** Morocco's twelve regions (2015), as the cluster writes them; another may still be typed. */
const REGIONS = [
  'Tanger-Tétouan-Al Hoceïma',
  'Oriental',
  'Fès-Meknès',
  'Rabat-Salé-Kénitra',
  'Béni Mellal-Khénifra',
  'Casablanca-Settat',
  'Marrakech-Safi',
  'Drâa-Tafilalet',
  'Souss-Massa',
  'Guelmim-Oued Noun',
  'Laâyoune-Sakia El Hamra',
  'Dakhla-Oued Ed-Dahab',
];

const SECTORS = ['AGRIFOOD', 'COSMETICS'] as const;

/** The person's organisation: one of the cluster's, or a new one they propose (staff check it on approval). */
export function SignUpOrganisationFields({ form }: { form: UseFormReturnType<SignUpValues> }) {
  const { t } = useI18n();
  const { role, organisationMode } = form.values;
  const kinds: readonly OrganisationKind[] | undefined = role ? KINDS_FOR_ROLE[role] : undefined;

  return (
    <Stack gap="md">
      <Radio.Group label={t('accounts.signUp.organisationMode')} withAsterisk {...form.getInputProps('organisationMode')}>
        <Group mt="xs" gap="lg">
          <Radio value="existing" label={t('accounts.signUp.organisationExisting')} />
          <Radio value="new" label={t('accounts.signUp.organisationNew')} />
        </Group>
      </Radio.Group>

      {organisationMode === 'existing' ? (
        <OrganisationSelect
          kinds={kinds}
          label={t('accounts.field.organisation')}
          placeholder={t('accounts.organisation.placeholder')}
          description={kinds ? t('accounts.organisation.hint') : t('accounts.organisation.roleFirst')}
          withAsterisk
          {...form.getInputProps('organisationId')}
        />
      ) : (
        <ProposedOrganisationFields form={form} kinds={kinds} />
      )}
    </Stack>
  );
}

function ProposedOrganisationFields({ form, kinds }: { form: UseFormReturnType<SignUpValues>; kinds: readonly OrganisationKind[] | undefined }) {
  const { t } = useI18n();
  return (
    <Stack gap="md">
      <TextInput label={t('accounts.organisation.name')} autoComplete="organization" withAsterisk {...form.getInputProps('organisation.name')} />
      <Select
        label={t('accounts.organisation.kind')}
        description={kinds ? undefined : t('accounts.organisation.roleFirst')}
        data={(kinds ?? []).map((kind) => ({ value: kind, label: t(`accounts.kind.${kind}`) }))}
        disabled={!kinds}
        allowDeselect={false}
        withAsterisk
        {...form.getInputProps('organisation.kind')}
      />
      <Checkbox.Group label={t('accounts.organisation.sectors')} withAsterisk {...form.getInputProps('organisation.sectors')}>
        <Group mt="xs" gap="lg">
          {SECTORS.map((sector) => (
            <Checkbox key={sector} value={sector} label={t(`sector.${sector}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('accounts.organisation.city')} autoComplete="address-level2" withAsterisk {...form.getInputProps('organisation.city')} />
        <Autocomplete label={t('accounts.organisation.region')} data={REGIONS} autoComplete="off" withAsterisk {...form.getInputProps('organisation.region')} />
      </SimpleGrid>
    </Stack>
  );
}
