import { tokenize } from './normalise';
import { stem } from './stem';
import { isStopWord } from './stop-words';

/** The terms a text is indexed and scored by: normalised, stop words dropped, lightly stemmed. */
export function analyse(text: string): string[] {
  return tokenize(text)
    .filter((token) => !isStopWord(token))
    .map(stem);
}
