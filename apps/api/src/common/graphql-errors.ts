import { HttpException } from '@nestjs/common';
import { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { DomainError, InvalidInputError, ServiceUnavailableError } from './domain-errors';
import { Language, languageFromHeader, translate } from './i18n-messages';
import { GraphQLContext } from './viewer';

interface Localizable {
  key: string;
  params: Record<string, string | number>;
  fields?: { field: string; reason: string; params?: Record<string, string | number> }[];
}

/**
 * The one place where errors become GraphQL errors: domain errors keep their code and a
 * translatable message; a database that cannot be reached answers SERVICE_UNAVAILABLE; anything unexpected (Nest has already logged it) is answered as a bare
 * internal error, so no engine, SQL or stack detail reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return fromDomainError(formatted, original);
  // Postgres down or restarting: the client may retry, unlike an internal error.
  if (isDatabaseUnavailable(original)) return fromDomainError(formatted, new ServiceUnavailableError('databaseUnavailable'));
  if (original instanceof HttpException) return fromHttpException(formatted, original);
  // Parse, validation and variable errors already carry their own code (e.g. BAD_USER_INPUT).
  if (original instanceof GraphQLError && formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function fromDomainError(formatted: GraphQLFormattedError, error: DomainError): GraphQLFormattedError {
  const localizable: Localizable = { key: error.messageKey, params: error.params };
  if (error instanceof InvalidInputError) localizable.fields = error.problems;
  const extensions: Record<string, unknown> = { code: error.code, localizable };
  if ('retryAfterSeconds' in error) extensions.retryAfterSeconds = error.retryAfterSeconds;
  return { message: render(localizable, 'en').message, path: formatted.path, locations: formatted.locations, extensions };
}

function fromHttpException(formatted: GraphQLFormattedError, error: HttpException): GraphQLFormattedError {
  const status = error.getStatus();
  const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT';
  return { message: error.message, path: formatted.path, extensions: { code } };
}

function render(localizable: Localizable, language: Language) {
  const fields = localizable.fields?.map((f) => ({ field: f.field, reason: translate(f.reason, language, f.params) }));
  const details = fields?.map((f) => `${f.field}: ${f.reason}`).join('; ');
  return { message: translate(localizable.key, language, { ...localizable.params, details: details ?? '' }), fields };
}

/** Rewrites error messages in the reader's language: their preferred one, else Accept-Language, else French. */
export const localizeErrorsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const language: Language =
          contextValue.viewer?.language ?? languageFromHeader(contextValue.req?.headers['accept-language']) ?? 'fr';
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) => localize(error, language));
      },
    };
  },
};

function localize(error: GraphQLFormattedError, language: Language): GraphQLFormattedError {
  const { localizable, ...extensions } = (error.extensions ?? {}) as { localizable?: Localizable };
  if (!localizable) return error;
  const { message, fields } = render(localizable, language);
  return { ...error, message, extensions: fields ? { ...extensions, fields } : extensions };
}

const SUGGESTION = / ?Did you mean .+?\?/g;

/**
 * Production: no "Did you mean …?" in any error. Apollo's hideSchemaDetailsFromClientErrors
 * strips it from validation errors only; variables are checked later (an input field or an enum
 * value misspelt in `variables`), so their messages are cleaned here too.
 */
export const hideSuggestionsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({ ...error, message: error.message.replace(SUGGESTION, '') }));
      },
    };
  },
};
