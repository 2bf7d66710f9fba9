import { graphql } from '../gql';

/** Trades the (single-use) refresh token for a new pair; used by the Apollo error link. */
export const RefreshSessionDocument = graphql(`
  mutation RefreshSession($token: String!) {
    refreshToken(token: $token) {
      accessToken
      refreshToken
    }
  }
`);
