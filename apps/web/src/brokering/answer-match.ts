import { graphql } from '../gql';

/** A member's answer to a proposal; answers the whole card so the list updates from the cache. */
export const AnswerMatchDocument = graphql(`
  mutation AnswerMatch($id: ID!, $input: AnswerMatchInput!) {
    answerMatch(id: $id, input: $input) {
      ...MyMatchFields
    }
  }
`);

/** The answer may introduce the two sides, which sends notifications. */
export const REFETCH_AFTER_ANSWER = ['MyMatches', 'UnreadNotificationCount'];
