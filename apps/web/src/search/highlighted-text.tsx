import { Mark } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { aroundFirstMatch, parseSnippet } from './snippet';

/**
 * A search snippet with its matched words marked, rendered as text nodes (see parseSnippet);
 * `excerpt` starts a long one shortly before its first match.
 */
export function HighlightedText({ snippet, excerpt = false }: { snippet: string; excerpt?: boolean }) {
  const parts = useMemo(() => {
    const parsed = parseSnippet(snippet);
    return excerpt ? aroundFirstMatch(parsed) : parsed;
  }, [snippet, excerpt]);
  return (
    <>
      {parts.map((part, i) => (part.marked ? <Mark key={i}>{part.text}</Mark> : <Fragment key={i}>{part.text}</Fragment>))}
    </>
  );
}
