import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParcelRow, ParcelSortKey } from '../../../shared/parcels/parcels.schemas';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { useNavigate } from '../../navigation/navigation-context';

export interface ParcelSort {
  sort: ParcelSortKey;
  direction: 'asc' | 'desc';
}

interface ParcelTableProps {
  rows: ParcelRow[];
  total: number;
  sort: ParcelSort;
  onSortChange: (sort: ParcelSort) => void;
  /** Asked for when the user scrolls near the last loaded row. */
  onNeedMore: () => void;
}

const ROW_HEIGHT = 44;
const OVERSCAN = 10;
const LOAD_AHEAD = 40;

type Column = 'date' | 'prisoner' | 'facility' | 'status' | 'weight' | 'items';
const columns: readonly Column[] = ['date', 'prisoner', 'facility', 'status', 'weight', 'items'];
const sortable: Partial<Record<Column, ParcelSortKey>> = {
  date: 'date',
  prisoner: 'prisoner',
  status: 'status',
  weight: 'weight',
};
const gridTemplateColumns = '8rem minmax(7rem, 1.2fr) minmax(5rem, 1.3fr) minmax(13rem, 1.2fr) 5rem 5.5rem';

/**
 * The Colis list: only the rows on screen are in the page (TanStack Virtual, as the prisoner list), the header stays
 * in view, a header button sorts by that column in the vault (again: the other way round).
 */
export function ParcelTable({ rows, total, sort, onSortChange, onNeedMore }: ParcelTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = currentLanguage();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app is not built with the React Compiler; TanStack Virtual's unmemoisable API is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (lastIndex >= rows.length - LOAD_AHEAD && rows.length < total) onNeedMore();
  }, [lastIndex, rows.length, total, onNeedMore]);

  const cell = (row: ParcelRow, column: Column) => {
    switch (column) {
      case 'date':
        return formatDate(row.datedOn, language);
      case 'prisoner':
        return row.prisonerName;
      case 'facility':
        return row.facilityName ?? '';
      case 'status':
        return (
          <>
            {t(`parcels.status.${row.status}`)}
            {row.needsAction && <span className="badge badge-warning">{t('parcels.needsAction')}</span>}
          </>
        );
      case 'weight':
        return row.weightGrams === null ? '' : t('parcels.grams', { count: row.weightGrams });
      case 'items':
        return t('parcels.itemCount', { count: row.itemCount });
    }
  };

  return (
    <div className="table-scroll" ref={scrollRef} data-testid="parcel-table-scroll">
      <table className="data-table prisoner-grid parcel-grid" aria-rowcount={total + 1} aria-label={t('parcels.title')}>
        <thead>
          <tr aria-rowindex={1} style={{ gridTemplateColumns }}>
            {columns.map((column) => {
              const key = sortable[column];
              if (!key)
                return (
                  <th key={column} scope="col">
                    <span className="plain-head">{t(`parcels.columns.${column}`)}</span>
                  </th>
                );
              const sorted = sort.sort === key ? sort.direction : null;
              return (
                <th
                  key={column}
                  scope="col"
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      onSortChange({
                        sort: key,
                        direction:
                          sorted === null ? (key === 'date' ? 'desc' : 'asc') : sorted === 'asc' ? 'desc' : 'asc',
                      })
                    }
                  >
                    {t(`parcels.columns.${column}`)}
                    <span aria-hidden="true" className="sort-mark">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT, gridTemplateColumns }}
                onClick={() => navigate({ page: 'parcel', id: row.id })}
              >
                {columns.map((column) => (
                  <td key={column}>
                    {column === 'prisoner' ? (
                      <button
                        type="button"
                        className="button-link"
                        onClick={() => navigate({ page: 'parcel', id: row.id })}
                      >
                        {cell(row, column)}
                      </button>
                    ) : // The status keeps its badge whole; other text ends in an ellipsis when too long.
                    column === 'status' ? (
                      cell(row, column)
                    ) : (
                      <span className="cell-text">{cell(row, column)}</span>
                    )}
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
