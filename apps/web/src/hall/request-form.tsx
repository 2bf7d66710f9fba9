import type { ErrorLike } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Select, Stack, Text, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { describeError, fieldErrors } from '../ui/describe-error';
import { todayIso, pickerLabels, PICKER_STYLES } from './hall-labels';
import { notifyDone } from '../ui/notify';
import { AnchorLink } from '../ui/router-links';

const RequestHallBookingDocument = graphql(`
  mutation RequestHallBooking($input: HallBookingRequestInput!) {
    requestHallBooking(input: $input) {
      id
      status
      startsOn
      endsOn
    }
  }
`);

const MyCollaborationsDocument = graphql(`
  query MyHallCollaborations {
    myMatches(first: 100) {
      edges {
        node {
          id
          collaboration {
            id
            title
          }
        }
      }
    }
  }
`);

interface Values {
  days: [string | null, string | null];
  purpose: string;
  collaborationId: string;
}

/**
 * "Demander cet équipement": days, purpose, and (members) one of their collaborations. A member's
 * request waits for staff; staff book at once. A clash is refused by the API on the days field.
 */
export function HallRequestForm({ equipmentId, staff }: { equipmentId: string; staff: boolean }) {
  const { t } = useI18n();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const { data: matches } = useQuery(MyCollaborationsDocument, { skip: staff });
  const collaborations = (matches?.myMatches.edges ?? []).flatMap((edge) => (edge.node.collaboration ? [edge.node.collaboration] : []));
  const [request, { loading }] = useMutation(RequestHallBookingDocument, { refetchQueries: ['EquipmentCalendar', 'HallBookings'], awaitRefetchQueries: true });
  const form = useForm<Values>({
    initialValues: { days: [null, null], purpose: '', collaborationId: '' },
    validate: {
      days: ([from, to]) => (from && to ? null : t('hall.request.daysRequired')),
      purpose: (value) => (value.trim().length >= 5 ? null : t('hall.request.purposeRequired')),
    },
  });

  async function submit(values: Values) {
    setRefusal(null);
    setSent(false);
    const [startsOn, endsOn] = values.days;
    try {
      await request({
        variables: { input: { equipmentId, startsOn: startsOn!, endsOn: endsOn!, purpose: values.purpose.trim(), collaborationId: values.collaborationId || null } },
      });
      notifyDone(staff ? t('hall.request.booked') : t('hall.request.sent'));
      form.reset();
      setSent(!staff);
    } catch (caught) {
      const fields = fieldErrors(caught as ErrorLike);
      const days = [fields.startsOn, fields.endsOn].filter(Boolean).join(' ');
      form.setErrors({ ...(days ? { days } : {}), ...(fields.purpose ? { purpose: fields.purpose } : {}), ...(fields.collaborationId ? { collaborationId: fields.collaborationId } : {}) });
      setRefusal(days || fields.equipmentId || describeError(caught as ErrorLike, t));
    }
  }

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate data-testid="hall-request-form" aria-labelledby="hall-request-title">
      <Stack gap="sm">
        <Text size="sm">{staff ? t('hall.request.staffIntro') : t('hall.request.intro')}</Text>
        <DatePickerInput
          ariaLabels={pickerLabels(t)}
          weekendDays={[]}
          styles={PICKER_STYLES}
          type="range"
          allowSingleDateInRange
          label={t('hall.request.days')}
          description={t('hall.request.daysHint')}
          withAsterisk
          minDate={todayIso()}
          valueFormat="D MMMM YYYY"
          data-testid="hall-request-days"
          {...form.getInputProps('days')}
        />
        <Textarea
          label={t('hall.request.purpose')}
          description={t('hall.request.purposeHint')}
          withAsterisk
          autosize
          minRows={3}
          maxLength={2000}
          dir="auto"
          data-testid="hall-request-purpose"
          {...form.getInputProps('purpose')}
        />
        {!staff && collaborations.length > 0 && (
          <Select
            label={t('hall.request.collaboration')}
            data={[{ value: '', label: t('hall.request.noCollaboration') }, ...collaborations.map((c) => ({ value: c.id, label: c.title }))]}
            allowDeselect={false}
            {...form.getInputProps('collaborationId')}
          />
        )}
        {refusal && (
          <Alert color="red" title={t('hall.request.refused')} role="alert" data-testid="hall-request-refusal">
            {refusal}
          </Alert>
        )}
        {sent && (
          <Alert color="teal" role="status" data-testid="hall-request-sent">
            <Stack gap={4} align="flex-start">
              <Text size="sm">{t('hall.request.sentStatus')}</Text>
              <AnchorLink to="/hall-bookings" size="sm" fw={600}>
                {t('hall.request.followLink')}
              </AnchorLink>
            </Stack>
          </Alert>
        )}
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {staff ? t('hall.request.staffSubmit') : t('hall.request.submit')}
        </Button>
      </Stack>
    </form>
  );
}
