import type { ApolloClient } from '@apollo/client';
import { DetectConceptsDocument } from '../concepts/concept-preview';
import type { MessageKey } from '../i18n/catalogues';
import { matchingText, type NeedFormValues } from './need-form-values';

/** Below this, experts rarely understand a need well enough to answer it. */
export const SHORT_DESCRIPTION = 200;

export interface PublishWarning {
  key: MessageKey;
  params?: Record<string, number>;
}

/**
 * What makes a need hard to match, said before it is published (warnings, never blocks): a short
 * description, no keywords, no thesaurus concept that matching could use.
 */
export async function publishWarnings(client: ApolloClient, values: NeedFormValues): Promise<PublishWarning[]> {
  const warnings: PublishWarning[] = [];
  const length = values.description.trim().length;
  if (length < SHORT_DESCRIPTION) warnings.push({ key: 'needs.warning.shortDescription', params: { length, min: SHORT_DESCRIPTION } });
  if (values.keywords.length === 0) warnings.push({ key: 'needs.warning.noKeywords' });
  if ((await conceptCount(client, matchingText(values))) === 0) warnings.push({ key: 'needs.warning.noConcepts' });
  return warnings;
}

/** How many concepts the API finds; a failed look-up does not stop publishing (null, no warning). */
async function conceptCount(client: ApolloClient, text: string): Promise<number | null> {
  try {
    const { data } = await client.query({ query: DetectConceptsDocument, variables: { text: text.slice(0, 20_000) } });
    return data?.detectConcepts.length ?? null;
  } catch {
    return null;
  }
}
