import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { graphql } from '../gql';
import type { OrganisationKind, Sector } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { fieldErrors } from '../ui/describe-error';
import { KINDS, kindLabel, SECTORS, sectorLabel } from './member-labels';
import { notifyDone, notifyFailure } from '../ui/notify';
import { FormActions } from '../ui/form-actions';

const CreateOrganisationDocument = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
    }
  }
`);

interface Values {
  name: string;
  kind: OrganisationKind | null;
  sectors: Sector[];
  city: string;
  region: string;
  website: string;
  description: string;
}

const EMPTY: Values = { name: '', kind: null, sectors: [], city: '', region: '', website: '', description: '' };

/** "Créer une organisation": a form in a modal; the new organisation's page opens once created. */
export function CreateOrganisationButton() {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)}>{t('members.organisations.create')}</Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('members.organisations.createTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('members.close') }}
      >
        {opened && <CreateOrganisationForm onDone={() => setOpened(false)} />}
      </Modal>
    </>
  );
}

function CreateOrganisationForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CreateOrganisationDocument, { refetchQueries: ['OrganisationsList'] });
  const required = (value: string) => (value.trim() ? null : t('members.organisations.required'));
  const form = useForm<Values>({
    initialValues: EMPTY,
    validate: {
      name: required,
      kind: (value) => (value ? null : t('members.organisations.required')),
      sectors: (value) => (value.length ? null : t('members.organisations.sectorsRequired')),
      city: required,
      region: required,
    },
  });

  async function submit(values: Values) {
    try {
      const { data } = await create({
        variables: {
          input: {
            name: values.name.trim(),
            kind: values.kind!,
            sectors: values.sectors,
            city: values.city.trim(),
            region: values.region.trim(),
            website: values.website.trim() || null,
            description: values.description.trim() || undefined,
          },
        },
      });
      const created = data!.createOrganisation;
      notifyDone(t('members.organisations.created', { name: created.name }));
      onDone();
      void navigate({ to: '/organisations/$organisationId', params: { organisationId: created.id } });
    } catch (caught) {
      const fields = fieldErrors(caught as Error);
      if (Object.keys(fields).length) form.setErrors(fields);
      else notifyFailure(t, caught);
    }
  }

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="md">
        <TextInput label={t('members.organisations.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Select
          label={t('members.kindLabel')}
          data={KINDS.map((kind) => ({ value: kind, label: t(kindLabel(kind)) }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('kind')}
        />
        <Checkbox.Group label={t('members.organisations.sectors')} withAsterisk {...form.getInputProps('sectors')}>
          <Group mt="xs" gap="lg">
            {SECTORS.map((sector) => (
              <Checkbox key={sector} value={sector} label={t(sectorLabel(sector))} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('members.organisations.place')} withAsterisk {...form.getInputProps('city')} />
          <TextInput label={t('members.organisations.region')} withAsterisk {...form.getInputProps('region')} />
        </SimpleGrid>
        <TextInput label={t('members.organisations.website')} description="https://…" dir="ltr" {...form.getInputProps('website')} />
        <Textarea label={t('members.organisations.description')} autosize minRows={2} maxRows={6} {...form.getInputProps('description')} />
        <FormActions cancelLabel={t('form.cancel')} onCancel={onDone} submitLabel={t('members.organisations.createSubmit')} loading={loading} />
      </Stack>
    </form>
  );
}
