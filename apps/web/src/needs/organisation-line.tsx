import { Text } from '@mantine/core';
import { useI18n } from '../i18n/use-i18n';

/** Who posted a need, or "Organisation anonyme" when the API hides it from this reader. */
export function OrganisationLine({ organisation }: { organisation: { name: string; city: string } | null }) {
  const { t } = useI18n();
  if (!organisation) {
    return (
      <Text size="sm" c="gray.7" fs="italic">
        {t('needs.anonymousOrganisation')}
      </Text>
    );
  }
  return (
    <Text size="sm" c="gray.7">
      <Text span fw={600} c="var(--mantine-color-text)" dir="auto">
        {organisation.name}
      </Text>
      {' · '}
      <Text span dir="auto" inherit>
        {organisation.city}
      </Text>
    </Text>
  );
}
