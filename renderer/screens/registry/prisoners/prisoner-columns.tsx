import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { PrisonerRow } from '../../../../shared/registry/prisoners.schemas';
import { countryName } from '../../../countries';
import { currentLanguage } from '../../../i18n';
import { useNavigate } from '../../../navigation/navigation-context';

/** Sorting is done by the vault (prisoners:list sort/direction); the table only holds which column is sorted. */
export const prisonerTableFeatures = tableFeatures({ rowSortingFeature });

function PrisonerName({ row }: { row: PrisonerRow }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <span className="cell-name">
      <button type="button" className="button-link" onClick={() => navigate({ page: 'prisoner', id: row.id })}>
        {[row.familyName, row.givenNames].filter(Boolean).join(' ')}
      </button>
      {row.knownAs && <span className="muted"> ({row.knownAs})</span>}
      {row.doNotWrite && <span className="badge badge-warning">{t('prisoner.doNotWriteShort')}</span>}
      {row.archived && <span className="badge">{t('common.archived')}</span>}
    </span>
  );
}

function StatusCell({ row }: { row: PrisonerRow }) {
  const { t } = useTranslation();
  return <>{t(`prisonerStatus.${row.status}`)}</>;
}

function CountryCell({ row }: { row: PrisonerRow }) {
  return <>{row.country ? countryName(row.country, currentLanguage()) : ''}</>;
}

const helper = createColumnHelper<typeof prisonerTableFeatures, PrisonerRow>();

/** Column ids are the vault's sort keys. Defined once, outside React, as TanStack Table requires stable columns. */
export const prisonerColumns = helper.columns([
  helper.accessor('familyName', { id: 'name', cell: (info) => <PrisonerName row={info.row.original} /> }),
  helper.accessor('prisonerNumber', { id: 'number', cell: (info) => info.getValue() ?? '' }),
  helper.accessor('facilityName', { id: 'facility', cell: (info) => info.getValue() ?? '' }),
  helper.accessor('country', { id: 'country', cell: (info) => <CountryCell row={info.row.original} /> }),
  helper.accessor('status', { id: 'status', cell: (info) => <StatusCell row={info.row.original} /> }),
]);
