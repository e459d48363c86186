import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { prisonerStatuses, type PrisonerStatus } from '../../../../shared/registry/prisoners.schemas';
import { useFacilities, useTags, type PrisonerFilters } from '../../../api/registry.queries';
import { countriesOf } from '../../../countries';
import { currentLanguage } from '../../../i18n';

/** The filters the registry list and the print selection share. */
type RegistryFilters = Pick<PrisonerFilters, 'statuses' | 'tagIds' | 'facilityId' | 'country' | 'includeArchived'>;

interface PrisonerFiltersProps<F extends RegistryFilters> {
  filters: F;
  onChange: (filters: F) => void;
  /** The print selection never includes archived prisoners, so it hides that box. */
  archivedToggle?: boolean;
}

export function hasActiveFilters(filters: PrisonerFilters): boolean {
  return (
    (filters.statuses?.length ?? 0) > 0 ||
    (filters.tagIds?.length ?? 0) > 0 ||
    filters.facilityId !== undefined ||
    filters.country !== undefined ||
    filters.includeArchived === true ||
    filters.attention !== undefined
  );
}

/** Status (several), campaign, facility, country and archived: each change reloads the list from the vault. */
export function PrisonerFiltersBar<F extends RegistryFilters>({
  filters,
  onChange,
  archivedToggle = true,
}: PrisonerFiltersProps<F>) {
  const { t } = useTranslation();
  const id = useId();
  const tags = useTags();
  const facilities = useFacilities();
  const language = currentLanguage();
  const statuses = filters.statuses ?? [];
  const countries = useMemo(
    () =>
      countriesOf(
        (facilities.data ?? []).map((f) => f.country),
        language,
      ),
    [facilities.data, language],
  );

  const toggleStatus = (status: PrisonerStatus, on: boolean) =>
    onChange({ ...filters, statuses: on ? [...statuses, status] : statuses.filter((s) => s !== status) });

  return (
    <div className="filters" role="group" aria-label={t('prisoners.filters.label')}>
      <fieldset className="filter-statuses">
        <legend>{t('prisoners.filters.status')}</legend>
        {prisonerStatuses.map((status) => (
          <label key={status} className="checkbox checkbox-inline">
            <input
              type="checkbox"
              checked={statuses.includes(status)}
              onChange={(event) => toggleStatus(status, event.target.checked)}
            />
            {t(`prisonerStatus.${status}`)}
          </label>
        ))}
      </fieldset>
      <div className="filter-selects">
        <div className="field">
          <label htmlFor={`${id}-tag`}>{t('prisoners.filters.tag')}</label>
          <select
            id={`${id}-tag`}
            value={filters.tagIds?.[0] ?? ''}
            onChange={(event) =>
              onChange({ ...filters, tagIds: event.target.value ? [Number(event.target.value)] : [] })
            }
          >
            <option value="">{t('prisoners.filters.all')}</option>
            {(tags.data ?? []).map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-facility`}>{t('prisoners.filters.facility')}</label>
          <select
            id={`${id}-facility`}
            value={filters.facilityId ?? ''}
            onChange={(event) =>
              onChange({ ...filters, facilityId: event.target.value ? Number(event.target.value) : undefined })
            }
          >
            <option value="">{t('prisoners.filters.all')}</option>
            {(facilities.data ?? []).map((facility) => (
              <option key={facility.id} value={facility.id}>
                {facility.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-country`}>{t('prisoners.filters.country')}</label>
          <select
            id={`${id}-country`}
            value={filters.country ?? ''}
            onChange={(event) => onChange({ ...filters, country: event.target.value || undefined })}
          >
            <option value="">{t('prisoners.filters.all')}</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
        </div>
        {archivedToggle && (
          <label className="checkbox filter-archived">
            <input
              type="checkbox"
              checked={filters.includeArchived ?? false}
              onChange={(event) => onChange({ ...filters, includeArchived: event.target.checked })}
            />
            {t('prisoners.filters.archived')}
          </label>
        )}
      </div>
    </div>
  );
}
