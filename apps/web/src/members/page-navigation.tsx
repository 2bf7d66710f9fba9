import { Button, Group, Text } from '@mantine/core';
import { useI18n } from '../i18n/use-i18n';

interface Props {
  page: number;
  totalCount: number;
  pageSize: number;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** "Page 2 of 5" with previous and next, for a cursor connection. */
export function PageNavigation({ page, totalCount, pageSize, hasNextPage, onPrevious, onNext }: Props) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  if (pages <= 1 && page <= 1) return null;
  return (
    <Group component="nav" aria-label={t('members.pagination')} justify="space-between" gap="sm">
      <Button variant="default" onClick={onPrevious} disabled={page <= 1}>
        {t('members.previous')}
      </Button>
      <Text size="sm" aria-live="polite">
        {t('members.pageOf', { page, pages })}
      </Text>
      <Button variant="default" onClick={onNext} disabled={!hasNextPage}>
        {t('members.next')}
      </Button>
    </Group>
  );
}
