import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

export const CurrentUserDocument = graphql(`
  query CurrentUser {
    me {
      id
      fullName
      role
    }
  }
`);

/** The signed-in user (name and role), shared by the header, the menu and the pages. */
export function useViewer({ skip = false }: { skip?: boolean } = {}) {
  return useQuery(CurrentUserDocument, { skip });
}
