import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, List, Modal, Stack, Table, Text, Title } from '@mantine/core';
import type { ErrorLike } from '@apollo/client';
import { useState, type ReactNode } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-states';
import { ButtonLink } from '../ui/router-links';
import { useDocumentTitle } from '../ui/use-document-title';
import { GlossaryEntryForm, valuesForWord } from './glossary-entry-form';

const GlossarySuggestionsDocument = graphql(`
  query GlossarySuggestions {
    glossarySuggestions(first: 25) {
      word
      language
      needs
      profiles
      contexts {
        kind
        id
        title
        snippet
      }
    }
  }
`);

const ZeroHitQueriesDocument = graphql(`
  query ZeroHitQueries {
    zeroHitQueries(first: 25) {
      query
      scope
      occurrences
      lastAt
    }
  }
`);

/** Staff: what to teach the glossary next — words of needs and profiles without a concept, and searches that found nothing. */
export function GlossarySuggestionsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('glossary.suggestions.title'));
  const [adding, setAdding] = useState<{ word: string; language: string } | null>(null);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('glossary.suggestions.title')}</Title>
        <Text c="gray.7">{t('glossary.suggestions.intro')}</Text>
        <Group>
          <ButtonLink to="/glossary" variant="default">
            {t('glossary.suggestions.back')}
          </ButtonLink>
        </Group>
      </Stack>
      <UnmappedWords onAdd={setAdding} />
      <ZeroHitSearches onAdd={setAdding} />
      <Modal opened={adding !== null} onClose={() => setAdding(null)} title={t('glossary.form.addTitle')} size="xl" closeButtonProps={{ 'aria-label': t('glossary.close') }}>
        {adding && (
          <GlossaryEntryForm key={adding.word} initial={valuesForWord(adding.word, adding.language)} onDone={() => setAdding(null)} onCancel={() => setAdding(null)} />
        )}
      </Modal>
    </Stack>
  );
}

function UnmappedWords({ onAdd }: { onAdd: (word: { word: string; language: string }) => void }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(GlossarySuggestionsDocument, { fetchPolicy: 'cache-and-network' });
  const rows = data?.glossarySuggestions ?? [];
  return (
    <SuggestionCard
      title={t('glossary.suggestions.words')}
      hint={t('glossary.suggestions.wordsHint')}
      emptyText={t('glossary.suggestions.noWords')}
      minWidth={640}
      spacious
      state={{ data, loading, error, refetch, empty: rows.length === 0 }}
    >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('glossary.suggestions.word')}</Table.Th>
            <Table.Th>{t('glossary.suggestions.where')}</Table.Th>
            <Table.Th>{t('glossary.suggestions.contexts')}</Table.Th>
            <Table.Th>{t('glossary.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.word}>
              <Table.Td dir="auto" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {row.word}
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {t('glossary.suggestions.needs', { count: row.needs })}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {t('glossary.suggestions.profiles', { count: row.profiles })}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <List size="sm" spacing={4}>
                  {row.contexts.map((context) => (
                    <List.Item key={`${context.kind}-${context.id}`}>
                      <Text span size="xs" c="gray.7">
                        {t(context.kind === 'NEED' ? 'glossary.suggestions.need' : 'glossary.suggestions.profile')} · <span dir="auto">{context.title}</span>
                      </Text>
                      <Text size="sm" dir="auto">
                        {context.snippet}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              </Table.Td>
              <Table.Td>
                <Button size="compact-sm" onClick={() => onAdd({ word: row.word, language: row.language })} aria-label={t('glossary.suggestions.addLabel', { word: row.word })}>
                  {t('glossary.suggestions.add')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
    </SuggestionCard>
  );
}

function ZeroHitSearches({ onAdd }: { onAdd: (word: { word: string; language: string }) => void }) {
  const { t, formatDateTime } = useI18n();
  const { data, loading, error, refetch } = useQuery(ZeroHitQueriesDocument, { fetchPolicy: 'cache-and-network' });
  const rows = data?.zeroHitQueries ?? [];
  return (
    <SuggestionCard
      title={t('glossary.suggestions.queries')}
      hint={t('glossary.suggestions.queriesHint')}
      emptyText={t('glossary.suggestions.noQueries')}
      minWidth={560}
      state={{ data, loading, error, refetch, empty: rows.length === 0 }}
    >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('glossary.suggestions.query')}</Table.Th>
            <Table.Th>{t('glossary.suggestions.scope')}</Table.Th>
            <Table.Th>{t('glossary.suggestions.occurrences')}</Table.Th>
            <Table.Th>{t('glossary.suggestions.last')}</Table.Th>
            <Table.Th>{t('glossary.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.scope}-${row.query}`}>
              <Table.Td dir="auto" fw={600}>
                {row.query}
              </Table.Td>
              <Table.Td>{t(row.scope === 'needs' ? 'glossary.suggestions.scopeNeeds' : 'glossary.suggestions.scopeResearchers')}</Table.Td>
              <Table.Td>{row.occurrences}</Table.Td>
              <Table.Td>{formatDateTime(row.lastAt)}</Table.Td>
              <Table.Td>
                <Button size="compact-sm" onClick={() => onAdd({ word: row.query, language: '' })} aria-label={t('glossary.suggestions.addLabel', { word: row.query })}>
                  {t('glossary.suggestions.add')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
    </SuggestionCard>
  );
}


interface SuggestionCardProps {
  title: string;
  hint: string;
  emptyText: string;
  minWidth: number;
  spacious?: boolean;
  state: { data: unknown; loading: boolean; error?: ErrorLike; refetch: () => unknown; empty: boolean };
  children: ReactNode;
}

/** A titled card of suggestions: its loading, error and empty states, then its table. */
function SuggestionCard({ title, hint, emptyText, minWidth, spacious, state, children }: SuggestionCardProps) {
  const { t } = useI18n();
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {title}
        </Title>
        <Text size="sm" c="gray.7">
          {hint}
        </Text>
        {state.loading && !state.data && <LoadingState label={t('glossary.loading')} />}
        {state.error && <ErrorState error={state.error} onRetry={() => void state.refetch()} />}
        {Boolean(state.data) && state.empty && <EmptyState>{emptyText}</EmptyState>}
        {!state.empty && (
          <Table.ScrollContainer minWidth={minWidth}>
            <Table striped verticalSpacing={spacious ? 'sm' : undefined} aria-label={title}>
              {children}
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
