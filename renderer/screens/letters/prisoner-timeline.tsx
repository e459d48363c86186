import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineItem } from '../../../shared/letters/timeline.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useTimeline } from '../../api/letters.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';

function ItemText({ item }: { item: TimelineItem }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (item.kind === 'stay')
    return (
      <>
        <p>{t('timeline.stayStart', { facility: item.facilityName })}</p>
        <p className="muted">
          {t(`stayReason.${item.startReason}`)}
          {item.to && ` · ${t('timeline.stayEnded', { to: formatDate(item.to, language) })}`}
        </p>
      </>
    );
  if (item.kind === 'parcel')
    return (
      <p>
        {t('timeline.parcel')} · {t(`timeline.parcelStatus.${item.status}`)}
      </p>
    );
  return (
    <>
      <p>
        {item.direction === 'out' ? t('timeline.letterOut') : t('timeline.letterIn')} ·{' '}
        {t(`letters.status.${item.status}`)}
        {item.pages !== null && ` · ${t('letters.pages', { count: item.pages })}`}
        {item.writerName && ` · ${t('timeline.by', { name: item.writerName })}`}
        {item.needsAction && <strong className="needs-action"> · {t('letters.needsAction')}</strong>}
      </p>
      {item.summary && <p className="muted notes">{item.summary}</p>}
    </>
  );
}

/** Everything that happened to a prisoner, newest first: stays, letters out and in, parcels; 50 at a time. */
export function PrisonerTimeline({ prisonerId }: { prisonerId: number }) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const timeline = useTimeline(prisonerId);
  const items = timeline.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{t('timeline.heading')}</h2>
      {timeline.isPending && <p role="status">{t('common.loading')}</p>}
      <ErrorAlert code={timeline.isError ? errorCodeOf(timeline.error) : null} />
      {timeline.isSuccess && items.length === 0 && <p className="muted">{t('timeline.empty')}</p>}
      {items.length > 0 && (
        <ol className="timeline" aria-label={t('timeline.heading')} data-testid="prisoner-timeline">
          {items.map((item) => (
            <li key={`${item.kind}-${item.id}`} className={`timeline-item timeline-${item.kind}`}>
              <p className="timeline-dates">{formatDate(item.date, language)}</p>
              <ItemText item={item} />
            </li>
          ))}
        </ol>
      )}
      {timeline.hasNextPage && (
        <BusyButton
          className="button-secondary"
          busy={timeline.isFetchingNextPage}
          busyLabel={t('common.loading')}
          onClick={() => void timeline.fetchNextPage()}
        >
          {t('timeline.more')}
        </BusyButton>
      )}
    </section>
  );
}
