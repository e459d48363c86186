import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stay } from '../../../../shared/registry/stays.schemas';
import { errorCodeOf } from '../../../api/client-error';
import { useRegistryWrite } from '../../../api/registry.queries';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { countryName } from '../../../countries';
import { formatDate } from '../../../format';
import { currentLanguage } from '../../../i18n';
import { useNavigate } from '../../../navigation/navigation-context';

/** Newest first: the current stay on top, each with where, under which number, from when to when, and why. */
export function StayTimeline({ stays }: { stays: Stay[] }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const language = currentLanguage();
  const remove = useRegistryWrite('stays:remove');
  const [removing, setRemoving] = useState<Stay | null>(null);
  const ordered = [...stays].sort((a, b) => b.from.localeCompare(a.from));

  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{t('prisoner.timeline.heading')}</h2>
      {ordered.length === 0 ? (
        <p className="muted">{t('prisoner.timeline.empty')}</p>
      ) : (
        <ol className="timeline" aria-label={t('prisoner.timeline.heading')}>
          {ordered.map((stay) => (
            <li key={stay.id} className={stay.to === null ? 'timeline-item timeline-current' : 'timeline-item'}>
              <p className="timeline-dates">
                {stay.to === null
                  ? t('prisoner.timeline.since', { from: formatDate(stay.from, language) })
                  : t('prisoner.timeline.between', {
                      from: formatDate(stay.from, language),
                      to: formatDate(stay.to, language),
                    })}
              </p>
              <p className="timeline-place">
                <button
                  type="button"
                  className="button-link"
                  onClick={() => navigate({ page: 'facility', id: stay.facilityId })}
                >
                  {stay.facilityName}
                </button>
                <span className="muted">
                  {' '}
                  ({stay.facilityCity}, {countryName(stay.facilityCountry, language)})
                </span>
              </p>
              {stay.prisonerNumber && <p>{t('prisoner.timeline.number', { number: stay.prisonerNumber })}</p>}
              {stay.module && <p>{t('prisoner.timeline.module', { module: stay.module })}</p>}
              <p className="muted">
                {t('prisoner.timeline.arrival', { reason: t(`stayReason.${stay.startReason}`) })}
                {stay.endReason &&
                  ` · ${t('prisoner.timeline.departure', { reason: t(`stayReason.${stay.endReason}`) })}`}
              </p>
              <button type="button" className="button-link button-small" onClick={() => setRemoving(stay)}>
                {t('prisoner.timeline.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <ErrorAlert code={remove.isError ? errorCodeOf(remove.error) : null} />
      {removing && (
        <ConfirmDialog
          title={t('prisoner.timeline.removeTitle')}
          body={t('prisoner.timeline.removeBody', {
            name: removing.facilityName,
            from: formatDate(removing.from, language),
          })}
          confirmLabel={t('prisoner.timeline.removeConfirm')}
          busyLabel={t('deletion.busy')}
          busy={remove.isPending}
          onCancel={() => setRemoving(null)}
          onConfirm={() => remove.mutate({ id: removing.id }, { onSettled: () => setRemoving(null) })}
        />
      )}
    </section>
  );
}
