import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../../api/client-error';
import { useFacilities } from '../../../api/registry.queries';
import { ErrorAlert } from '../../../components/error-alert';
import { ExportButton } from '../../import-export/export-button';
import { countriesOf, countryName } from '../../../countries';
import { useFocusOnMount } from '../../../hooks/use-focus-on-mount';
import { currentLanguage } from '../../../i18n';
import { useNavigate } from '../../../navigation/navigation-context';

/** Facilities (prisons and other places of detention): where mail goes, with the rules each one keeps. */
export function FacilitiesPage() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [country, setCountry] = useState('');
  const facilities = useFacilities(includeArchived);
  const language = currentLanguage();
  const all = useMemo(() => facilities.data ?? [], [facilities.data]);
  const countries = useMemo(
    () =>
      countriesOf(
        all.map((f) => f.country),
        language,
      ),
    [all, language],
  );
  const shown = country ? all.filter((f) => f.country === country) : all;

  return (
    <section className="page page-wide">
      <div className="page-title">
        <h1 ref={heading} tabIndex={-1}>
          {t('nav.facilities')}
        </h1>
        <div className="toolbar">
          <button
            type="button"
            className="button-primary"
            title={t('facilities.newTitle')}
            onClick={() => navigate({ page: 'facilityNew' })}
          >
            {t('facilities.new')}
          </button>
          <ExportButton input={{ list: 'facilities', includeArchived }} />
        </div>
      </div>
      <ErrorAlert code={facilities.isError ? errorCodeOf(facilities.error) : null} />
      {(all.length > 0 || includeArchived) && (
        <div className="filters" role="group" aria-label={t('prisoners.filters.label')}>
          <div className="filter-selects">
            <div className="field">
              <label htmlFor={`${id}-country`}>{t('prisoners.filters.country')}</label>
              <select id={`${id}-country`} value={country} onChange={(event) => setCountry(event.target.value)}>
                <option value="">{t('prisoners.filters.all')}</option>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <label className="checkbox filter-archived">
              <input
                type="checkbox"
                checked={includeArchived}
                onChange={(event) => setIncludeArchived(event.target.checked)}
              />
              {t('facilities.showArchived')}
            </label>
          </div>
        </div>
      )}
      {facilities.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : shown.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table facility-table">
            <thead>
              <tr>
                <th scope="col">{t('facilities.columns.name')}</th>
                <th scope="col">{t('facilities.columns.kind')}</th>
                <th scope="col">{t('facilities.columns.city')}</th>
                <th scope="col">{t('facilities.columns.country')}</th>
                <th scope="col" className="numeric">
                  {t('facilities.columns.current')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((facility) => (
                <tr
                  key={facility.id}
                  onClick={(event) =>
                    !(event.target instanceof HTMLButtonElement) && navigate({ page: 'facility', id: facility.id })
                  }
                >
                  <td>
                    <button
                      type="button"
                      className="button-link"
                      onClick={() => navigate({ page: 'facility', id: facility.id })}
                    >
                      {facility.name}
                    </button>
                    {facility.archived && <span className="badge">{t('common.archived')}</span>}
                  </td>
                  <td>{t(`facilityKind.${facility.kind}`)}</td>
                  <td>{facility.city}</td>
                  <td>{countryName(facility.country, language)}</td>
                  <td className="numeric">{facility.currentPrisoners}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        facilities.isSuccess && (
          <div className="empty-state">
            <p>{t('facilities.empty')}</p>
            <button type="button" className="button-primary" onClick={() => navigate({ page: 'facilityNew' })}>
              {t('facilities.new')}
            </button>
          </div>
        )
      )}
    </section>
  );
}
