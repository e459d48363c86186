import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttentionKind } from '../../../../shared/dashboard/dashboard.schemas';
import { call } from '../../../api/client';
import { errorCodeOf } from '../../../api/client-error';
import { usePrisonerList, type PrisonerFilters } from '../../../api/registry.queries';
import { ErrorAlert } from '../../../components/error-alert';
import { AttentionFilterNote } from '../../dashboard/attention-filter-note';
import { ExportButton } from '../../import-export/export-button';
import { formatCount } from '../../../format';
import { useFocusOnMount } from '../../../hooks/use-focus-on-mount';
import { currentLanguage } from '../../../i18n';
import { useNavigate } from '../../../navigation/navigation-context';
import { PrisonerBulkBar } from './prisoner-bulk-bar';
import { PrisonerColumnChooser } from './prisoner-column-chooser';
import type { OptionalColumn } from './prisoner-columns';
import { hasActiveFilters, PrisonerFiltersBar } from './prisoner-filters';
import { PrisonerTable, type PrisonerSort } from './prisoner-table';
import { useRowSelection } from './use-row-selection';

const initialFilters: PrisonerFilters = {
  statuses: [],
  tagIds: [],
  includeArchived: false,
  sort: 'name',
  direction: 'asc',
};

/**
 * The prisoner list: filters, a sortable virtualised table with the columns the user chose, a selection and what to
 * do with it, and what to do first when it is empty. Opened from a dashboard tile, it shows that tile's prisoners.
 */
export function PrisonersPage({ attention }: { attention?: AttentionKind }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [filters, setFiltersOnly] = useState<PrisonerFilters>(
    attention ? { ...initialFilters, attention } : initialFilters,
  );
  const [shown, setShown] = useState<OptionalColumn[]>([]);
  const selection = useRowSelection();
  const [selectError, setSelectError] = useState<unknown>(null);
  // Other filters show other people: a selection made under the old ones would act on rows no longer in sight.
  const setFilters = (next: PrisonerFilters) => {
    const { sort: _s, direction: _d, ...was } = filters;
    const { sort: _ns, direction: _nd, ...now } = next;
    if (JSON.stringify(was) !== JSON.stringify(now)) selection.clear();
    setFiltersOnly(next);
  };
  const list = usePrisonerList(filters);
  const rows = useMemo(() => list.data?.pages.flatMap((page) => page.rows) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const filtered = hasActiveFilters(filters);
  const sort: PrisonerSort = { sort: filters.sort ?? 'name', direction: filters.direction ?? 'asc' };
  const allSelected = total > 0 && selection.selected.size >= total;
  const selectAll = () => {
    const { sort: _s, direction: _d, ...only } = filters;
    setSelectError(null);
    call('prisoners:ids', only).then(selection.replace, setSelectError);
  };

  return (
    <section className="page page-wide">
      <div className="page-title">
        <h1 ref={heading} tabIndex={-1}>
          {t('nav.prisoners')}
        </h1>
        <div className="toolbar">
          <button
            type="button"
            className="button-primary"
            title={t('prisoners.newTitle')}
            onClick={() => navigate({ page: 'prisonerNew' })}
          >
            {t('prisoners.new')}
          </button>
          <button type="button" className="button-secondary" onClick={() => navigate({ page: 'import' })}>
            {t('prisoners.import')}
          </button>
          <ExportButton input={{ list: 'prisoners', filters }} />
          {total > 0 && <PrisonerColumnChooser shown={shown} onChange={setShown} />}
        </div>
      </div>
      {filters.attention && (
        <AttentionFilterNote
          kind={filters.attention}
          onClear={() => {
            const { attention: _a, ...rest } = filters;
            setFilters(rest);
          }}
        />
      )}
      {(total > 0 || filtered) && <PrisonerFiltersBar filters={filters} onChange={setFilters} />}
      <ErrorAlert code={list.isError ? errorCodeOf(list.error) : null} />
      <ErrorAlert code={selectError ? errorCodeOf(selectError) : null} />
      {selection.selected.size > 0 && (
        <PrisonerBulkBar
          selected={[...selection.selected]}
          total={total}
          allSelected={allSelected}
          onSelectAll={selectAll}
          onClear={selection.clear}
        />
      )}
      {list.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : total > 0 ? (
        <>
          <p className="muted count-line" role="status">
            {t('prisoners.count', { count: total, formatted: formatCount(total, currentLanguage()) })}
          </p>
          <PrisonerTable
            rows={rows}
            total={total}
            sort={sort}
            onSortChange={(next) => setFilters({ ...filters, ...next })}
            onNeedMore={loadMore}
            shown={shown}
            selection={selection}
            allSelected={allSelected}
            onSelectAll={(on) => (on ? selectAll() : selection.clear())}
          />
        </>
      ) : filtered ? (
        <div className="empty-state">
          <p>{t('prisoners.noMatch')}</p>
          <button type="button" className="button-secondary" onClick={() => setFilters(initialFilters)}>
            {t('prisoners.clearFilters')}
          </button>
        </div>
      ) : (
        list.isSuccess && (
          <div className="empty-state">
            <p>{t('prisoners.empty')}</p>
            <p className="muted">{t('prisoners.emptyNext')}</p>
            <div className="toolbar">
              <button type="button" className="button-primary" onClick={() => navigate({ page: 'prisonerNew' })}>
                {t('prisoners.new')}
              </button>
              <button type="button" className="button-secondary" onClick={() => navigate({ page: 'import' })}>
                {t('prisoners.import')}
              </button>
            </div>
          </div>
        )
      )}
    </section>
  );
}
