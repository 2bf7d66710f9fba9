import { SimpleGrid, Text } from '@mantine/core';
import { useI18n } from '../i18n/use-i18n';

const STAGES = ['total', 'proposed', 'introduced', 'collaborating'] as const;

export type MatchCounts = Record<(typeof STAGES)[number], number>;

/** How far a need's matches went: suggested, proposed to both sides, introduced, collaborating. */
export function MatchCountFigures({ counts, size = 'xl' }: { counts: MatchCounts; size?: 'md' | 'xl' }) {
  const { t } = useI18n();
  return (
    <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs" component="dl" m={0} data-testid="match-counts">
      {STAGES.map((stage) => (
        <div key={stage} data-testid={`count-${stage}`}>
          <Text component="dt" size="xs" c="gray.7">
            {t(`needs.counts.${stage}`)}
          </Text>
          <Text component="dd" fw={700} size={size} m={0}>
            {counts[stage]}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
