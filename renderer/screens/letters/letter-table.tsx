import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterRow, letterSorts } from '../../../shared/letters/letters.schemas';
import { formatDate, formatShortDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { useNavigate } from '../../navigation/navigation-context';
import { MayNotHaveArrived } from './may-not-have-arrived';

export type LetterSort = (typeof letterSorts)[number];

interface LetterTableProps {
  rows: LetterRow[];
  total: number;
  sort: LetterSort;
  descending: boolean;
  onSortChange: (sort: LetterSort, descending: boolean) => void;
  /** Asked for when the user scrolls near the last loaded row. */
  onNeedMore: () => void;
  isSelected: (id: number) => boolean;
  /** Ticks or unticks the row at `index`; with shift, the range from the last one ticked. */
  onToggle: (index: number, shift: boolean) => void;
  allSelected: boolean;
  onSelectAll: (on: boolean) => void;
  /** Opens the letter (a click on the row, or Enter on it). */
  onOpen: (id: number) => void;
}

const ROW_HEIGHT = 44;
const OVERSCAN = 10;
const LOAD_AHEAD = 40;
// Fits the 1024 px window: the date is short (medium style), the status leaves room for its badges; at 1280 px the
// person's name takes most of what is left.
const COLUMNS =
  '2.5rem minmax(7.5rem, 0.6fr) minmax(7rem, 1.6fr) minmax(5.5rem, 0.5fr) minmax(12rem, 0.8fr) minmax(5.5rem, 0.8fr) minmax(5.5rem, 1.4fr)';

/**
 * All the letters, however many (200,000 is an ordinary vault after a few years): only the rows on screen are in the
 * page (TanStack Virtual), the next rows are fetched while scrolling, the sort is done by the vault. The date opens
 * the letter (Enter on it, or a click anywhere on the row); the box ticks it for the bulk actions.
 */
export function LetterTable({
  rows,
  total,
  sort,
  descending,
  onSortChange,
  onNeedMore,
  isSelected,
  onToggle,
  allSelected,
  onSelectAll,
  onOpen,
}: LetterTableProps) {
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

  const sortHead = (key: LetterSort, label: string) => {
    const active = sort === key;
    return (
      <th scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}>
        <button
          type="button"
          className="sort-button"
          onClick={() => onSortChange(key, active ? !descending : key === 'dated')}
        >
          {label}
          <span aria-hidden="true" className="sort-mark">
            {active ? (descending ? '▼' : '▲') : ''}
          </span>
        </button>
      </th>
    );
  };
  const plainHead = (label: string) => (
    <th scope="col">
      <span className="plain-head">{label}</span>
    </th>
  );

  return (
    <div className="table-scroll" ref={scrollRef} data-testid="letter-table-scroll">
      <table
        className="data-table prisoner-grid letter-grid"
        aria-rowcount={total + 1}
        aria-label={t('letters.list.tableLabel')}
      >
        <thead>
          <tr aria-rowindex={1} style={{ gridTemplateColumns: COLUMNS }}>
            <th scope="col" className="cell-select-head">
              <label className="cell-select">
                <input
                  type="checkbox"
                  aria-label={t('letters.selection.selectAllRows')}
                  checked={allSelected}
                  onChange={(event) => onSelectAll(event.target.checked)}
                />
              </label>
            </th>
            {sortHead('dated', t('letters.list.columns.date'))}
            {sortHead('prisoner', t('letters.list.columns.prisoner'))}
            {plainHead(t('letters.list.columns.direction'))}
            {sortHead('status', t('letters.list.columns.status'))}
            {plainHead(t('letters.list.columns.writer'))}
            {plainHead(t('letters.list.columns.facility'))}
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
                className={isSelected(row.id) ? 'row-selected row-openable' : 'row-openable'}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT, gridTemplateColumns: COLUMNS }}
                onClick={(event) => {
                  // A click on the row opens the letter, unless it was on a control of its own (the box, the name).
                  if (event.target instanceof Element && event.target.closest('button, input, label')) return;
                  onOpen(row.id);
                }}
              >
                <td>
                  <label className="cell-select">
                    <input
                      type="checkbox"
                      aria-label={t('letters.selection.selectRow', {
                        date: formatDate(row.datedOn, language),
                        name: row.prisonerName,
                      })}
                      checked={isSelected(row.id)}
                      onChange={(event) => onToggle(item.index, (event.nativeEvent as MouseEvent).shiftKey)}
                    />
                  </label>
                </td>
                <td>
                  <button
                    type="button"
                    className="button-link"
                    aria-label={t('letters.open', { date: formatShortDate(row.datedOn, language) })}
                    onClick={() => onOpen(row.id)}
                  >
                    {formatShortDate(row.datedOn, language)}
                  </button>
                </td>
                <td className="cell-name">
                  <button
                    type="button"
                    className="button-link"
                    onClick={() => navigate({ page: 'prisoner', id: row.prisonerId })}
                  >
                    {row.prisonerName}
                  </button>
                </td>
                <td>{t(`letters.directionShort.${row.direction}`)}</td>
                <td>
                  {t(`letters.status.${row.status}`)}
                  {row.needsAction && <strong className="needs-action"> · {t('letters.needsAction')}</strong>}
                  {row.mayNotHaveArrived && <MayNotHaveArrived compact />}
                </td>
                <td>{row.writerName ?? t('letters.fields.group')}</td>
                <td>{row.facilityName ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
