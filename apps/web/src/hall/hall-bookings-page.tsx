import { useQuery } from '@apollo/client/react';
import { Badge, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { graphql } from '../gql';
import type { HallBookingFilter, HallBookingsQuery } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { useRole } from '../shell/use-role';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { AnchorLink, ButtonLink } from '../ui/router-links';
import { useDocumentTitle } from '../ui/use-document-title';
import { ApproveBookingButton, CancelBookingButton, MoveBookingButton, RefuseBookingButton } from './booking-actions';
import { BOOKING_COLOURS, describeDays, isStaffRole } from './hall-labels';

export const HallBookingsDocument = graphql(`
  query HallBookings($filter: HallBookingFilter, $first: Int) {
    hallBookings(filter: $filter, first: $first) {
      totalCount
      items {
        id
        status
        startsOn
        endsOn
        purpose
        decisionReason
        requesterName
        organisationName
        collaborationTitle
        mayCancel
        equipment {
          id
          name
        }
      }
    }
  }
`);

type Booking = HallBookingsQuery['hallBookings']['items'][number];
type Mode = 'member' | 'pending' | 'upcoming';

const FILTERS: Record<Mode, HallBookingFilter> = {
  member: {},
  pending: { statuses: ['PENDING'], upcoming: true },
  upcoming: { statuses: ['APPROVED'], upcoming: true },
};

/** Members: their organisation's requests, to follow and cancel. Staff: the queue to decide, and upcoming bookings to move or cancel. */
export function HallBookingsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('hall.bookings.title'));
  const staff = isStaffRole(useRole());
  const pending = useQuery(HallBookingsDocument, { variables: { filter: FILTERS.pending, first: 100 }, skip: !staff, fetchPolicy: 'cache-and-network' });
  return (
    <Stack gap="lg">
      <Title order={1}>{t('hall.bookings.title')}</Title>
      <Text maw={720}>{staff ? t('hall.bookings.staffIntro') : t('hall.bookings.intro')}</Text>
      {staff ? (
        <Tabs defaultValue="pending" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="pending" data-testid="tab-pending">
              {pending.data ? t('hall.bookings.pendingCount', { count: pending.data.hallBookings.totalCount }) : t('hall.bookings.pending')}
            </Tabs.Tab>
            <Tabs.Tab value="upcoming" data-testid="tab-upcoming">
              {t('hall.bookings.upcoming')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="pending" pt="md">
            <BookingList mode="pending" staff />
          </Tabs.Panel>
          <Tabs.Panel value="upcoming" pt="md">
            <BookingList mode="upcoming" staff />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <section aria-labelledby="hall-mine-title">
          <Title order={2} size="h4" id="hall-mine-title" mb="sm">
            {t('hall.bookings.mine')}
          </Title>
          <BookingList mode="member" staff={false} />
        </section>
      )}
    </Stack>
  );
}

function BookingList({ mode, staff }: { mode: Mode; staff: boolean }) {
  const { t, formatDate } = useI18n();
  const { data, error, refetch } = useQuery(HallBookingsDocument, { variables: { filter: FILTERS[mode], first: 100 }, fetchPolicy: 'cache-and-network' });
  if (!data && error) return <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!data) return <LoadingState label={t('hall.bookings.loading')} />;
  const items = data.hallBookings.items;
  if (items.length === 0) {
    if (mode === 'member') {
      return (
        <Stack gap="sm" align="flex-start">
          <EmptyState>{t('hall.bookings.none')}</EmptyState>
          <ButtonLink to="/hall" variant="light">
            {t('hall.bookings.toCatalogue')}
          </ButtonLink>
        </Stack>
      );
    }
    return <EmptyState>{mode === 'pending' ? t('hall.bookings.noPending') : t('hall.bookings.noUpcoming')}</EmptyState>;
  }
  return (
    // The state comes right after the days so that, on a phone, it is in view before sideways scrolling.
    <Table.ScrollContainer minWidth={760} tabIndex={0} role="region" aria-label={t('hall.bookings.table')}>
      <Table verticalSpacing="sm" striped aria-label={t('hall.bookings.table')} data-testid={`bookings-${mode}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('hall.bookings.equipment')}</Table.Th>
            <Table.Th scope="col">{t('hall.bookings.days')}</Table.Th>
            <Table.Th scope="col">{t('hall.bookings.status')}</Table.Th>
            <Table.Th scope="col">{t('hall.bookings.requester')}</Table.Th>
            <Table.Th scope="col">{t('hall.bookings.purpose')}</Table.Th>
            <Table.Th scope="col">{t('hall.bookings.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((booking) => (
            <BookingRow key={booking.id} booking={booking} mode={mode} staff={staff} days={describeDays(booking, formatDate, t)} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function BookingRow({ booking, mode, staff, days }: { booking: Booking; mode: Mode; staff: boolean; days: string }) {
  const { t } = useI18n();
  return (
    <Table.Tr data-testid="booking-row" data-status={booking.status}>
      <Table.Td>
        <AnchorLink to="/hall/$equipmentId" params={{ equipmentId: booking.equipment.id }} dir="auto">
          {booking.equipment.name}
        </AnchorLink>
      </Table.Td>
      <Table.Td>{days}</Table.Td>
      <Table.Td>
        <Badge variant="light" color={BOOKING_COLOURS[booking.status]} miw="max-content">
          {t(`hall.booking.${booking.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" dir="auto">
          {booking.requesterName}
        </Text>
        {booking.organisationName && (
          <Text size="xs" c="dimmed" dir="auto">
            {booking.organisationName}
          </Text>
        )}
      </Table.Td>
      <Table.Td maw={320}>
        <Text size="sm" dir="auto">
          {booking.purpose}
        </Text>
        {booking.collaborationTitle && (
          <Text size="xs" c="dimmed" dir="auto">
            {t('hall.bookings.collaboration', { title: booking.collaborationTitle })}
          </Text>
        )}
        {booking.decisionReason && (
          <Text size="xs" c="dimmed" dir="auto">
            {t('hall.bookings.reason', { reason: booking.decisionReason })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="wrap">
          {staff && mode === 'pending' && <ApproveBookingButton booking={booking} />}
          {staff && mode === 'pending' && <RefuseBookingButton booking={booking} />}
          {staff && mode === 'upcoming' && <MoveBookingButton booking={booking} />}
          {booking.mayCancel && mode !== 'pending' && <CancelBookingButton booking={booking} staff={staff} />}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
