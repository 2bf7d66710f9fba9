import { useCallback, useState } from 'react';

/**
 * Page-by-page navigation over a cursor connection: the cursors of the pages seen so far, so
 * "previous" goes back without the API knowing page numbers. Reset when the filters change.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length;
  const after = cursors[cursors.length - 1];
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setCursors((current) => [...current, endCursor]);
  }, []);
  const previous = useCallback(() => setCursors((current) => (current.length > 1 ? current.slice(0, -1) : current)), []);
  const reset = useCallback(() => setCursors([null]), []);
  return { page, after, next, previous, reset };
}
