import { Badge, Group, VisuallyHidden } from '@mantine/core';
import type { NeedStatus, NeedVisibility, Sector } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';

interface BadgeNeed {
  sector: Sector;
  status: NeedStatus;
  visibility: NeedVisibility;
  trlCurrent: number;
  trlTarget: number;
  archivedAt?: string | null;
}

// Shade 9 keeps light badges' text readable (AA contrast).
const STATUS_COLORS: Record<NeedStatus, string> = { DRAFT: 'orange.9', OPEN: 'teal.9', IN_PROGRESS: 'blue.9', CLOSED: 'dark' };

/** Sector, status, visibility and maturity of a need, each named for screen readers. */
export function NeedBadges({ need }: { need: BadgeNeed }) {
  const { t } = useI18n();
  const trl = { current: need.trlCurrent, target: need.trlTarget };
  return (
    <Group gap={6} component="ul" aria-label={t('needs.details')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      <li>
        <Badge variant="light" color="grape.9" tt="none">
          <VisuallyHidden>{t('needs.labelled', { label: t('needs.sector') })}</VisuallyHidden>
          {t(`sector.${need.sector}`)}
        </Badge>
      </li>
      <li>
        <Badge variant="light" color={STATUS_COLORS[need.status]} tt="none">
          <VisuallyHidden>{t('needs.labelled', { label: t('needs.status') })}</VisuallyHidden>
          {t(`status.${need.status}`)}
        </Badge>
      </li>
      {need.archivedAt && (
        <li>
          <Badge variant="filled" color="gray.7" tt="none">
            {t('needs.archived')}
          </Badge>
        </li>
      )}
      <li>
        <Badge variant="outline" color="gray.8" tt="none">
          <VisuallyHidden>{t('needs.labelled', { label: t('needs.visibility') })}</VisuallyHidden>
          {t(`visibility.${need.visibility}`)}
        </Badge>
      </li>
      <li>
        <Badge variant="outline" color="petrol" tt="none">
          <VisuallyHidden>
            {t('needs.labelled', { label: t('needs.trl') })}
            {t('needs.trlRangeSpoken', trl)}
          </VisuallyHidden>
          <span aria-hidden="true" dir="ltr">
            {t('needs.trlRange', trl)}
          </span>
        </Badge>
      </li>
    </Group>
  );
}
