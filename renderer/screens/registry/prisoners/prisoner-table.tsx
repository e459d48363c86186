import { useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrisonerRow } from '../../../../shared/registry/prisoners.schemas';
import { prisonerSortKeys } from '../../../../shared/registry/prisoners.schemas';
import { useNavigate } from '../../../navigation/navigation-context';
import {
  columnWidths,
  prisonerColumnsFor,
  prisonerTableFeatures,
  SelectionContext,
  type OptionalColumn,
} from './prisoner-columns';
import type { RowSelection } from './use-row-selection';

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
  /** The columns the user added. */
  shown: readonly OptionalColumn[];
  selection: RowSelection;
  /** Every filtered prisoner is ticked, loaded or not; `false` with some ticked shows the header box half-ticked. */
  allSelected: boolean;
  onSelectAll: (on: boolean) => void;
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
export function PrisonerTable({
  rows,
  total,
  sort,
  onSortChange,
  onNeedMore,
  shown,
  selection,
  allSelected,
  onSelectAll,
}: PrisonerTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const sorting: SortingState = [{ id: sort.sort, desc: sort.direction === 'desc' }];
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = typeof updater === 'function' ? updater(sorting) : updater;
    const first = next[0];
    if (first && isSortKey(first.id)) onSortChange({ sort: first.id, direction: first.desc ? 'desc' : 'asc' });
  };
  const columns = useMemo(() => prisonerColumnsFor(shown), [shown]);
  const table = useTable({
    features: prisonerTableFeatures,
    columns,
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
  const gridTemplateColumns = columns.map((column) => columnWidths[column.id ?? ''] ?? '1fr').join(' ');
  const selectionContext = useMemo(() => {
    const ids = rows.map((row) => row.id);
    return {
      isSelected: (id: number) => selection.selected.has(id),
      toggle: (index: number, shift: boolean) => selection.toggle(ids, index, shift),
    };
  }, [rows, selection]);
  const someSelected = selection.selected.size > 0;
  const lastIndex = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (lastIndex >= rows.length - LOAD_AHEAD && rows.length < total) onNeedMore();
  }, [lastIndex, rows.length, total, onNeedMore]);

  return (
    <div className="table-scroll" ref={scrollRef} data-testid="prisoner-table-scroll">
      <table className="data-table prisoner-grid" aria-rowcount={total + 1} aria-label={t('prisoners.tableLabel')}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1} style={{ gridTemplateColumns }}>
              {group.headers.map((header) => {
                const id = header.column.id;
                if (id === 'select') {
                  return (
                    <th key={header.id} scope="col" className="cell-select-head">
                      <label className="cell-select" title={t('prisoners.selection.hint')}>
                        <input
                          type="checkbox"
                          aria-label={t('prisoners.selection.all')}
                          checked={allSelected}
                          ref={(box) => {
                            if (box) box.indeterminate = someSelected && !allSelected;
                          }}
                          onChange={(event) => onSelectAll(event.target.checked)}
                        />
                      </label>
                    </th>
                  );
                }
                if (!isSortKey(id)) {
                  return (
                    <th key={header.id} scope="col">
                      <span className="plain-head">{t(`prisoners.optionalColumns.${id as OptionalColumn}`)}</span>
                    </th>
                  );
                }
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      {t(`prisoners.columns.${id}`)}
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
        <SelectionContext.Provider value={selectionContext}>
          <tbody style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = tableRows[item.index];
              if (!row) return null;
              return (
                <tr
                  key={row.id}
                  aria-rowindex={item.index + 2}
                  className={selection.selected.has(row.original.id) ? 'row-selected' : undefined}
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT, gridTemplateColumns }}
                  onClick={(event) => {
                    // A click on the row opens the record, unless it was on a control of its own (the box, the name).
                    if (event.target instanceof Element && event.target.closest('button, input, label')) return;
                    navigate({ page: 'prisoner', id: row.original.id });
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
        </SelectionContext.Provider>
      </table>
    </div>
  );
}
