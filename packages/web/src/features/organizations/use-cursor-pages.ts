import { useState } from 'react';

/**
 * Where the reader is in a keyset-paginated list. The API pages forwards only (`after`), so the
 * end cursors of the pages already seen are kept to step back without offsets. `key` names the
 * filters the pages belong to: when it changes, the reader starts again at the first page.
 */
export function useCursorPages(key: string) {
  const [paging, setPaging] = useState({ key, afters: [] as string[] });
  const afters = paging.key === key ? paging.afters : [];

  return {
    /** The `after` of the page shown; null for the first page. */
    after: afters[afters.length - 1] ?? null,
    /** 0 for the first page. */
    pageIndex: afters.length,
    next(endCursor: string | null | undefined) {
      if (endCursor) setPaging({ key, afters: [...afters, endCursor] });
    },
    previous() {
      setPaging({ key, afters: afters.slice(0, -1) });
    },
  };
}
