import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { exclusion, PrintSelectionInput } from '../../../shared/printing/printing.schemas';
import { PrisonerFiltersBar } from '../registry/prisoners/prisoner-filters';
import { EveningPrintBanner } from '../evenings/evening-print-banner';

type Exclusion = z.output<typeof exclusion>;
const includable = [
  ['do_not_write', 'includeDoNotWrite'],
  ['released', 'includeReleased'],
  ['deceased', 'includeDeceased'],
] as const;

interface PrintSelectionFieldsProps {
  selection: PrintSelectionInput;
  onChange: (selection: PrintSelectionInput) => void;
  /** Who the current selection leaves out, from the plan; included ones are no longer in it. */
  excluded: Exclusion[];
  recipients: number | null;
}

/**
 * The registry list's own filters, plus who is left out and why, each kind includable with its count. Opened from
 * the list's selection, only those prisoners are candidates (the filters and exclusions still apply to them).
 */
export function PrintSelectionFields({ selection, onChange, excluded, recipients }: PrintSelectionFieldsProps) {
  const { t } = useTranslation();
  const countOf = (reason: Exclusion['reason']) => excluded.filter((e) => e.reason === reason).length;
  const noStay = countOf('no_current_stay');

  return (
    <div className="print-who">
      {selection.prisonerIds && (
        <p className="alert alert-info print-from-list">
          {t('print.who.fromList', { count: selection.prisonerIds.length })}{' '}
          <button
            type="button"
            className="button-link"
            onClick={() => {
              const { prisonerIds: _chosen, ...filters } = selection;
              onChange(filters);
            }}
          >
            {t('print.who.useFilters')}
          </button>
        </p>
      )}
      {/* An evening's letters are the selection: the prisoner filters would not narrow it, so they are not shown. */}
      {selection.eveningId !== undefined ? (
        <EveningPrintBanner
          eveningId={selection.eveningId}
          onUseFilters={() => {
            const { eveningId: _evening, ...filters } = selection;
            onChange(filters);
          }}
        />
      ) : (
        <PrisonerFiltersBar filters={selection} onChange={onChange} archivedToggle={false} />
      )}
      <fieldset className="print-excluded">
        <legend>{t('print.who.excludedLegend')}</legend>
        {includable.map(([reason, key]) => {
          const included = selection[key] ?? false;
          return (
            <label key={reason} className="checkbox">
              <input
                type="checkbox"
                checked={included}
                onChange={(event) => onChange({ ...selection, [key]: event.target.checked })}
              />
              {t(`print.who.include_${reason}`)}
              {!included && <span className="muted"> ({t('print.who.leftOut', { count: countOf(reason) })})</span>}
            </label>
          );
        })}
        {noStay > 0 && <p className="hint">{t('print.who.noStay', { count: noStay })}</p>}
        {excluded.length > 0 && (
          <details>
            <summary>{t('print.who.excludedNames')}</summary>
            <ul className="plain-list">
              {/* An evening may hold two letters to one person: both are listed. */}
              {excluded.map((e, index) => (
                <li key={`${e.prisonerId}-${index}`}>
                  {e.name} ({t(`print.who.reason.${e.reason}`)})
                </li>
              ))}
            </ul>
          </details>
        )}
      </fieldset>
      {recipients !== null && (
        <p className="count-line" role="status" data-testid="print-recipients">
          {t('print.who.recipients', { count: recipients })}
        </p>
      )}
    </div>
  );
}
