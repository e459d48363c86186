import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/client-error';
import { useParcelList, type ParcelFilters } from '../../api/parcels.queries';
import { ErrorAlert } from '../../components/error-alert';
import { formatCount } from '../../format';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount';
import { currentLanguage } from '../../i18n';
import { useNavigate } from '../../navigation/navigation-context';
import { hasActiveParcelFilters, ParcelFiltersBar } from './parcel-filters';
import { ParcelTable, type ParcelSort } from './parcel-table';

const initialFilters: ParcelFilters = { statuses: [], needsAction: false, sort: 'date', direction: 'desc' };

/** The Colis section: every parcel, newest first, narrowed by the filters, with the count; a dashboard tile presets them. */
export function ParcelsPage({ filters: preset }: { filters?: ParcelFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [filters, setFilters] = useState<ParcelFilters>({ ...initialFilters, ...preset });
  const list = useParcelList(filters);
  const rows = useMemo(() => list.data?.pages.flatMap((page) => page.rows) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const sort: ParcelSort = { sort: filters.sort ?? 'date', direction: filters.direction ?? 'desc' };

  return (
    <section className="page page-wide">
      <div className="page-title">
        <h1 ref={heading} tabIndex={-1}>
          {t('nav.parcels')}
        </h1>
        <div className="toolbar">
          <button type="button" className="button-primary" onClick={() => navigate({ page: 'parcelNew' })}>
            {t('parcels.new')}
          </button>
        </div>
      </div>
      <ParcelFiltersBar filters={filters} onChange={setFilters} />
      <ErrorAlert code={list.isError ? errorCodeOf(list.error) : null} />
      {list.isPending ? (
        <p role="status">{t('parcels.loading')}</p>
      ) : (
        <>
          <p className="muted count-line" role="status">
            {t('parcels.count', { count: total, formatted: formatCount(total, currentLanguage()) })}
          </p>
          {total > 0 ? (
            <ParcelTable
              rows={rows}
              total={total}
              sort={sort}
              onSortChange={(next) => setFilters({ ...filters, ...next })}
              onNeedMore={loadMore}
            />
          ) : (
            <div className="empty-state">
              <p>{t('parcels.empty')}</p>
              {hasActiveParcelFilters(filters) && (
                <button type="button" className="button-secondary" onClick={() => setFilters(initialFilters)}>
                  {t('prisoners.clearFilters')}
                </button>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
