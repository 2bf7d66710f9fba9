import { useQuery } from '@apollo/client/react';
import { Alert, Grid, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { useRole } from '../shell/use-role';
import { errorCode } from '../ui/describe-error';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { AnchorLink } from '../ui/router-links';
import { useDocumentTitle } from '../ui/use-document-title';
import { EquipmentCalendar } from './equipment-calendar';
import { ArchiveEquipmentButton, EquipmentFormButton } from './equipment-form';
import { EquipmentBadges, EquipmentFact } from './equipment-facts';
import { isStaffRole } from './hall-labels';
import { MaintenanceSection } from './maintenance-section';
import { HallRequestForm } from './request-form';

export const HallEquipmentPageDocument = graphql(`
  query HallEquipmentPage($id: ID!) {
    hallEquipment(id: $id) {
      id
      name
      category
      description
      capacity
      rules
      photoUrl
      status
      archivedAt
      maintenance {
        id
        startsOn
        endsOn
        note
      }
    }
  }
`);

/** One equipment: what it is, its month and week calendars, the request form; staff keep it and its maintenance. */
export function EquipmentPage() {
  const { t } = useI18n();
  const { equipmentId } = useParams({ strict: false }) as { equipmentId: string };
  const staff = isStaffRole(useRole());
  const { data, error, refetch } = useQuery(HallEquipmentPageDocument, { variables: { id: equipmentId }, fetchPolicy: 'cache-and-network' });
  const equipment = data?.hallEquipment;
  useDocumentTitle(equipment?.name ?? t('hall.nav'));

  const back = (
    <AnchorLink to="/hall" size="sm">
      {t('hall.equipment.back')}
    </AnchorLink>
  );
  if (!equipment && error) {
    const missing = errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT';
    return (
      <Stack gap="md">
        {back}
        <Title order={1}>{t('hall.nav')}</Title>
        {missing ? <EmptyState>{t('hall.equipment.notFound')}</EmptyState> : <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />}
      </Stack>
    );
  }
  if (!equipment) return <LoadingState label={t('hall.loading')} />;

  return (
    <Stack gap="lg">
      {back}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6}>
          <Title order={1} dir="auto">
            {equipment.name}
          </Title>
          <EquipmentBadges equipment={equipment} />
        </Stack>
        {staff && (
          <Group gap="xs">
            <EquipmentFormButton equipment={equipment} />
            {!equipment.archivedAt && <ArchiveEquipmentButton equipment={equipment} />}
          </Group>
        )}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="equipment-details-title">
            <Title order={2} size="h4" id="equipment-details-title" mb="sm">
              {t('hall.equipment.details')}
            </Title>
            <Stack gap="xs">
              {equipment.photoUrl && <Image src={equipment.photoUrl} alt={t('hall.photoAlt', { name: equipment.name })} mah={220} fit="contain" />}
              {equipment.description && (
                <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-line' }}>
                  {equipment.description}
                </Text>
              )}
              {equipment.capacity && (
                <EquipmentFact label={t('hall.capacity')} value={equipment.capacity} />
              )}
              {equipment.rules && (
                <EquipmentFact label={t('hall.rules')} value={equipment.rules} />
              )}
            </Stack>
            <Title order={3} size="h5" mt="md" mb="xs">
              {t('hall.maintenance.title')}
            </Title>
            <MaintenanceSection equipmentId={equipment.id} periods={equipment.maintenance} staff={staff} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="hall-request-title">
            <Title order={2} size="h4" id="hall-request-title" mb="sm">
              {staff ? t('hall.request.staffTitle') : t('hall.request.title')}
            </Title>
            {equipment.archivedAt ? <Alert color="gray">{t('hall.request.archived')}</Alert> : <HallRequestForm equipmentId={equipment.id} staff={staff} />}
          </Paper>
        </Grid.Col>
      </Grid>
      <section aria-labelledby="hall-calendar-title">
        <Title order={2} size="h4" id="hall-calendar-title" mb="sm">
          {t('hall.calendar.title')}
        </Title>
        <EquipmentCalendar equipmentId={equipment.id} />
      </section>
    </Stack>
  );
}
