import { useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrisonerRow } from '../../../../shared/registry/prisoners.schemas';
import { prisonerSortKeys } from '../../../../shared/registry/prisoners.schemas';
import { useNavigate } from '../../../navigation/navigation-context';
import { prisonerColumns, prisonerTableFeatures } from './prisoner-columns';

type SortKey = (typeof prisonerSortKeys)[number];
export interface PrisonerSort {
  sort: SortKey;
  direction: 'asc' | 'desc';
}

interface PrisonerTableProps {
  rows: PrisonerRow[];
  total: number;
  sort: PrisonerSort;
  onSortChange: (sort: PrisonerSort) => void;
  /** Asked for when the user scrolls near the last loaded row. */
  onNeedMore: () => void;
}

const ROW_HEIGHT = 44;
/** Rows rendered beyond the visible ones, so fast scrolling shows no blank band. */
const OVERSCAN = 10;
/** Load the next page this many rows before the end of what is loaded. */
const LOAD_AHEAD = 40;

const isSortKey = (id: string): id is SortKey => (prisonerSortKeys as readonly string[]).includes(id);

/**
 * The prisoner list: thousands of rows, only those on screen are in the page (TanStack Virtual); the header stays
 * in view; a header button sorts by that column, in the vault.
 */
export function PrisonerTable({ rows, total, sort, onSortChange, onNeedMore }: PrisonerTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const sorting: SortingState = [{ id: sort.sort, desc: sort.direction === 'desc' }];
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = typeof updater === 'function' ? updater(sorting) : updater;
    const first = next[0];
    if (first && isSortKey(first.id)) onSortChange({ sort: first.id, direction: first.desc ? 'desc' : 'asc' });
  };
  const table = useTable({
    features: prisonerTableFeatures,
    columns: prisonerColumns,
    data: rows,
    getRowId: (row) => String(row.id),
    state: { sorting },
    onSortingChange,
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
  });
  const tableRows = table.getRowModel().rows;
  // The app is not built with the React Compiler; TanStack Virtual's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (lastIndex >= rows.length - LOAD_AHEAD && rows.length < total) onNeedMore();
  }, [lastIndex, rows.length, total, onNeedMore]);

  return (
    <div className="table-scroll" ref={scrollRef} data-testid="prisoner-table-scroll">
      <table className="data-table prisoner-grid" aria-rowcount={total + 1} aria-label={t('prisoners.tableLabel')}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      {t(`prisoners.columns.${header.column.id as SortKey}`)}
                      <span aria-hidden="true" className="sort-mark">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = tableRows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={(event) => {
                  if (!(event.target instanceof HTMLButtonElement)) navigate({ page: 'prisoner', id: row.original.id });
                }}
              >
                {row.getAllCells().map((cell) => (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
