import { useQuery } from '@apollo/client/react';
import { Card, Checkbox, Group, Image, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../gql';
import type { EquipmentCategory } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { useRole } from '../shell/use-role';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { AnchorLink, ButtonLink } from '../ui/router-links';
import { useDocumentTitle } from '../ui/use-document-title';
import { ArchiveEquipmentButton, EquipmentFormButton } from './equipment-form';
import { EquipmentBadges, EquipmentFact } from './equipment-facts';
import { CATEGORIES, isStaffRole } from './hall-labels';

export const HallCatalogueDocument = graphql(`
  query HallCatalogue($includeArchived: Boolean) {
    hallCatalogue(includeArchived: $includeArchived) {
      id
      name
      category
      description
      capacity
      rules
      photoUrl
      status
      archivedAt
    }
  }
`);

/** The technology hall's catalogue as cards; staff add, edit and archive equipment. */
export function HallPage() {
  const { t } = useI18n();
  useDocumentTitle(t('hall.nav'));
  const staff = isStaffRole(useRole());
  const [category, setCategory] = useState<EquipmentCategory | null>(null);
  const [archived, setArchived] = useState(false);
  const { data, error, refetch } = useQuery(HallCatalogueDocument, { variables: { includeArchived: staff && archived }, fetchPolicy: 'cache-and-network' });
  const items = (data?.hallCatalogue ?? []).filter((item) => !category || item.category === category);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={1}>{t('hall.nav')}</Title>
        {staff && <EquipmentFormButton />}
      </Group>
      <Text maw={720}>{t('hall.intro')}</Text>
      <Group align="flex-end" gap="md">
        <Select
          label={t('hall.categoryFilter')}
          data={[{ value: '', label: t('hall.allCategories') }, ...CATEGORIES.map((value) => ({ value, label: t(`hall.category.${value}`) }))]}
          value={category ?? ''}
          onChange={(value) => setCategory((value || null) as EquipmentCategory | null)}
          allowDeselect={false}
          w={260}
          maw="100%"
        />
        {staff && <Checkbox label={t('hall.showArchived')} checked={archived} onChange={(event) => setArchived(event.currentTarget.checked)} mb={8} />}
      </Group>
      {!data && error ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !data ? (
        <LoadingState label={t('hall.loading')} />
      ) : items.length === 0 ? (
        <EmptyState>{data.hallCatalogue.length === 0 ? t('hall.empty') : t('hall.emptyCategory')}</EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" data-testid="hall-catalogue">
          {items.map((item) => (
            <Card key={item.id} withBorder padding="lg" radius="md" component="article" aria-labelledby={`equipment-${item.id}`} data-testid="equipment-card">
              {item.photoUrl && (
                <Card.Section>
                  <Image src={item.photoUrl} alt={t('hall.photoAlt', { name: item.name })} h={140} fit="cover" />
                </Card.Section>
              )}
              <Stack gap="xs" mt={item.photoUrl ? 'sm' : 0} h="100%">
                <Title order={2} size="h4" id={`equipment-${item.id}`} dir="auto">
                  <AnchorLink to="/hall/$equipmentId" params={{ equipmentId: item.id }} inherit>
                    {item.name}
                  </AnchorLink>
                </Title>
                <EquipmentBadges equipment={item} />
                <Text size="sm" lineClamp={3} dir="auto">
                  {item.description}
                </Text>
                {item.capacity && (
                  <EquipmentFact label={t('hall.capacity')} value={item.capacity} />
                )}
                <Group gap="xs" mt="auto" pt="xs">
                  <ButtonLink to="/hall/$equipmentId" params={{ equipmentId: item.id }} size="xs" aria-label={t('hall.openLabel', { name: item.name })}>
                    {t('hall.open')}
                  </ButtonLink>
                  {staff && <EquipmentFormButton equipment={item} />}
                  {staff && !item.archivedAt && <ArchiveEquipmentButton equipment={item} />}
                </Group>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
