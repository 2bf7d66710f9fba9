import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { graphql } from '../gql';

const ViewerLanguageDocument = graphql(`
  query ViewerLanguage {
    me {
      id
      preferredLanguage
    }
  }
`);

/**
 * The API writes labels and messages in the account's language, which the language switcher
 * saves after changing the page's: refetch a page's data once the account has the new language,
 * so concept labels and the API's reasons follow the page.
 */
export function useRefetchOnLanguageChange(refetch: () => Promise<unknown>): void {
  const { data } = useQuery(ViewerLanguageDocument);
  const language = data?.me.preferredLanguage;
  const previous = useRef(language);

  useEffect(() => {
    if (previous.current && language && previous.current !== language) void refetch().catch(() => undefined);
    previous.current = language;
  }, [language, refetch]);
}
