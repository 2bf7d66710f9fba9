import { Badge, Group, Text } from '@mantine/core';
import type { EquipmentCategory, EquipmentStatus } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { STATUS_COLOURS } from './hall-labels';

/** Category, status and "archived" of an equipment, as on its card and its page. */
export function EquipmentBadges({ equipment }: { equipment: { category: EquipmentCategory; status: EquipmentStatus; archivedAt?: string | null } }) {
  const { t } = useI18n();
  return (
    <Group gap="xs">
      <Badge variant="light" color="indigo">
        {t(`hall.category.${equipment.category}`)}
      </Badge>
      <Badge variant="light" color={STATUS_COLOURS[equipment.status]}>
        {t(`hall.status.${equipment.status}`)}
      </Badge>
      {equipment.archivedAt && (
        <Badge variant="light" color="gray">
          {t('hall.archived')}
        </Badge>
      )}
    </Group>
  );
}

/** "Capacité : 50 kg/h" — a bold label and a member-written value (either direction). */
export function EquipmentFact({ label, value }: { label: string; value: string }) {
  return (
    <Text size="sm">
      <Text span fw={600}>
        {label}
      </Text>{' '}
      <span dir="auto">{value}</span>
    </Text>
  );
}
