import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { parcelStatuses } from '../../../shared/parcels/parcel-values';
import type { ParcelFilters } from '../../api/parcels.queries';
import { DateRangeFilter } from '../../components/date-range-filter';
import { PrisonerSearchField } from '../registry/prisoners/prisoner-search-field';

interface ParcelFiltersBarProps {
  filters: ParcelFilters;
  onChange: (next: ParcelFilters) => void;
}

export function hasActiveParcelFilters(filters: ParcelFilters): boolean {
  return (
    (filters.statuses?.length ?? 0) > 0 ||
    filters.prisonerId !== undefined ||
    filters.from !== undefined ||
    filters.to !== undefined ||
    filters.needsAction === true
  );
}

/** Status, person, date range and "needs action": each narrows the list at once, in the vault. */
export function ParcelFiltersBar({ filters, onChange }: ParcelFiltersBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<ParcelFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="filters" role="group" aria-label={t('parcels.filters.legend')}>
      <div className="filter-selects">
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('parcels.filters.status')}</label>
          <select
            id={`${id}-status`}
            value={filters.statuses?.[0] ?? ''}
            onChange={(event) =>
              set({
                statuses: event.target.value === '' ? [] : [event.target.value as (typeof parcelStatuses)[number]],
              })
            }
          >
            <option value="">{t('parcels.filters.anyStatus')}</option>
            {parcelStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`parcels.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <PrisonerSearchField
          label={t('parcels.filters.prisoner')}
          prisonerId={filters.prisonerId ?? null}
          onChange={(prisonerId) => set({ prisonerId: prisonerId ?? undefined })}
        />
        <DateRangeFilter
          fromLabel={t('parcels.filters.from')}
          toLabel={t('parcels.filters.to')}
          from={filters.from}
          to={filters.to}
          onFrom={(from) => set({ from: from ?? undefined })}
          onTo={(to) => set({ to: to ?? undefined })}
        />
        <label className="checkbox filter-archived">
          <input
            type="checkbox"
            checked={filters.needsAction === true}
            onChange={(event) => set({ needsAction: event.target.checked })}
          />
          {t('parcels.filters.needsAction')}
        </label>
      </div>
    </div>
  );
}
