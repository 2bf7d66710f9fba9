import { skipToken, useQuery } from '@apollo/client/react';
import { Badge, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useId } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { useRefetchOnLanguageChange } from '../ui/use-refetch-on-language';

export const DetectConceptsDocument = graphql(`
  query DetectConcepts($text: String!) {
    detectConcepts(text: $text) {
      code
      label
      matched
    }
  }
`);

/** Long enough to name something; shorter texts are not sent. */
const MIN_TEXT_LENGTH = 3;
/** The API reads at most this much. */
const MAX_TEXT_LENGTH = 20_000;
const DEBOUNCE_MS = 500;

export interface ConceptPreviewProps {
  /** The text being written (title, description, keywords…), in any of the three languages. */
  text: string;
}

/**
 * The AGROVOC concepts that search and matching will extract from a text, shown as the person
 * types, labelled in the reader's language, so they see what their words will be matched on.
 */
export function ConceptPreview({ text }: ConceptPreviewProps) {
  const { t } = useI18n();
  const titleId = useId();
  const [debounced] = useDebouncedValue(conceptText(text), DEBOUNCE_MS);
  const ready = debounced.length >= MIN_TEXT_LENGTH;
  const { data, previousData, loading, error, refetch } = useQuery(DetectConceptsDocument, ready ? { variables: { text: debounced } } : skipToken);
  // Labels come in the account's language: read them again once it follows the page's.
  useRefetchOnLanguageChange(useCallback(() => (ready ? refetch() : Promise.resolve()), [ready, refetch]));
  const concepts = ready ? (data ?? previousData)?.detectConcepts : [];

  return (
    <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-gray-0)" component="section" aria-labelledby={titleId} data-testid="concept-preview">
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text id={titleId} fw={600} size="sm">
            {t('concepts.preview.title')}
          </Text>
          {loading && <Loader size="xs" aria-label={t('concepts.preview.loading')} />}
        </Group>
        <Text size="xs" c="gray.7">
          {t('concepts.preview.explanation')}
        </Text>
        <div aria-live="polite">
          {error ? (
            <Text size="sm" c="red.8">
              {t('concepts.preview.unavailable')}
            </Text>
          ) : concepts && concepts.length > 0 ? (
            <Group gap={6} component="ul" aria-label={t('concepts.preview.listLabel', { count: concepts.length })} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {concepts.map((concept) => (
                <li key={concept.code}>
                  <Badge variant="light" tt="none" maw="100%" data-testid="detected-concept">
                    {concept.label}
                  </Badge>
                </li>
              ))}
            </Group>
          ) : (
            <Text size="sm" c="gray.7">
              {ready && !loading ? t('concepts.preview.none') : t('concepts.preview.waiting')}
            </Text>
          )}
        </div>
      </Stack>
    </Paper>
  );
}

function conceptText(text: string): string {
  return text.trim().slice(0, MAX_TEXT_LENGTH);
}
