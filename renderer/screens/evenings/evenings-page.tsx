import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/client-error';
import { useEvenings } from '../../api/evenings.queries';
import { ErrorAlert } from '../../components/error-alert';
import { formatDate } from '../../format';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount';
import { currentLanguage } from '../../i18n';
import { useNavigate } from '../../navigation/navigation-context';

/** The writing evenings, newest first, each with its place and how many letters were logged. */
export function EveningsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const list = useEvenings();
  const rows = list.data?.rows ?? [];
  const language = currentLanguage();
  return (
    <section className="page page-wide">
      <div className="page-title">
        <h1 ref={heading} tabIndex={-1}>
          {t('nav.evenings')}
        </h1>
        <div className="toolbar">
          <button type="button" className="button-primary" onClick={() => navigate({ page: 'eveningNew' })}>
            {t('evenings.new')}
          </button>
        </div>
      </div>
      <ErrorAlert code={list.isError ? errorCodeOf(list.error) : null} />
      {list.isPending ? (
        <p role="status">{t('evenings.loading')}</p>
      ) : rows.length === 0 ? (
        <div className="empty-state">
          <p>{t('evenings.empty')}</p>
          <button type="button" className="button-secondary" onClick={() => navigate({ page: 'eveningNew' })}>
            {t('evenings.new')}
          </button>
        </div>
      ) : (
        <>
          <p className="muted count-line" role="status">
            {t('evenings.count', { count: rows.length })}
          </p>
          <table className="data-table evenings-table" aria-label={t('evenings.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('evenings.columns.date')}</th>
                <th scope="col">{t('evenings.columns.place')}</th>
                <th scope="col">{t('evenings.columns.letters')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((evening) => (
                <tr key={evening.id}>
                  <td>
                    <button
                      type="button"
                      className="button-link"
                      onClick={() => navigate({ page: 'evening', id: evening.id })}
                    >
                      {formatDate(evening.heldOn, language)}
                    </button>
                  </td>
                  <td>{evening.place ?? ''}</td>
                  <td>{t('evenings.letters', { count: evening.letters })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
