import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkOutput, LetterTargetIn } from '../../../shared/letters/letter-bulk.schemas';
import { letterIssueReasons, type LetterIssueReason } from '../../../shared/letters/letter-values';
import { localToday } from '../../../shared/today';
import { errorCodeOf } from '../../api/client-error';
import { useLetterWrite } from '../../api/letters.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { formatCount } from '../../format';
import { currentLanguage } from '../../i18n';
import { LetterExportButton } from './letter-export-button';

interface LetterBulkBarProps {
  target: LetterTargetIn;
  /** How many letters are ticked (all the filtered ones when `allSelected`). */
  count: number;
  total: number;
  allSelected: boolean;
  onSelectAll: () => void;
  onClear: () => void;
}

/** What a bulk action did: how many changed and, by status, how many it left alone. */
function BulkDone({ action, result }: { action: 'sent' | 'returned'; result: BulkOutput }) {
  const { t } = useTranslation();
  const skipped = result.skipped.reduce((sum, each) => sum + each.count, 0);
  const list = result.skipped
    .map((each) =>
      t('letters.selection.skippedStatus', { count: each.count, status: t(`letters.status.${each.status}`) }),
    )
    .join(', ');
  return (
    <p className="alert alert-success bulk-done" role="status">
      {t(`letters.selection.${action}`, { count: result.changed })}
      {skipped > 0 && ` ${t('letters.selection.skipped', { count: skipped, list })}`}
    </p>
  );
}

/** The ticked letters, all at once: mark the drafts sent, mark what left as returned, export them. */
export function LetterBulkBar({ target, count, total, allSelected, onSelectAll, onClear }: LetterBulkBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const markSent = useLetterWrite('letters:bulkMarkSent');
  const markReturned = useLetterWrite('letters:bulkMarkReturned');
  const [sentOn, setSentOn] = useState(localToday);
  const [reason, setReason] = useState<LetterIssueReason>('moved');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<{ action: 'sent' | 'returned'; result: BulkOutput } | null>(null);
  const busy = markSent.isPending || markReturned.isPending;
  const error = markSent.error ?? markReturned.error;

  return (
    <section className="bulk-bar" aria-label={t('letters.selection.actions')}>
      <div className="bulk-row">
        <p className="bulk-count" role="status">
          {t('letters.selection.count', { count, formatted: formatCount(count, language) })}
        </p>
        {!allSelected && (
          <button type="button" className="button-link" onClick={onSelectAll}>
            {t('letters.selection.selectAll', { count: total, formatted: formatCount(total, language) })}
          </button>
        )}
        <button type="button" className="button-link" onClick={onClear}>
          {t('letters.selection.clear')}
        </button>
        <LetterExportButton target={target} />
      </div>
      <div className="bulk-row">
        <div className="field bulk-tag">
          <label htmlFor={`${id}-sent`}>{t('letters.selection.sentOn')}</label>
          <input id={`${id}-sent`} type="date" value={sentOn} onChange={(event) => setSentOn(event.target.value)} />
        </div>
        <BusyButton
          className="button-secondary"
          busy={markSent.isPending}
          busyLabel={t('common.saving')}
          disabled={busy || sentOn === ''}
          onClick={() =>
            markSent.mutate({ target, sentOn }, { onSuccess: (result) => setDone({ action: 'sent', result }) })
          }
        >
          {t('letters.selection.markSent')}
        </BusyButton>
      </div>
      <div className="bulk-row">
        <div className="field bulk-tag">
          <label htmlFor={`${id}-reason`}>{t('letters.selection.reason')}</label>
          <select
            id={`${id}-reason`}
            value={reason}
            onChange={(event) => setReason(letterIssueReasons.find((r) => r === event.target.value) ?? 'other')}
          >
            {letterIssueReasons.map((r) => (
              <option key={r} value={r}>
                {t(`letters.reason.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {reason === 'other' && (
          <div className="field bulk-tag">
            <label htmlFor={`${id}-note`}>{t('letters.selection.note')}</label>
            <input
              id={`${id}-note`}
              type="text"
              maxLength={1000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
        )}
        <BusyButton
          className="button-secondary"
          busy={markReturned.isPending}
          busyLabel={t('common.saving')}
          disabled={busy || (reason === 'other' && note.trim() === '')}
          onClick={() =>
            markReturned.mutate(
              { target, reason, note: reason === 'other' ? note : null },
              { onSuccess: (result) => setDone({ action: 'returned', result }) },
            )
          }
        >
          {t('letters.selection.markReturned')}
        </BusyButton>
      </div>
      {done && <BulkDone action={done.action} result={done.result} />}
      <ErrorAlert code={error ? errorCodeOf(error) : null} />
    </section>
  );
}
