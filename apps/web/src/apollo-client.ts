import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { from, switchMap, throwError } from 'rxjs';
import { RefreshSessionDocument } from './auth/refresh-session';
import { endSession, getSession, saveSession } from './auth/session';
import { getLanguage } from './i18n/language';

declare module '@apollo/client' {
  interface DefaultContext {
    /** The access token this attempt was sent with, if any. */
    sentAccessToken?: string;
    /** Set once the operation has been retried after a token refresh. */
    retriedAfterRefresh?: boolean;
  }
}

/**
 * Public operations go out without a bearer token: the API rejects an expired token even on
 * public fields, and these are the calls made when the access token has expired or belongs to
 * someone else (a reset or invitation link opened in a browser holding another session).
 */
const TOKENLESS_OPERATIONS = new Set([
  'SignIn',
  'RefreshSession',
  'SignOut',
  'Register',
  'SignUpOrganisations',
  'RequestPasswordReset',
  'ResetPassword',
  'Invitation',
  'AcceptInvitation',
]);

function isUnauthenticated(error: ErrorLike): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/** Adds the bearer token and the interface language (the API localises its messages with it). */
const authLink = new SetContextLink((prevContext, operation) => {
  const { authorization: _stale, ...headers } = (prevContext.headers ?? {}) as Record<string, string>;
  const session = getSession();
  const sendToken = session !== null && !TOKENLESS_OPERATIONS.has(operation.operationName ?? '');
  return {
    sentAccessToken: sendToken ? session.accessToken : undefined,
    headers: {
      ...headers,
      'accept-language': getLanguage(),
      ...(sendToken ? { authorization: `Bearer ${session.accessToken}` } : {}),
    },
  };
});

let refreshing: Promise<boolean> | null = null;

/**
 * Gets a fresh token pair, once for all the operations that failed together (refresh tokens are
 * single use). Resolves true when the failed operations should be retried, false when the session
 * is over; rejects on a network error, leaving the session in place.
 */
function refreshSession(staleAccessToken: string | undefined): Promise<boolean> {
  const session = getSession();
  if (!session) return Promise.resolve(false);
  // Another operation already refreshed while this one was in flight.
  if (staleAccessToken !== undefined && session.accessToken !== staleAccessToken) return Promise.resolve(true);
  refreshing ??= client
    .mutate({ mutation: RefreshSessionDocument, variables: { token: session.refreshToken }, fetchPolicy: 'no-cache' })
    .then(({ data }) => {
      if (!data) throw new Error('Empty refreshToken response');
      saveSession(data.refreshToken);
      return true;
    })
    .catch((error: unknown) => {
      if (!CombinedGraphQLErrors.is(error)) throw error;
      endSession('expired'); // refresh token spent, expired or revoked
      return false;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** On UNAUTHENTICATED: refresh the tokens once and retry; without a way to refresh, back to sign-in. */
const refreshLink = new ErrorLink(({ error, operation, forward }) => {
  if (!isUnauthenticated(error) || TOKENLESS_OPERATIONS.has(operation.operationName ?? '')) return;
  const context = operation.getContext();
  if (!getSession()) return;
  if (context.retriedAfterRefresh) {
    endSession('expired');
    return;
  }
  return from(refreshSession(context.sentAccessToken)).pipe(
    switchMap((refreshed) => {
      if (!refreshed) return throwError(() => error);
      operation.setContext({ retriedAfterRefresh: true });
      return forward(operation);
    }),
  );
});

export const client = new ApolloClient({
  // Same origin as the API in production; the Vite dev server proxies /graphql.
  link: ApolloLink.from([refreshLink, authLink, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // "Load more" appends pages; filter is the only argument that picks a different list.
          needs: relayStylePagination(['filter']),
          // Lists read whole (refetched after each action): a new answer replaces the old one.
          pipeline: { merge: false },
          pipelineCounts: { merge: false },
          myMatches: { merge: false },
          interests: { merge: false },
          notifications: { merge: false },
          kpis: { merge: false },
        },
      },
      // Id-less parts of a match: merge a fresh answer into what the cache holds.
      MatchSideView: { merge: true },
      MatchContacts: { merge: true },
      ContactCard: { merge: true },
    },
  }),
});
