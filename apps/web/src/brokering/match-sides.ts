import { graphql } from '../gql';

/**
 * Both sides' answers and, once both said yes, their contacts: read by the staff detail and by a
 * member's card (fragment masking is off, so components read these fields directly).
 */
export const MatchSidesFieldsFragmentDoc = graphql(`
  fragment MatchSidesFields on Match {
    industrialSide {
      answer
      answeredAt
      reason
      note
    }
    researcherSide {
      answer
      answeredAt
      reason
      note
    }
    contacts {
      industrial {
        name
        organisation
        email
        phone
      }
      researcher {
        name
        organisation
        email
        phone
      }
    }
  }
`);
