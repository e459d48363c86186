import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { exclusion, PrintSelectionInput } from '../../../shared/schemas/print.schemas';
import { prisonerStatuses, type PrisonerStatus } from '../../../shared/schemas/prisoners.schemas';
import { useFacilities, useTags } from '../../api/registry-queries';
import { countryName } from '../../countries';
import { currentLanguage } from '../../i18n';

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

/** The registry list's filters, plus who is left out and why, each kind includable with its count. */
export function PrintSelectionFields({ selection, onChange, excluded, recipients }: PrintSelectionFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const tags = useTags();
  const facilities = useFacilities();
  const language = currentLanguage();
  const statuses = selection.statuses ?? [];
  const countries = useMemo(() => {
    const codes = [...new Set((facilities.data ?? []).map((f) => f.country))];
    return codes.map((code) => ({ code, name: countryName(code, language) })).sort((a, b) => a.name.localeCompare(b.name, language));
  }, [facilities.data, language]);
  const countOf = (reason: Exclusion['reason']) => excluded.filter((e) => e.reason === reason).length;
  const noStay = countOf('no_current_stay');
  const toggleStatus = (status: PrisonerStatus, on: boolean) =>
    onChange({ ...selection, statuses: on ? [...statuses, status] : statuses.filter((s) => s !== status) });

  return (
    <div className="print-who">
      <div className="filters" role="group" aria-label={t('prisoners.filters.label')}>
        <fieldset className="filter-statuses">
          <legend>{t('prisoners.filters.status')}</legend>
          {prisonerStatuses.map((status) => (
            <label key={status} className="checkbox checkbox-inline">
              <input type="checkbox" checked={statuses.includes(status)} onChange={(event) => toggleStatus(status, event.target.checked)} />
              {t(`prisonerStatus.${status}`)}
            </label>
          ))}
        </fieldset>
        <div className="filter-selects">
          <div className="field">
            <label htmlFor={`${id}-tag`}>{t('prisoners.filters.tag')}</label>
            <select id={`${id}-tag`} value={selection.tagIds?.[0] ?? ''} onChange={(event) => onChange({ ...selection, tagIds: event.target.value ? [Number(event.target.value)] : [] })}>
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
              value={selection.facilityId ?? ''}
              onChange={(event) => onChange({ ...selection, facilityId: event.target.value ? Number(event.target.value) : undefined })}
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
            <select id={`${id}-country`} value={selection.country ?? ''} onChange={(event) => onChange({ ...selection, country: event.target.value || undefined })}>
              <option value="">{t('prisoners.filters.all')}</option>
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <fieldset className="print-excluded">
        <legend>{t('print.who.excludedLegend')}</legend>
        {includable.map(([reason, key]) => {
          const included = selection[key] ?? false;
          return (
            <label key={reason} className="checkbox">
              <input type="checkbox" checked={included} onChange={(event) => onChange({ ...selection, [key]: event.target.checked })} />
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
              {excluded.map((e) => (
                <li key={e.prisonerId}>
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
