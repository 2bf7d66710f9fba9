import { Anchor, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Sector } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';

interface ProposedOrganisation {
  sectors: readonly Sector[];
  website?: string | null;
  description: string;
}

/** What a visitor entered for the organisation they proposed at sign-up, for staff to judge. */
export function ProposedOrganisationDetails({ organisation }: { organisation: ProposedOrganisation }) {
  const { t } = useI18n();
  return (
    <Card withBorder padding="sm" bg="gray.0">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('staff.approvals.organisationDetails')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={4}>
          <Text size="sm">
            {t('staff.approvals.sectors')}
            {t('staff.colon')}
            {organisation.sectors.map((sector) => t(`sector.${sector}`)).join(', ')}
          </Text>
          {organisation.website && (
            <Text size="sm">
              {t('staff.approvals.website')}
              {t('staff.colon')}
              <Anchor href={organisation.website} target="_blank" rel="noreferrer noopener" dir="ltr">
                {organisation.website}
              </Anchor>
            </Text>
          )}
        </SimpleGrid>
        <Text size="sm" dir="auto" c={organisation.description ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-line' }}>
          {organisation.description || t('staff.approvals.noDescription')}
        </Text>
      </Stack>
    </Card>
  );
}
