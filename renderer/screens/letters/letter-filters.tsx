import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { letterDirections, letterStatuses } from '../../../shared/letters/letter-values';
import type { LetterFilters } from '../../api/letters.queries';
import { useFacilities, useMembers, useTags } from '../../api/registry.queries';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { DateRangeFilter } from '../../components/date-range-filter';
import { PrisonerSearchField } from '../registry/prisoners/prisoner-search-field';

interface LetterFiltersBarProps {
  filters: LetterFilters;
  onChange: (next: LetterFilters) => void;
}

/** Any filter that narrows the list (the sort does not). */
export function hasActiveLetterFilters(filters: LetterFilters): boolean {
  return (
    (filters.direction ?? null) !== null ||
    (filters.status?.length ?? 0) > 0 ||
    (filters.writerMemberId ?? null) !== null ||
    (filters.prisonerId ?? null) !== null ||
    (filters.tagId ?? null) !== null ||
    (filters.facilityId ?? null) !== null ||
    (filters.from ?? null) !== null ||
    (filters.to ?? null) !== null ||
    (filters.createdBefore ?? null) !== null ||
    filters.needsAction === true
  );
}

const numberOrNull = (value: string) => (value === '' ? null : Number(value));

/** Direction, status, writer, person, tag, prison, dates and "needs action": each narrows the list at once, in the vault. */
export function LetterFiltersBar({ filters, onChange }: LetterFiltersBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const members = useMembers();
  const tags = useTags();
  const facilities = useFacilities();
  const set = (patch: Partial<LetterFilters>) => onChange({ ...filters, ...patch });
  const select = (
    key: string,
    label: string,
    value: string,
    options: { value: string; label: string }[],
    onSelect: (value: string) => void,
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={value} onChange={(event) => onSelect(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  const all = { value: '', label: t('letters.list.all') };

  return (
    <div className="filters" role="group" aria-label={t('letters.list.filters')}>
      <div className="filter-selects letter-filters">
        {select(
          'direction',
          t('letters.direction.label'),
          filters.direction ?? '',
          [all, ...letterDirections.map((d) => ({ value: d, label: t(`letters.directionShort.${d}`) }))],
          (value) => set({ direction: letterDirections.find((d) => d === value) ?? null }),
        )}
        {select(
          'status',
          t('letters.status.label'),
          filters.status?.[0] ?? '',
          [all, ...letterStatuses.map((s) => ({ value: s, label: t(`letters.status.${s}`) }))],
          (value) => {
            const status = letterStatuses.find((s) => s === value);
            set({ status: status ? [status] : [] });
          },
        )}
        {select(
          'writer',
          t('letters.filters.writer'),
          filters.writerMemberId === null || filters.writerMemberId === undefined ? '' : String(filters.writerMemberId),
          [
            { value: '', label: t('letters.filters.anyWriter') },
            { value: '0', label: t('letters.fields.group') },
            ...(members.data ?? []).map((m) => ({ value: String(m.id), label: m.pseudonym })),
          ],
          (value) => set({ writerMemberId: numberOrNull(value) }),
        )}
        <PrisonerSearchField
          label={t('letters.filters.prisoner')}
          prisonerId={filters.prisonerId ?? null}
          onChange={(prisonerId) => set({ prisonerId })}
        />
        {select(
          'tag',
          t('letters.filters.tag'),
          filters.tagId ? String(filters.tagId) : '',
          [
            { value: '', label: t('letters.filters.anyTag') },
            ...(tags.data ?? []).map((tag) => ({ value: String(tag.id), label: tag.name })),
          ],
          (value) => set({ tagId: numberOrNull(value) }),
        )}
        {select(
          'facility',
          t('letters.filters.facility'),
          filters.facilityId ? String(filters.facilityId) : '',
          [
            { value: '', label: t('letters.filters.anyFacility') },
            ...(facilities.data ?? []).map((f) => ({ value: String(f.id), label: `${f.name} (${f.city})` })),
          ],
          (value) => set({ facilityId: numberOrNull(value) }),
        )}
        <DateRangeFilter
          className="field-date"
          fromLabel={t('letters.filters.from')}
          toLabel={t('letters.filters.to')}
          from={filters.from}
          to={filters.to}
          onFrom={(from) => set({ from })}
          onTo={(to) => set({ to })}
        />
        <label className="checkbox filter-archived">
          <input
            type="checkbox"
            checked={filters.needsAction === true}
            onChange={(event) => set({ needsAction: event.target.checked })}
          />
          {t('letters.needsAction')}
        </label>
      </div>
      {filters.createdBefore && (
        <p className="attention-filter" data-testid="created-before-filter">
          <span>
            {t('letters.filters.createdBefore', { date: formatDate(filters.createdBefore, currentLanguage()) })}
          </span>
          <button type="button" className="button-secondary" onClick={() => set({ createdBefore: null })}>
            {t('letters.filters.clearCreatedBefore')}
          </button>
        </p>
      )}
    </div>
  );
}
