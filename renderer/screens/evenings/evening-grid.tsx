import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, LogLettersOutput } from '../../../shared/evenings/evenings.schemas';
import { ClientError, errorCodeOf } from '../../api/client-error';
import { useEveningWrite } from '../../api/evenings.queries';
import { useMembers } from '../../api/registry.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { newRow, nextPrisoner, rowInput, type GridRow } from './grid-rows';

interface EveningGridProps {
  eveningId: number;
  chosen: readonly Candidate[];
  rows: readonly GridRow[];
  onRowsChange: (rows: GridRow[]) => void;
  onSaved: (count: number) => void;
  /** A row to put the cursor in: the first of the people just added, so the keyboard goes on from the chooser. */
  focusRow: number | null;
}

/** The row a failed save points at (`rows.<n>.…`), for the sentence above the grid. */
function failedRow(error: unknown): number | null {
  if (!(error instanceof ClientError)) return null;
  const path = error.issues?.[0]?.path;
  return path?.[0] === 'rows' && typeof path[1] === 'number' ? path[1] : null;
}

/**
 * Step 2: one row per letter, keyboard first. Tab goes through the cells in reading order; Enter in a row's last cell
 * adds the next row and puts the cursor in its first cell. One click saves every row in one transaction.
 */
export function EveningGrid({ eveningId, chosen, rows, onRowsChange, onSaved, focusRow }: EveningGridProps) {
  const { t } = useTranslation();
  const members = useMembers();
  const save = useEveningWrite('evenings:logLetters');
  const [warned, setWarned] = useState<Extract<LogLettersOutput, { saved: false }> | null>(null);
  // The row Enter added: its first cell takes the cursor once it is on screen.
  const focusKey = useRef<number | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const saveAnyway = useRef<HTMLButtonElement>(null);
  const names = new Map(chosen.map((c) => [c.prisonerId, c.name]));

  useEffect(() => {
    if (focusKey.current === null) return;
    table.current?.querySelector<HTMLElement>(`[data-row="${focusKey.current}"] select`)?.focus();
    focusKey.current = null;
  }, [rows]);
  useEffect(() => {
    if (warned) saveAnyway.current?.focus();
  }, [warned]);
  useEffect(() => {
    if (focusRow !== null) table.current?.querySelector<HTMLElement>(`[data-row="${focusRow}"] select`)?.focus();
  }, [focusRow]);

  const change = (key: number, patch: Partial<GridRow>) => {
    setWarned(null);
    onRowsChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  };
  const addAfter = (row: GridRow) => {
    const added = newRow(nextPrisoner(chosen, rows, row), row);
    const at = rows.findIndex((r) => r.key === row.key) + 1;
    onRowsChange([...rows.slice(0, at), added, ...rows.slice(at)]);
    focusKey.current = added.key;
  };
  const onLastCellKey = (event: KeyboardEvent<HTMLInputElement>, row: GridRow) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    addAfter(row);
  };
  const submit = (acceptWarnings: boolean) =>
    save.mutate(
      { eveningId, rows: rows.map(rowInput), acceptWarnings },
      {
        onSuccess: (result) => {
          if (result.saved) {
            setWarned(null);
            onSaved(result.letterIds.length);
          } else setWarned(result);
        },
      },
    );

  if (rows.length === 0) return <p className="muted">{t('evenings.grid.empty')}</p>;
  const badRow = save.isError ? failedRow(save.error) : null;
  const members_ = members.data ?? [];
  return (
    <>
      <div className="evening-grid-scroll">
        <table ref={table} className="data-table evening-grid" aria-label={t('evenings.grid.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('evenings.grid.columns.prisoner')}</th>
              <th scope="col">{t('evenings.grid.columns.writer')}</th>
              <th scope="col">{t('evenings.grid.columns.pages')}</th>
              <th scope="col">{t('evenings.grid.columns.photos')}</th>
              <th scope="col">{t('evenings.grid.columns.stamps')}</th>
              <th scope="col">{t('evenings.grid.columns.language')}</th>
              <th scope="col">{t('evenings.grid.columns.status')}</th>
              <th scope="col">{t('evenings.grid.columns.summary')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('evenings.grid.addRow')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const n = index + 1;
              const label = (column: string) => `${t('evenings.grid.row', { n })}, ${column}`;
              const count = (field: 'pages' | 'photos' | 'stamps') => (
                <td>
                  <input
                    className="cell-number"
                    type="number"
                    min={0}
                    max={1000}
                    aria-label={label(t(`evenings.grid.columns.${field}`))}
                    value={row[field]}
                    onChange={(event) => change(row.key, { [field]: event.target.value })}
                  />
                </td>
              );
              return (
                <tr key={row.key} data-row={row.key} aria-invalid={badRow === index || undefined}>
                  <th scope="row">{n}</th>
                  <td>
                    <select
                      className="cell-prisoner"
                      aria-label={label(t('evenings.grid.columns.prisoner'))}
                      value={row.prisonerId}
                      onChange={(event) => change(row.key, { prisonerId: Number(event.target.value) })}
                    >
                      {chosen.map((c) => (
                        <option key={c.prisonerId} value={c.prisonerId}>
                          {c.name}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={label(t('evenings.grid.columns.writer'))}
                      value={row.writerMemberId ?? ''}
                      onChange={(event) =>
                        change(row.key, {
                          writerMemberId: event.target.value === '' ? null : Number(event.target.value),
                        })
                      }
                    >
                      <option value="">{t('evenings.grid.group')}</option>
                      {members_.map((m) => (
                        <option key={m.id} value={m.id}>
                          {m.pseudonym}
                        </option>
                      ))}
                    </select>
                  </td>
                  {count('pages')}
                  {count('photos')}
                  {count('stamps')}
                  <td>
                    <input
                      className="cell-language"
                      type="text"
                      maxLength={3}
                      aria-label={label(t('evenings.grid.columns.language'))}
                      value={row.language}
                      onChange={(event) => change(row.key, { language: event.target.value })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={label(t('evenings.grid.columns.status'))}
                      value={row.status}
                      onChange={(event) => change(row.key, { status: event.target.value as GridRow['status'] })}
                    >
                      <option value="sent">{t('evenings.grid.status.sent')}</option>
                      <option value="draft">{t('evenings.grid.status.draft')}</option>
                    </select>
                  </td>
                  <td>
                    <input
                      className="cell-summary"
                      type="text"
                      maxLength={2000}
                      aria-label={label(t('evenings.grid.columns.summary'))}
                      value={row.summary}
                      onChange={(event) => change(row.key, { summary: event.target.value })}
                      onKeyDown={(event) => onLastCellKey(event, row)}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button-quiet"
                      aria-label={t('evenings.grid.removeRow', { n })}
                      onClick={() => onRowsChange(rows.filter((r) => r.key !== row.key))}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {warned && (
        <div className="alert alert-warning" role="alert" data-testid="evening-warnings">
          <p>{t('evenings.grid.warningsTitle')}</p>
          <ul>
            {warned.warnings.flatMap(({ row, warnings }) =>
              warnings.map((warning) => (
                <li key={`${row}-${warning.kind}`}>
                  {t('evenings.grid.rowWarning', {
                    n: row + 1,
                    name: names.get(rows[row]?.prisonerId ?? 0) ?? '',
                    text: t(`letters.warnings.${warning.kind}`, {
                      facility: warning.facilityName,
                      limit: warning.limit ?? 0,
                      count: warning.count ?? 0,
                      languages: warning.languages.join(', '),
                    }),
                  })}
                </li>
              )),
            )}
          </ul>
        </div>
      )}
      {save.isError && (
        <div>
          {badRow !== null && <p className="field-error">{t('evenings.grid.rowError', { n: badRow + 1 })}</p>}
          <ErrorAlert code={errorCodeOf(save.error)} />
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            const last = rows.at(-1);
            if (last) addAfter(last);
          }}
        >
          {t('evenings.grid.addRow')}
        </button>
        {warned ? (
          <button
            ref={saveAnyway}
            type="button"
            className="button-primary"
            disabled={save.isPending}
            aria-busy={save.isPending}
            onClick={() => submit(true)}
          >
            {save.isPending ? t('evenings.saving') : t('evenings.grid.saveAnyway')}
          </button>
        ) : (
          <BusyButton busy={save.isPending} busyLabel={t('evenings.saving')} onClick={() => submit(false)}>
            {t('evenings.grid.save', { count: rows.length })}
          </BusyButton>
        )}
      </div>
    </>
  );
}
