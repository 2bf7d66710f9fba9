import { Stack, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/catalogues';
import { useI18n } from '../i18n/use-i18n';
import { HighlightedText } from './highlighted-text';
import { textDirection, unescapeEntities } from './snippet';

export interface Highlight {
  field: string;
  snippets: readonly string[];
}

/** Fields whose snippets are short items (keywords…), listed on one line. */
const LIST_FIELDS = new Set(['keywords', 'techniques', 'publicationTitles']);

export function snippetsOf(highlights: readonly Highlight[], field: string): readonly string[] {
  return highlights.find((h) => h.field === field)?.snippets ?? [];
}

interface HitSnippetsProps {
  highlights: readonly Highlight[];
  /** Fields already shown elsewhere on the card (the title). */
  except: readonly string[];
  /** Shown when the search matched nothing else (e.g. browsing without a query). */
  fallback: ReactNode;
}

/** Where the search found its words, field by field, the words marked. */
export function HitSnippets({ highlights, except, fallback }: HitSnippetsProps) {
  const { t } = useI18n();
  const shown = highlights.filter((h) => !except.includes(h.field) && h.snippets.length > 0);
  if (shown.length === 0) return <>{fallback}</>;
  return (
    <Stack gap={4}>
      {shown.map((highlight) => (
        // The paragraph takes the direction of the record's text; the label, in the reader's language, is isolated.
        <Text key={highlight.field} size="sm" lineClamp={3} dir={textDirection(unescapeEntities(highlight.snippets[0]))} data-testid="hit-snippet">
          <bdi>
            <Text span fw={600} size="sm">
              {t('search.hit.labelled', { label: fieldLabel(t, highlight.field) })}
            </Text>
          </bdi>{' '}
          {highlight.snippets.map((snippet, i) => (
            <Fragment key={i}>
              {i > 0 && (LIST_FIELDS.has(highlight.field) ? ' · ' : ' … ')}
              <HighlightedText snippet={snippet} excerpt={!LIST_FIELDS.has(highlight.field)} />
            </Fragment>
          ))}
        </Text>
      ))}
    </Stack>
  );
}

function fieldLabel(t: (key: MessageKey) => string, field: string): string {
  const key = `search.field.${field}`;
  const label = t(key as MessageKey);
  return label ?? field;
}
