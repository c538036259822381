import { Button } from './button';

export interface PagerProps {
  /** Names the navigation landmark, e.g. "Pages of professionals". */
  label: string;
  /** 0 for the first page. */
  pageIndex: number;
  pageSize: number;
  /** Rows on the page shown. */
  shown: number;
  totalCount: number;
  /** How the total is said when a number alone would mislead, e.g. "more than 1,000". */
  totalLabel?: string;
  hasNextPage: boolean;
  /** A page is on its way: both buttons wait. */
  isBusy?: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/**
 * Previous and Next over a keyset-paginated list, with where the reader is ("21–40 of 57"). The
 * API pages forwards only, so the caller keeps the cursors of the pages already seen.
 */
export function Pager({
  label,
  pageIndex,
  pageSize,
  shown,
  totalCount,
  totalLabel,
  hasNextPage,
  isBusy = false,
  onPrevious,
  onNext,
}: PagerProps) {
  if (pageIndex === 0 && !hasNextPage) return null;
  const first = shown === 0 ? 0 : pageIndex * pageSize + 1;
  const last = pageIndex * pageSize + shown;
  return (
    <nav className="pager" aria-label={label}>
      <Button onPress={onPrevious} isDisabled={isBusy || pageIndex === 0}>
        Previous<span className="visually-hidden"> page</span>
      </Button>
      <p className="pager__range">
        {first}–{last} of {totalLabel ?? totalCount}
      </p>
      <Button onPress={onNext} isDisabled={isBusy || !hasNextPage}>
        Next<span className="visually-hidden"> page</span>
      </Button>
    </nav>
  );
}
