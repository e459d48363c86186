import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrisonerRow } from '../../../../shared/registry/prisoners.schemas';
import { countryName } from '../../../countries';
import { formatDate } from '../../../format';
import { currentLanguage } from '../../../i18n';
import { useNavigate } from '../../../navigation/navigation-context';

/** Sorting is done by the vault (prisoners:list sort/direction); the table only holds which column is sorted. */
export const prisonerTableFeatures = tableFeatures({ rowSortingFeature });

/** The columns a user may add to the list; the others are always there. */
export const optionalColumns = ['tags', 'release', 'notes'] as const;
export type OptionalColumn = (typeof optionalColumns)[number];

/** What the selection column's boxes read and change; given by the table around its rows. */
export const SelectionContext = createContext<{
  isSelected: (id: number) => boolean;
  toggle: (index: number, shift: boolean) => void;
}>({ isSelected: () => false, toggle: () => undefined });

const fullName = (row: PrisonerRow) => [row.familyName, row.givenNames].filter(Boolean).join(' ');

function SelectCell({ row, index }: { row: PrisonerRow; index: number }) {
  const { t } = useTranslation();
  const selection = useContext(SelectionContext);
  return (
    <label className="cell-select">
      <input
        type="checkbox"
        aria-label={t('prisoners.selection.row', { name: fullName(row) })}
        checked={selection.isSelected(row.id)}
        // React's change event on a checkbox is the click (mouse, or Space on the box): it says whether Shift was held.
        onChange={(event) => selection.toggle(index, (event.nativeEvent as MouseEvent).shiftKey)}
      />
    </label>
  );
}

/** A long name is cut with an ellipsis, never wrapped out of its row: the whole name is its accessible name and tip. */
function PrisonerName({ row }: { row: PrisonerRow }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const name = fullName(row);
  const whole = row.knownAs ? `${name} (${row.knownAs})` : name;
  return (
    <span className="cell-name" title={whole}>
      <button type="button" className="button-link" onClick={() => navigate({ page: 'prisoner', id: row.id })}>
        {name}
        {row.knownAs && <span className="muted known-as"> ({row.knownAs})</span>}
      </button>
      {row.doNotWrite && <span className="badge badge-warning">{t('prisoner.doNotWriteShort')}</span>}
      {row.archived && <span className="badge">{t('common.archived')}</span>}
    </span>
  );
}

/** Text that may not fit its column, whole on hover. */
function Clipped({ text }: { text: string | null }) {
  return text ? <span title={text}>{text}</span> : null;
}

function StatusCell({ row }: { row: PrisonerRow }) {
  const { t } = useTranslation();
  return <Clipped text={t(`prisonerStatus.${row.status}`)} />;
}

function CountryCell({ row }: { row: PrisonerRow }) {
  return <>{row.country ? countryName(row.country, currentLanguage()) : ''}</>;
}

function TagsCell({ row }: { row: PrisonerRow }) {
  return <Clipped text={row.tagNames.join(', ')} />;
}

function ReleaseCell({ row }: { row: PrisonerRow }) {
  return <>{row.expectedRelease ? formatDate(row.expectedRelease, currentLanguage()) : ''}</>;
}

function NotesCell({ row }: { row: PrisonerRow }) {
  const { t } = useTranslation();
  return <>{row.hasNotes ? t('prisoners.hasNotes') : ''}</>;
}

const helper = createColumnHelper<typeof prisonerTableFeatures, PrisonerRow>();

const selectColumn = helper.display({
  id: 'select',
  cell: (info) => <SelectCell row={info.row.original} index={info.row.index} />,
});
const baseColumns = [
  helper.accessor('familyName', { id: 'name', cell: (info) => <PrisonerName row={info.row.original} /> }),
  helper.accessor('prisonerNumber', { id: 'number', cell: (info) => info.getValue() ?? '' }),
  helper.accessor('facilityName', { id: 'facility', cell: (info) => <Clipped text={info.getValue()} /> }),
  helper.accessor('country', { id: 'country', cell: (info) => <CountryCell row={info.row.original} /> }),
  helper.accessor('status', { id: 'status', cell: (info) => <StatusCell row={info.row.original} /> }),
];
const extraColumns = {
  tags: helper.display({ id: 'tags', cell: (info) => <TagsCell row={info.row.original} /> }),
  release: helper.accessor('expectedRelease', {
    id: 'release',
    cell: (info) => <ReleaseCell row={info.row.original} />,
  }),
  notes: helper.display({ id: 'notes', cell: (info) => <NotesCell row={info.row.original} /> }),
};

/**
 * Column ids are the vault's sort keys where the column sorts. Callers memoise the result: TanStack Table wants the
 * same columns from one render to the next.
 */
export function prisonerColumnsFor(shown: readonly OptionalColumn[]) {
  return helper.columns([
    selectColumn,
    ...baseColumns,
    ...optionalColumns.filter((id) => shown.includes(id)).map((id) => extraColumns[id]),
  ]);
}

/**
 * Each column's share of a row (the rows are CSS grids, so the virtualised body and the header line up). The
 * minimums let the list with tags and notes fit at 1024 px, the name keeping the most room; what does not fit ends in
 * an ellipsis, whole on hover.
 */
export const columnWidths: Record<string, string> = {
  select: '2.75rem',
  name: 'minmax(11rem, 2.6fr)',
  number: 'minmax(6rem, 1fr)',
  facility: 'minmax(5rem, 1.6fr)',
  country: 'minmax(4.5rem, 0.9fr)',
  status: 'minmax(5.5rem, 1.2fr)',
  tags: 'minmax(6.5rem, 1.4fr)',
  release: 'minmax(6.5rem, 1fr)',
  notes: 'minmax(4.5rem, 0.5fr)',
};
