import type { ReactNode } from 'react';
import {
  Cell as AriaCell,
  Column as AriaColumn,
  Row as AriaRow,
  Table as AriaTable,
  TableBody as AriaTableBody,
  TableHeader as AriaTableHeader,
  type CellProps,
  type ColumnProps as AriaColumnProps,
  type RowProps,
  type SortDescriptor,
  type TableBodyProps,
  type TableProps as AriaTableProps,
} from 'react-aria-components';

export type { SortDescriptor };

export interface TableProps extends Omit<AriaTableProps, 'className'> {
  /** Greys the rows while a new page or order is on its way, keeping the old rows readable. */
  isBusy?: boolean;
}

/**
 * A data table on React Aria's grid: arrow keys move between cells, links inside cells take focus,
 * and sortable headers announce their order (aria-sort). Sorting itself is the caller's (the
 * server's): the table only reports which column was pressed.
 */
export function Table({ isBusy = false, ...props }: TableProps) {
  return (
    <div className="table-scroll" aria-busy={isBusy || undefined}>
      <AriaTable {...props} className="table" />
    </div>
  );
}

export const TableHeader = AriaTableHeader;

export function TableBody<T extends object>(props: Omit<TableBodyProps<T>, 'className'>) {
  return <AriaTableBody {...props} className="table__body" />;
}

export interface ColumnProps extends Omit<AriaColumnProps, 'className' | 'children'> {
  children: ReactNode;
  /** Right-aligned, for dates and numbers. */
  align?: 'start' | 'end';
}

export function Column({ children, align = 'start', ...props }: ColumnProps) {
  return (
    <AriaColumn {...props} className={`table__column table__column--${align}`}>
      {({ allowsSorting, sortDirection }) => (
        <span className="table__column-label">
          {children}
          {allowsSorting ? (
            <span
              className="table__sort-indicator"
              aria-hidden="true"
              data-direction={sortDirection}
            >
              {sortDirection === 'ascending' ? '▲' : sortDirection === 'descending' ? '▼' : '↕'}
            </span>
          ) : null}
        </span>
      )}
    </AriaColumn>
  );
}

export function Row<T extends object>(props: Omit<RowProps<T>, 'className'>) {
  return <AriaRow {...props} className="table__row" />;
}

export function Cell(props: Omit<CellProps, 'className'>) {
  return <AriaCell {...props} className="table__cell" />;
}
