import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterTargetIn } from '../../../shared/letters/letter-bulk.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useLetterList, type LetterFilters } from '../../api/letters.queries';
import { ErrorAlert } from '../../components/error-alert';
import { formatCount } from '../../format';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount';
import { currentLanguage } from '../../i18n';
import { useRowSelection } from '../registry/prisoners/use-row-selection';
import { LetterBulkBar } from './letter-bulk-bar';
import { LetterDialog } from './letter-dialog';
import { hasActiveLetterFilters, LetterFiltersBar } from './letter-filters';
import { LetterTable } from './letter-table';

const initialFilters: LetterFilters = { status: [], needsAction: false, sort: 'dated', descending: true };

/** The list's filters without its order: what "select all N" and the bulk actions by filter act on. */
function withoutSort(filters: LetterFilters) {
  const { sort: _s, descending: _d, ...only } = filters;
  return only;
}

/**
 * The Courrier section: every letter, filtered and sorted, with the count; a letter opens in its dialog, ticked
 * letters are marked sent or returned, or exported, at once. Opened from a dashboard tile, it shows that tile's letters.
 */
export function LettersPage({ filters: preset, letterId }: { filters?: LetterFilters; letterId?: number }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [filters, setFiltersOnly] = useState<LetterFilters>({ ...initialFilters, ...preset });
  const [openId, setOpenId] = useState<number | null>(letterId ?? null);
  const selection = useRowSelection();
  // "Select all N": every letter the filters give, loaded or not, acted on through the filters themselves.
  const [allFiltered, setAllFiltered] = useState(false);
  const clearSelection = () => {
    selection.clear();
    setAllFiltered(false);
  };
  // Other filters show other letters: a selection made under the old ones would act on rows no longer in sight.
  const setFilters = (next: LetterFilters) => {
    if (JSON.stringify(withoutSort(filters)) !== JSON.stringify(withoutSort(next))) clearSelection();
    setFiltersOnly(next);
  };
  const list = useLetterList(filters);
  const rows = useMemo(() => list.data?.pages.flatMap((page) => page.rows) ?? [], [list.data]);
  const ids = useMemo(() => rows.map((row) => row.id), [rows]);
  const total = list.data?.pages[0]?.total ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const count = allFiltered ? total : selection.selected.size;
  const target: LetterTargetIn = allFiltered
    ? { by: 'filters', filters: withoutSort(filters) }
    : { by: 'ids', letterIds: [...selection.selected] };
  const toggle = (index: number, shift: boolean) => {
    if (!allFiltered) return selection.toggle(ids, index, shift);
    // Unticking one of "all N" keeps the others that are loaded ticked (the rest are no longer in the selection).
    setAllFiltered(false);
    selection.replace(ids.filter((_, at) => at !== index));
  };

  return (
    <section className="page page-wide">
      <h1 ref={heading} tabIndex={-1}>
        {t('nav.letters')}
      </h1>
      <LetterFiltersBar filters={filters} onChange={setFilters} />
      <ErrorAlert code={list.isError ? errorCodeOf(list.error) : null} />
      {count > 0 && (
        <LetterBulkBar
          target={target}
          count={count}
          total={total}
          allSelected={allFiltered || count >= total}
          onSelectAll={() => setAllFiltered(true)}
          onClear={clearSelection}
        />
      )}
      {list.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : total > 0 ? (
        <>
          <p className="muted count-line" role="status">
            {t('letters.list.count', { count: total, formatted: formatCount(total, currentLanguage()) })}
          </p>
          <LetterTable
            rows={rows}
            total={total}
            sort={filters.sort ?? 'dated'}
            descending={filters.descending ?? true}
            onSortChange={(sort, descending) => setFilters({ ...filters, sort, descending })}
            onNeedMore={loadMore}
            isSelected={(id) => allFiltered || selection.selected.has(id)}
            onToggle={toggle}
            allSelected={allFiltered || (total > 0 && selection.selected.size >= total)}
            onSelectAll={(on) => (on ? setAllFiltered(true) : clearSelection())}
            onOpen={setOpenId}
          />
        </>
      ) : hasActiveLetterFilters(filters) ? (
        <div className="empty-state">
          <p>{t('letters.filters.noMatch')}</p>
          <button type="button" className="button-secondary" onClick={() => setFilters(initialFilters)}>
            {t('letters.filters.clear')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('letters.list.empty')}</p>
      )}
      {openId !== null && (
        <LetterDialog
          letterId={openId}
          onClose={() => setOpenId(null)}
          // A deleted letter leaves the selection: a bulk action would refuse the whole selection for it.
          onDeleted={(id) =>
            selection.selected.has(id) && selection.replace([...selection.selected].filter((x) => x !== id))
          }
        />
      )}
    </section>
  );
}
