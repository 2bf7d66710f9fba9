import { useEffect, useState } from 'react';

export interface PageStep {
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * The `after` cursor of each page seen, per search (key: viewer, tab, query, filters, sort):
 * cursors[p - 1] opens page p; the first page needs none.
 */
const known = new Map<string, (string | null)[]>();

function cursorsOf(key: string): (string | null)[] {
  let cursors = known.get(key);
  if (!cursors) known.set(key, (cursors = [null]));
  return cursors;
}

/** Page `page` answered: its endCursor opens the next one. */
export function rememberEndCursor(key: string, page: number, endCursor: string | null): void {
  if (endCursor) cursorsOf(key)[page] = endCursor;
}

interface Walk {
  key: string;
  page: number;
  /** The search has fewer pages than asked: its last one. */
  lastPage?: number;
  error?: unknown;
}

/**
 * The connection's cursors only lead forward, one page at a time. A page opened from its
 * address (reload, shared link, a jump in the pagination) is reached by following the
 * cursors from the last page known, asking only for them; pages seen are remembered.
 * Answers `after` (undefined while walking) or the search's last page when it has fewer.
 */
export function usePageCursor(key: string, page: number, step: (after: string | null) => Promise<PageStep>) {
  const [walk, setWalk] = useState<Walk>();
  const [attempt, setAttempt] = useState(0);
  const cursor = cursorsOf(key)[page - 1];
  const current = walk?.key === key && walk.page === page ? walk : undefined;

  useEffect(() => {
    if (cursorsOf(key)[page - 1] !== undefined) return;
    let cancelled = false;
    void (async () => {
      const cursors = cursorsOf(key);
      try {
        let reached = cursors.length;
        while (cursors[page - 1] === undefined) {
          const { endCursor, hasNextPage } = await step(cursors[reached - 1]);
          if (cancelled) return;
          if (!hasNextPage || !endCursor) {
            setWalk({ key, page, lastPage: reached });
            return;
          }
          cursors[reached] = endCursor;
          reached += 1;
        }
        setWalk({ key, page });
      } catch (error) {
        if (!cancelled) setWalk({ key, page, error });
      }
    })();
    return () => {
      cancelled = true;
    };
    // `step` changes with every render; the key says everything it depends on.
  }, [key, page, attempt]);

  return {
    after: cursor,
    lastPage: current?.lastPage,
    error: current?.error,
    retry: () => {
      setWalk(undefined);
      setAttempt((n) => n + 1);
    },
  };
}
