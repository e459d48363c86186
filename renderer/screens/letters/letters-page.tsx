import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { letterDirections, letterStatuses } from '../../../shared/letters/letter-values';
import { errorCodeOf } from '../../api/client-error';
import { useLetterList, type LetterFilters } from '../../api/letters.queries';
import { ErrorAlert } from '../../components/error-alert';
import { formatCount } from '../../format';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount';
import { currentLanguage } from '../../i18n';
import { LetterTable } from './letter-table';

const initialFilters: LetterFilters = { status: [], needsAction: false, sort: 'dated', descending: true };

/** The Courrier section: every letter, filtered by direction, status and "needs action", sorted, with the count. */
export function LettersPage() {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const ids = { direction: useId(), status: useId(), needs: useId() };
  const [filters, setFilters] = useState<LetterFilters>(initialFilters);
  const list = useLetterList(filters);
  const rows = useMemo(() => list.data?.pages.flatMap((page) => page.rows) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <section className="page page-wide">
      <h1 ref={heading} tabIndex={-1}>
        {t('nav.letters')}
      </h1>
      <div className="filters letter-filters" role="group" aria-label={t('letters.list.filters')}>
        <div className="field">
          <label htmlFor={ids.direction}>{t('letters.direction.label')}</label>
          <select
            id={ids.direction}
            value={filters.direction ?? ''}
            onChange={(event) => {
              const value = letterDirections.find((d) => d === event.target.value) ?? null;
              setFilters({ ...filters, direction: value });
            }}
          >
            <option value="">{t('letters.list.all')}</option>
            {letterDirections.map((d) => (
              <option key={d} value={d}>
                {t(`letters.directionShort.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.status}>{t('letters.status.label')}</label>
          <select
            id={ids.status}
            value={filters.status?.[0] ?? ''}
            onChange={(event) => {
              const value = letterStatuses.find((s) => s === event.target.value);
              setFilters({ ...filters, status: value ? [value] : [] });
            }}
          >
            <option value="">{t('letters.list.all')}</option>
            {letterStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`letters.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="field-inline" htmlFor={ids.needs}>
          <input
            id={ids.needs}
            type="checkbox"
            checked={filters.needsAction ?? false}
            onChange={(event) => setFilters({ ...filters, needsAction: event.target.checked })}
          />
          {t('letters.needsAction')}
        </label>
      </div>
      <ErrorAlert code={list.isError ? errorCodeOf(list.error) : null} />
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
          />
        </>
      ) : (
        <p className="muted">{t('letters.list.empty')}</p>
      )}
    </section>
  );
}
