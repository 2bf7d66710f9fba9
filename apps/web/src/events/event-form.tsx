import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { graphql } from '../gql';
import type { MeetingRequestMode } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { fieldErrors } from '../ui/describe-error';
import type { ErrorLike } from '@apollo/client';
import { dayOf, localDay, localInstant, pickerLabels } from './event-labels';
import { notifyDone, notifyFailure } from '../ui/notify';
import { FormActions } from '../ui/form-actions';

const CreateEventDocument = graphql(`
  mutation CreateBrokerageEvent($input: EventInput!) {
    createEvent(input: $input) {
      id
      title
    }
  }
`);

const UpdateEventDocument = graphql(`
  mutation UpdateBrokerageEvent($id: ID!, $input: EventInput!) {
    updateEvent(id: $id, input: $input) {
      id
      title
      description
      startsOn
      endsOn
      venue
      online
      onlineUrl
      registrationOpensAt
      registrationClosesAt
      meetingMinutes
      capacity
      requestMode
      requestsExpireAt
      maxRequests
    }
  }
`);

export interface EventFormSource {
  id: string;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  venue?: string | null;
  online: boolean;
  onlineUrl?: string | null;
  registrationOpensAt: string;
  registrationClosesAt: string;
  meetingMinutes: number;
  capacity?: number | null;
  requestMode: MeetingRequestMode;
  requestsExpireAt?: string | null;
  maxRequests: number;
}

interface Values {
  title: string;
  description: string;
  days: [string | null, string | null];
  venue: string;
  online: boolean;
  onlineUrl: string;
  registration: [string | null, string | null];
  meetingMinutes: number | string;
  capacity: number | string;
  requestMode: MeetingRequestMode;
  expiry: string | null;
  maxRequests: number | string;
}

function initialValues(event?: EventFormSource): Values {
  if (event) {
    return {
      title: event.title,
      description: event.description,
      days: [event.startsOn, event.endsOn],
      venue: event.venue ?? '',
      online: event.online,
      onlineUrl: event.onlineUrl ?? '',
      registration: [dayOf(event.registrationOpensAt), dayOf(event.registrationClosesAt)],
      meetingMinutes: event.meetingMinutes,
      capacity: event.capacity ?? '',
      requestMode: event.requestMode,
      expiry: event.requestsExpireAt ? dayOf(event.requestsExpireAt) : null,
      maxRequests: event.maxRequests,
    };
  }
  // A sensible day a month ahead: staff usually only name it.
  return {
    title: '',
    description: '',
    days: [localDay(30), localDay(30)],
    venue: '',
    online: false,
    onlineUrl: '',
    registration: [localDay(0), localDay(27)],
    meetingMinutes: 30,
    capacity: '',
    requestMode: 'OPT_IN',
    expiry: localDay(28),
    maxRequests: 10,
  };
}

/** Staff: "Créer une journée" (then opens its manage page) or "Modifier l'événement". */
export function EventFormButton({ event }: { event?: EventFormSource }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [create, creating] = useMutation(CreateEventDocument, { refetchQueries: ['BrokerageEvents'] });
  const [update, updating] = useMutation(UpdateEventDocument);
  const form = useForm<Values>({
    initialValues: initialValues(event),
    validate: {
      title: (value) => (value.trim().length >= 3 ? null : t('events.form.titleRequired')),
      days: (value) => (value[0] && value[1] ? null : t('events.form.daysRequired')),
      registration: (value) => (value[0] && value[1] ? null : t('events.form.registrationRequired')),
    },
  });

  function open() {
    form.setValues(initialValues(event));
    form.resetDirty();
    setOpened(true);
  }

  async function submit(values: Values) {
    const input = {
      title: values.title.trim(),
      description: values.description.trim(),
      startsOn: values.days[0]!,
      endsOn: values.days[1]!,
      venue: values.venue.trim() || null,
      online: values.online,
      onlineUrl: values.onlineUrl.trim() || null,
      registrationOpensAt: localInstant(values.registration[0]!, '00:00'),
      registrationClosesAt: localInstant(values.registration[1]!, '23:59'),
      meetingMinutes: Number(values.meetingMinutes),
      capacity: values.capacity === '' ? null : Number(values.capacity),
      requestMode: values.requestMode,
      requestsExpireAt: values.expiry ? localInstant(values.expiry, '23:59') : null,
      maxRequests: Number(values.maxRequests),
    };
    try {
      if (event) {
        await update({ variables: { id: event.id, input } });
        notifyDone(t('events.saved'));
        setOpened(false);
      } else {
        const { data } = await create({ variables: { input } });
        notifyDone(t('events.created', { title: input.title }));
        setOpened(false);
        if (data) void navigate({ to: '/events/$eventId/manage', params: { eventId: data.createEvent.id } });
      }
    } catch (caught) {
      const fields = fieldErrors(caught as ErrorLike);
      const mapped: Record<string, string> = {};
      for (const [field, reason] of Object.entries(fields)) {
        const name = field === 'startsOn' || field === 'endsOn' ? 'days' : field === 'registrationOpensAt' || field === 'registrationClosesAt' ? 'registration' : field === 'requestsExpireAt' ? 'expiry' : field;
        mapped[name] = reason;
      }
      if (Object.keys(mapped).length) form.setErrors(mapped);
      else notifyFailure(t, caught);
    }
  }

  return (
    <>
      {event ? (
        <Button variant="default" onClick={open}>
          {t('events.manage.edit')}
        </Button>
      ) : (
        <Button onClick={open}>{t('events.create')}</Button>
      )}
      <Modal opened={opened} onClose={() => setOpened(false)} title={event ? t('events.form.editTitle') : t('events.form.createTitle')} size="lg" closeButtonProps={{ 'aria-label': t('events.close') }}>
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack gap="sm">
            <TextInput label={t('events.form.title')} withAsterisk maxLength={200} data-autofocus dir="auto" {...form.getInputProps('title')} />
            <Textarea label={t('events.form.description')} autosize minRows={3} maxLength={8000} dir="auto" {...form.getInputProps('description')} />
            <DatePickerInput
              type="range"
              allowSingleDateInRange
              label={t('events.form.days')}
              withAsterisk
              valueFormat="D MMMM YYYY"
              ariaLabels={pickerLabels(t)}
              {...form.getInputProps('days')}
            />
            <TextInput label={t('events.form.venue')} maxLength={300} dir="auto" {...form.getInputProps('venue')} />
            <Checkbox label={t('events.form.online')} {...form.getInputProps('online', { type: 'checkbox' })} />
            {form.values.online && <TextInput label={t('events.form.onlineUrl')} type="url" dir="ltr" maxLength={500} {...form.getInputProps('onlineUrl')} />}
            <DatePickerInput
              type="range"
              allowSingleDateInRange
              label={t('events.form.registration')}
              withAsterisk
              valueFormat="D MMMM YYYY"
              ariaLabels={pickerLabels(t)}
              {...form.getInputProps('registration')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput label={t('events.form.meetingMinutes')} withAsterisk min={5} max={180} step={5} {...form.getInputProps('meetingMinutes')} />
              <NumberInput label={t('events.form.capacity')} description={t('events.form.capacityHint')} min={1} {...form.getInputProps('capacity')} />
              <Select
                label={t('events.form.requestMode')}
                allowDeselect={false}
                data={(['OPT_IN', 'AUTO_ACCEPT'] as const).map((value) => ({ value, label: t(`events.mode.${value}`) }))}
                {...form.getInputProps('requestMode')}
              />
              <NumberInput label={t('events.form.maxRequests')} min={1} max={200} {...form.getInputProps('maxRequests')} />
            </SimpleGrid>
            <DatePickerInput label={t('events.form.expiry')} description={t('events.form.expiryHint')} clearable valueFormat="D MMMM YYYY" ariaLabels={pickerLabels(t)} {...form.getInputProps('expiry')} />
            <FormActions cancelLabel={t('events.cancel')} onCancel={() => setOpened(false)} submitLabel={t('events.save')} loading={creating.loading || updating.loading} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
