import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { MessageKey } from '../i18n/catalogues';

type Translate = (key: MessageKey) => string;

/**
 * A message for the reader. GraphQL errors carry the API's own message, already in the reader's
 * language (sent as Accept-Language); transport failures get a generic localised one.
 */
export function describeError(error: ErrorLike, t: Translate): string {
  if (CombinedGraphQLErrors.is(error)) {
    const messages = [...new Set(error.errors.map((e) => e.message).filter(Boolean))];
    return messages.length > 0 ? messages.join(' ') : t('error.server');
  }
  if (ServerError.is(error)) return t('error.server');
  return t('error.network');
}

/** The API's machine-readable code of the first GraphQL error, e.g. RATE_LIMITED. */
export function errorCode(error: ErrorLike | undefined): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The API's per-field problems of a BAD_USER_INPUT error (reasons already in the reader's
 * language), by field name without its input prefix: { note: 'précisez…' }.
 */
export function fieldErrors(error: ErrorLike | undefined | null): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [path, reason] of Object.entries(fieldErrorsByPath(error))) {
    const name = path.split('.').pop() ?? path;
    result[name] = result[name] ? `${result[name]} ${reason}` : reason;
  }
  return result;
}

/**
 * The same problems by the API's full field path ('milestones.1.dueDate', 'booking.endsOn'), for
 * forms whose nested inputs reuse a name (a milestone's title is not the collaboration's).
 */
export function fieldErrorsByPath(error: ErrorLike | undefined | null): Record<string, string> {
  if (!error || !CombinedGraphQLErrors.is(error)) return {};
  const result: Record<string, string> = {};
  for (const graphQLError of error.errors) {
    const fields = graphQLError.extensions?.fields;
    if (!Array.isArray(fields)) continue;
    for (const item of fields as { field?: unknown; reason?: unknown }[]) {
      if (typeof item.field !== 'string' || typeof item.reason !== 'string') continue;
      result[item.field] = result[item.field] ? `${result[item.field]} ${item.reason}` : item.reason;
    }
  }
  return result;
}
