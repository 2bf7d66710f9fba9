import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useRole } from '../shell/use-role';

const ViewerOrganisationDocument = graphql(`
  query ViewerOrganisation {
    me {
      id
      organisation {
        id
      }
    }
  }
`);

/**
 * Whether the signed-in person may edit and archive a need, as the API decides it: staff any need,
 * an industrial their own organisation's. Undefined while the person's organisation loads.
 */
export function useCanEditNeed(need: { organisation: { id: string } | null } | undefined): boolean | undefined {
  const role = useRole();
  const isIndustrial = role === 'INDUSTRIAL';
  const { data } = useQuery(ViewerOrganisationDocument, isIndustrial ? {} : skipToken);
  if (role === 'STAFF' || role === 'ADMIN') return true;
  if (!isIndustrial || !need) return false;
  if (!data) return undefined;
  const own = data.me.organisation?.id;
  return own !== undefined && need.organisation?.id === own;
}
