import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql';
import type { Language } from './language';

const SaveLanguageDocument = graphql(`
  mutation SaveLanguage($input: UpdateMeInput!) {
    updateMe(input: $input) {
      id
      preferredLanguage
    }
  }
`);

/**
 * The account keeps the language the person reads the page in: the API writes its messages
 * and e-mails in it. If saving fails, only those stay in the previous language.
 */
export function useSaveLanguage(): (language: Language) => void {
  const [save] = useMutation(SaveLanguageDocument);
  return useCallback((language: Language) => {
    save({ variables: { input: { preferredLanguage: language } } }).catch(() => undefined);
  }, [save]);
}
