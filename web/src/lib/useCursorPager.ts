import { useCallback, useState } from 'react';

/**
 * Previous/Next paging over a Relay connection: a stack of `after` cursors, one per page
 * visited. Changing filters or page size must call `reset()`.
 */
export function useCursorPager(initialPageSize = 20) {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  const [pageSize, setPageSizeState] = useState(initialPageSize);

  const after = stack[stack.length - 1];
  const page = stack.length;

  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setStack((s) => [...s, endCursor]);
  }, []);
  const previous = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const reset = useCallback(() => setStack([null]), []);
  const setPageSize = useCallback((size: number) => {
    setPageSizeState(size);
    setStack([null]);
  }, []);

  return { after, page, pageSize, hasPrevious: stack.length > 1, next, previous, reset, setPageSize };
}

export type CursorPager = ReturnType<typeof useCursorPager>;
