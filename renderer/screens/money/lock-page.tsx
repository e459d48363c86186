import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/client-error';
import { useLedgerLock, useMoneyWrite } from '../../api/money.queries';
import { BusyButton } from '../../components/busy-button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { formatDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { lockChange } from './lock-change';
import { MoneyLayout } from './money-layout';
import { recordedBy } from './recorded-by';

/** Clôture: the date through which the books are closed. */
export function LockPage() {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const lock = useLedgerLock();
  const set = useMoneyWrite('ledgerLock:set');
  const current = lock.data?.lockedThrough ?? null;
  const [date, setDate] = useState('');
  const [asking, setAsking] = useState<{ next: string | null; change: 'close' | 'reopen' } | null>(null);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const ask = (next: string | null) => {
    const change = lockChange(current, next);
    if (change === 'none') return;
    setReason('');
    setReasonMissing(false);
    setAsking({ next, change });
  };
  const apply = () => {
    if (!asking) return;
    if (asking.change === 'reopen' && reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    set.mutate(
      {
        lockedThrough: asking.next,
        reopenReason: asking.change === 'reopen' ? reason.trim() : null,
        byMemberId: recordedBy(),
      },
      { onSuccess: () => setAsking(null) },
    );
  };
  return (
    <MoneyLayout tab="lock">
      <h2>{t('money.screens.lock.heading')}</h2>
      <p>{t('money.screens.lock.explain')}</p>
      <ErrorAlert code={lock.isError ? errorCodeOf(lock.error) : null} />
      {lock.isSuccess && (
        <p className="lock-state" role="status">
          {current === null
            ? t('money.screens.lock.none')
            : t('money.screens.lock.current', { date: formatDate(current, language) })}
        </p>
      )}
      {lock.data?.reopenReason && (
        <p className="muted">{t('money.screens.lock.lastReason', { reason: lock.data.reopenReason })}</p>
      )}
      <form
        className="lock-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (date !== '') ask(date);
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('money.screens.lock.date')}</label>
          <input id={`${id}-date`} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </div>
        <div className="actions">
          <button type="submit" className="button-primary" disabled={date === '' || date === current}>
            {date !== '' && current !== null && date < current
              ? t('money.screens.lock.reopen')
              : t('money.screens.lock.close')}
          </button>
          {current !== null && (
            <button type="button" className="button-secondary" onClick={() => ask(null)}>
              {t('money.screens.lock.clear')}
            </button>
          )}
        </div>
      </form>
      {asking?.change === 'close' && asking.next !== null && (
        <ConfirmDialog
          title={t('money.screens.lock.confirmTitle', { date: formatDate(asking.next, language) })}
          body={t('money.screens.lock.confirmBody', { date: formatDate(asking.next, language) })}
          confirmLabel={t('money.screens.lock.close')}
          busyLabel={t('money.screens.lock.closing')}
          busy={set.isPending}
          onCancel={() => setAsking(null)}
          onConfirm={apply}
        />
      )}
      {asking?.change === 'reopen' && (
        <ModalDialog
          title={t('money.screens.lock.reopenTitle')}
          onClose={set.isPending ? undefined : () => setAsking(null)}
        >
          <form
            onSubmit={(event) => {
              event.preventDefault();
              apply();
            }}
            noValidate
          >
            <p>
              {asking.next === null
                ? t('money.screens.lock.reopenNone')
                : t('money.screens.lock.reopenBody', { date: formatDate(asking.next, language) })}
            </p>
            <div className="field">
              <label htmlFor={`${id}-reason`}>{t('money.screens.lock.reason')}</label>
              <input
                id={`${id}-reason`}
                type="text"
                autoFocus
                value={reason}
                aria-invalid={reasonMissing || undefined}
                aria-describedby={reasonMissing ? `${id}-reason-error` : undefined}
                onChange={(event) => setReason(event.target.value)}
              />
              {reasonMissing && (
                <p id={`${id}-reason-error`} className="field-error">
                  {t('money.screens.lock.reasonRequired')}
                </p>
              )}
            </div>
            <ErrorAlert code={set.isError ? errorCodeOf(set.error) : null} />
            <div className="actions">
              <button
                type="button"
                className="button-secondary"
                disabled={set.isPending}
                onClick={() => setAsking(null)}
              >
                {t('common.cancel')}
              </button>
              <BusyButton type="submit" busy={set.isPending} busyLabel={t('money.screens.lock.closing')}>
                {t('money.screens.lock.reopen')}
              </BusyButton>
            </div>
          </form>
        </ModalDialog>
      )}
      {asking?.change === 'close' && set.isError && <ErrorAlert code={errorCodeOf(set.error)} />}
    </MoneyLayout>
  );
}
