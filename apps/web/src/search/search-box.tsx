import { Button, CloseButton, Group, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/use-i18n';
import type { SearchKind } from './search-params';

interface SearchBoxProps {
  kind: SearchKind;
  /** The query in the address; the box follows it (back button, shared link). */
  query: string;
  onSearch: (query: string) => void;
}

/** The query box: typos are fine, any of the three languages; Enter or the button searches. */
export function SearchBox({ kind, query, onSearch }: SearchBoxProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(query);
  useEffect(() => setDraft(query), [query]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(draft.trim());
  }

  return (
    <form onSubmit={submit} role="search">
      <Group align="end" gap="sm" wrap="nowrap">
        <TextInput
          flex={1}
          miw={0}
          label={t(kind === 'needs' ? 'search.query.needs' : 'search.query.researchers')}
          placeholder={t(kind === 'needs' ? 'search.query.placeholderNeeds' : 'search.query.placeholderResearchers')}
          value={draft}
          maxLength={1000}
          onChange={(event) => setDraft(event.currentTarget.value)}
          rightSection={draft ? <CloseButton size="sm" aria-label={t('search.query.clear')} onClick={() => { setDraft(''); onSearch(''); }} /> : null}
        />
        <Button type="submit">{t('search.submit')}</Button>
      </Group>
    </form>
  );
}
