import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineItem } from '../../../shared/letters/timeline.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useTimeline } from '../../api/letters.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { LetterDialog } from './letter-dialog';
import { MayNotHaveArrived } from './may-not-have-arrived';

function ItemText({ item, onOpenLetter }: { item: TimelineItem; onOpenLetter: (id: number) => void }) {
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
        <button type="button" className="button-link" onClick={() => onOpenLetter(item.id)}>
          {item.direction === 'out' ? t('timeline.letterOut') : t('timeline.letterIn')} ·{' '}
          {t(`letters.status.${item.status}`)}
        </button>
        {item.pages !== null && ` · ${t('letters.pages', { count: item.pages })}`}
        {item.writerName && ` · ${t('timeline.by', { name: item.writerName })}`}
        {item.needsAction && <strong className="needs-action"> · {t('letters.needsAction')}</strong>}
        {item.mayNotHaveArrived && (
          <>
            {' '}
            <MayNotHaveArrived />
          </>
        )}
      </p>
      {item.summary && <p className="muted notes">{item.summary}</p>}
    </>
  );
}

/**
 * Everything that happened to a prisoner, newest first: stays, letters out and in, parcels; 50 at a time. A letter
 * opens in its dialog, to edit it, say what was done about it or delete it.
 */
export function PrisonerTimeline({ prisonerId }: { prisonerId: number }) {
  const { t } = useTranslation();
  const [openLetter, setOpenLetter] = useState<number | null>(null);
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
              <ItemText item={item} onOpenLetter={setOpenLetter} />
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
      {openLetter !== null && <LetterDialog letterId={openLetter} onClose={() => setOpenLetter(null)} />}
    </section>
  );
}
