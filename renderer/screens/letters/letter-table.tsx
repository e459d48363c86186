import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterRow, letterSorts } from '../../../shared/letters/letters.schemas';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { useNavigate } from '../../navigation/navigation-context';

export type LetterSort = (typeof letterSorts)[number];

interface LetterTableProps {
  rows: LetterRow[];
  total: number;
  sort: LetterSort;
  descending: boolean;
  onSortChange: (sort: LetterSort, descending: boolean) => void;
  /** Asked for when the user scrolls near the last loaded row. */
  onNeedMore: () => void;
}

const ROW_HEIGHT = 44;
const OVERSCAN = 10;
const LOAD_AHEAD = 40;
const COLUMNS =
  'minmax(7rem, 0.8fr) minmax(10rem, 1.4fr) minmax(6rem, 0.7fr) minmax(8rem, 1fr) minmax(7rem, 1fr) minmax(10rem, 1.4fr)';

/**
 * All the letters, however many (200,000 is an ordinary vault after a few years): only the rows on screen are in the
 * page (TanStack Virtual), the next rows are fetched while scrolling, the sort is done by the vault.
 */
export function LetterTable({ rows, total, sort, descending, onSortChange, onNeedMore }: LetterTableProps) {
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
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT, gridTemplateColumns: COLUMNS }}
              >
                <td>{formatDate(row.datedOn, language)}</td>
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
