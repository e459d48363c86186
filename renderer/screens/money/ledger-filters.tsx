import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category, Fund } from '../../../shared/money/ledger-outputs.schemas';
import { paymentStatuses } from '../../../shared/money/money-values';
import type { LedgerFilters } from '../../api/money.queries';
import { DateRangeFilter } from '../../components/date-range-filter';
import { PrisonerSearchField } from '../registry/prisoners/prisoner-search-field';
import { categoryName } from './category-name';

interface LedgerFiltersBarProps {
  filters: LedgerFilters;
  funds: readonly Fund[];
  categories: readonly Category[];
  onChange: (next: LedgerFilters) => void;
}

export function hasLedgerFilters(filters: LedgerFilters): boolean {
  return (['fromOn', 'toOn', 'status', 'fundId', 'categoryId', 'prisonerId'] as const).some(
    (key) => filters[key] !== undefined,
  );
}

const idOrUndefined = (value: string) => (value === '' ? undefined : Number(value));

/** Dates, status, fund, category and prisoner: each narrows the account's entries at once, in the vault. */
export function LedgerFiltersBar({ filters, funds, categories, onChange }: LedgerFiltersBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<LedgerFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="filters" role="group" aria-label={t('money.screens.ledger.filters')}>
      <div className="filter-selects">
        <DateRangeFilter
          fromLabel={t('money.screens.ledger.from')}
          toLabel={t('money.screens.ledger.to')}
          from={filters.fromOn}
          to={filters.toOn}
          onFrom={(from) => set({ fromOn: from ?? undefined })}
          onTo={(to) => set({ toOn: to ?? undefined })}
        />
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('money.screens.ledger.status')}</label>
          <select
            id={`${id}-status`}
            value={filters.status ?? ''}
            onChange={(event) =>
              set({ status: event.target.value === '' ? undefined : (event.target.value as LedgerFilters['status']) })
            }
          >
            <option value="">{t('money.screens.ledger.anyStatus')}</option>
            {paymentStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`money.screens.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-fund`}>{t('money.screens.ledger.fund')}</label>
          <select
            id={`${id}-fund`}
            value={filters.fundId ?? ''}
            onChange={(event) => set({ fundId: idOrUndefined(event.target.value) })}
          >
            <option value="">{t('money.screens.ledger.anyFund')}</option>
            {funds.map((fund) => (
              <option key={fund.id} value={fund.id}>
                {fund.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('money.screens.ledger.category')}</label>
          <select
            id={`${id}-category`}
            value={filters.categoryId ?? ''}
            onChange={(event) => set({ categoryId: idOrUndefined(event.target.value) })}
          >
            <option value="">{t('money.screens.ledger.anyCategory')}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {categoryName(t, category)}
              </option>
            ))}
          </select>
        </div>
        <PrisonerSearchField
          label={t('money.screens.ledger.prisoner')}
          prisonerId={filters.prisonerId ?? null}
          onChange={(prisonerId) => set({ prisonerId: prisonerId ?? undefined })}
        />
      </div>
    </div>
  );
}
