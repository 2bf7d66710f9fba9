import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { LanguageCode } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { LANGUAGES, slotLongLabel } from './event-labels';
import { notifyDone, notifyFailure } from '../ui/notify';
import { useConfirmAction } from '../ui/use-confirm-action';
import { isolateIn } from '../i18n/bidi';

const DefaultsDocument = graphql(`
  query EventRegistrationDefaults {
    eventRegistrationDefaults {
      offer
      seek
      languages
    }
  }
`);

const RegisterDocument = graphql(`
  mutation RegisterForEvent($eventId: ID!, $input: RegistrationInput!) {
    registerForEvent(eventId: $eventId, input: $input) {
      id
    }
  }
`);

const UpdateRegistrationDocument = graphql(`
  mutation UpdateEventRegistration($eventId: ID!, $input: RegistrationInput!) {
    updateEventRegistration(eventId: $eventId, input: $input) {
      id
      offer
      seek
      languages
      availableSlotIds
    }
  }
`);

const WithdrawDocument = graphql(`
  mutation WithdrawFromEvent($eventId: ID!) {
    withdrawFromEvent(eventId: $eventId)
  }
`);

interface Registration {
  offer: string;
  seek: string;
  languages: string[];
  availableSlotIds?: string[] | null;
}

interface Values {
  offer: string;
  seek: string;
  languages: string[];
  slots: string[];
}

/** "S'inscrire" or "Modifier mon inscription": offer, seek (pre-filled), languages, availability by slot. */
export function RegistrationButton({ event, registration }: { event: { id: string; title: string; slots: { id: string; startsAt: string; endsAt: string }[] }; registration?: Registration | null }) {
  const { t, language } = useI18n();
  const [opened, setOpened] = useState(false);
  const defaults = useQuery(DefaultsDocument, { skip: !opened || !!registration });
  const [register, registering] = useMutation(RegisterDocument, { refetchQueries: ['EventDetail', 'EventParticipants', 'EventSuggestions'], awaitRefetchQueries: true });
  const [update, updating] = useMutation(UpdateRegistrationDocument, { refetchQueries: ['EventSuggestions'] });
  const allSlots = event.slots.map((s) => s.id);
  const form = useForm<Values>({ initialValues: { offer: '', seek: '', languages: [language], slots: allSlots } });
  const [filled, setFilled] = useState(false);

  function open() {
    setFilled(false);
    if (registration) {
      form.setValues({ offer: registration.offer, seek: registration.seek, languages: registration.languages, slots: registration.availableSlotIds ?? allSlots });
      setFilled(true);
    } else form.setValues({ offer: '', seek: '', languages: [language], slots: allSlots });
    setOpened(true);
  }

  const loaded = defaults.data?.eventRegistrationDefaults;
  useEffect(() => {
    if (!opened || registration || !loaded || filled) return;
    setFilled(true);
    form.setValues({ offer: loaded.offer, seek: loaded.seek, languages: loaded.languages.length ? loaded.languages : [language], slots: allSlots });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, registration, loaded, filled]);

  async function submit(values: Values) {
    const input = {
      offer: values.offer.trim(),
      seek: values.seek.trim(),
      languages: values.languages as LanguageCode[],
      availableSlotIds: values.slots.length === allSlots.length ? null : values.slots,
    };
    try {
      if (registration) {
        await update({ variables: { eventId: event.id, input } });
        notifyDone(t('events.saved'));
      } else {
        await register({ variables: { eventId: event.id, input } });
        notifyDone(t('events.registeredDone'));
      }
      setOpened(false);
    } catch (caught) {
      notifyFailure(t, caught);
    }
  }

  return (
    <>
      <Button onClick={open} variant={registration ? 'default' : 'filled'}>
        {registration ? t('events.editRegistration') : t('events.register')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('events.registerTitle', { title: isolateIn(language, event.title) })} size="lg" closeButtonProps={{ 'aria-label': t('events.close') }}>
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack gap="sm">
            <Textarea label={t('events.reg.offer')} description={t('events.reg.offerHint')} autosize minRows={3} maxRows={10} maxLength={4000} dir="auto" data-autofocus {...form.getInputProps('offer')} />
            <Textarea label={t('events.reg.seek')} description={t('events.reg.seekHint')} autosize minRows={3} maxRows={10} maxLength={4000} dir="auto" {...form.getInputProps('seek')} />
            <Checkbox.Group label={t('events.reg.languages')} {...form.getInputProps('languages')}>
              <Group gap="md" mt={4}>
                {LANGUAGES.map((code) => (
                  <Checkbox key={code} value={code} label={t(`events.language.${code}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            {event.slots.length > 0 && (
              <Checkbox.Group label={t('events.reg.availability')} description={t('events.reg.availabilityHint')} {...form.getInputProps('slots')}>
                <Stack gap={4} mt={4}>
                  {event.slots.map((slot) => (
                    <Checkbox key={slot.id} value={slot.id} label={slotLongLabel(slot, language)} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('events.cancel')}
              </Button>
              <Button type="submit" loading={registering.loading || updating.loading}>
                {registration ? t('events.save') : t('events.register')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** "Me désinscrire", confirmed. */
export function WithdrawButton({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  const confirmAction = useConfirmAction();
  const [withdraw, { loading }] = useMutation(WithdrawDocument, { refetchQueries: ['EventDetail'], awaitRefetchQueries: true });
  return (
    <Button
      variant="outline"
      color="red.9"
      loading={loading}
      onClick={() =>
        confirmAction({
          title: t('events.withdrawTitle'),
          body: t('events.withdrawBody'),
          confirmLabel: t('events.withdraw'), cancelLabel: t('events.keep'),
          color: 'red.9',
          onConfirm: () =>
            void withdraw({ variables: { eventId } })
              .then(() => notifyDone(t('events.withdrawn')))
              .catch((caught: unknown) => notifyFailure(t, caught)),
        })
      }
    >
      {t('events.withdraw')}
    </Button>
  );
}
