import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { graphql } from '../gql';
import type { EquipmentCategory, EquipmentStatus } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { fieldErrors } from '../ui/describe-error';
import { CATEGORIES, EQUIPMENT_STATUSES } from './hall-labels';
import { notifyDone, notifyFailure } from '../ui/notify';
import { useConfirmAction } from '../ui/use-confirm-action';
import { FormActions } from '../ui/form-actions';

const CreateEquipmentDocument = graphql(`
  mutation CreateHallEquipment($input: EquipmentInput!) {
    createHallEquipment(input: $input) {
      id
      name
    }
  }
`);

const UpdateEquipmentDocument = graphql(`
  mutation UpdateHallEquipment($id: ID!, $input: EquipmentInput!) {
    updateHallEquipment(id: $id, input: $input) {
      id
      name
      category
      description
      capacity
      rules
      photoUrl
      status
    }
  }
`);

const ArchiveEquipmentDocument = graphql(`
  mutation ArchiveHallEquipment($id: ID!) {
    archiveHallEquipment(id: $id) {
      id
      archivedAt
    }
  }
`);

export interface EquipmentValues {
  name: string;
  category: EquipmentCategory;
  description: string;
  capacity: string | null;
  rules: string | null;
  photoUrl: string | null;
  status: EquipmentStatus;
}

const EMPTY: EquipmentValues = { name: '', category: 'PROCESSING', description: '', capacity: '', rules: '', photoUrl: '', status: 'AVAILABLE' };

/** Staff: "Ajouter un équipement" or "Modifier", a dialog with the equipment's fields. */
export function EquipmentFormButton({ equipment }: { equipment?: EquipmentValues & { id: string } }) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  const [create, creating] = useMutation(CreateEquipmentDocument, { refetchQueries: ['HallCatalogue'], awaitRefetchQueries: true });
  const [update, updating] = useMutation(UpdateEquipmentDocument);
  const form = useForm<EquipmentValues>({
    initialValues: equipment ? { ...equipment, capacity: equipment.capacity ?? '', rules: equipment.rules ?? '', photoUrl: equipment.photoUrl ?? '' } : EMPTY,
    validate: { name: (value) => (value.trim().length >= 2 ? null : t('hall.form.nameRequired')) },
  });

  function open() {
    form.reset();
    setOpened(true);
  }

  async function submit(values: EquipmentValues) {
    const input = {
      name: values.name.trim(),
      category: values.category,
      description: values.description.trim(),
      capacity: values.capacity?.trim() || null,
      rules: values.rules?.trim() || null,
      photoUrl: values.photoUrl?.trim() || null,
      status: values.status,
    };
    try {
      if (equipment) {
        await update({ variables: { id: equipment.id, input } });
        notifyDone(t('hall.form.saved'));
      } else {
        await create({ variables: { input } });
        notifyDone(t('hall.form.created', { name: input.name }));
      }
      setOpened(false);
    } catch (caught) {
      const fields = fieldErrors(caught as ErrorLike);
      if (Object.keys(fields).length) form.setErrors(fields);
      else notifyFailure(t, caught);
    }
  }

  const title = equipment ? t('hall.editTitle', { name: equipment.name }) : t('hall.add');
  return (
    <>
      {equipment ? (
        <Button variant="default" size="xs" onClick={open} aria-label={t('hall.editLabel', { name: equipment.name })}>
          {t('hall.edit')}
        </Button>
      ) : (
        <Button onClick={open}>{t('hall.add')}</Button>
      )}
      <Modal opened={opened} onClose={() => setOpened(false)} title={title} size="lg" closeButtonProps={{ 'aria-label': t('hall.modal.close') }}>
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack gap="sm">
            <TextInput label={t('hall.form.name')} withAsterisk maxLength={120} data-autofocus dir="auto" {...form.getInputProps('name')} />
            <Group grow align="flex-start" preventGrowOverflow={false} wrap="wrap">
              <Select
                label={t('hall.form.category')}
                withAsterisk
                allowDeselect={false}
                data={CATEGORIES.map((value) => ({ value, label: t(`hall.category.${value}`) }))}
                miw={180}
                {...form.getInputProps('category')}
              />
              <Select
                label={t('hall.form.status')}
                withAsterisk
                allowDeselect={false}
                data={EQUIPMENT_STATUSES.map((value) => ({ value, label: t(`hall.status.${value}`) }))}
                miw={180}
                {...form.getInputProps('status')}
              />
            </Group>
            <Textarea label={t('hall.form.description')} autosize minRows={3} maxLength={4000} dir="auto" {...form.getInputProps('description')} />
            <TextInput label={t('hall.form.capacity')} description={t('hall.form.capacityHint')} maxLength={200} dir="auto" {...form.getInputProps('capacity')} />
            <Textarea label={t('hall.form.rules')} autosize minRows={2} maxLength={4000} dir="auto" {...form.getInputProps('rules')} />
            <TextInput label={t('hall.form.photoUrl')} description={t('hall.form.photoUrlHint')} type="url" dir="ltr" maxLength={500} {...form.getInputProps('photoUrl')} />
            <FormActions cancelLabel={t('hall.form.cancel')} onCancel={() => setOpened(false)} submitLabel={t('hall.form.save')} loading={creating.loading || updating.loading} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** Staff: "Archiver", confirmed. */
export function ArchiveEquipmentButton({ equipment }: { equipment: { id: string; name: string } }) {
  const { t } = useI18n();
  const confirmAction = useConfirmAction();
  const [archive, { loading }] = useMutation(ArchiveEquipmentDocument, { refetchQueries: ['HallCatalogue'] });

  async function run() {
    try {
      await archive({ variables: { id: equipment.id } });
      notifyDone(t('hall.archived.done', { name: equipment.name }));
    } catch (caught) {
      notifyFailure(t, caught);
    }
  }

  return (
    <Button
      variant="outline"
      color="red.9"
      size="xs"
      loading={loading}
      aria-label={t('hall.archiveLabel', { name: equipment.name })}
      onClick={() =>
        confirmAction({
          title: t('hall.archiveTitle', { name: equipment.name }),
          body: t('hall.archiveBody'),
          confirmLabel: t('hall.archive'),
          color: 'red.9',
          onConfirm: () => void run(),
        })
      }
    >
      {t('hall.archive')}
    </Button>
  );
}
