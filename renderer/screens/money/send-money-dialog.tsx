import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrepareOutput } from '../../../shared/money/payments.schemas';
import { parseAmount } from '../../../shared/parcels/money-text';
import { localToday } from '../../../shared/today';
import { errorCodeOf } from '../../api/client-error';
import { usePaymentPreparation, useRecordPayment } from '../../api/payments.queries';
import { useMembers } from '../../api/registry.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { currentLanguage } from '../../i18n';
import { useNavigate } from '../../navigation/navigation-context';
import { PaymentDetails } from './payment-details';
import { PaymentLimits } from './payment-limits';
import { chooseRecordedBy, useRecordedBy } from './recorded-by';

/** Why there is nothing to pay into: no stay, or a facility whose money rule does not give a bank account. */
function NoBankRule({ prepared, onClose }: { prepared: PrepareOutput; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const facility = prepared.facility;
  if (!facility)
    return <p className="alert alert-info">{t('money.payments.noStay', { name: prepared.prisonerName })}</p>;
  return (
    <div className="alert alert-info" data-testid="payment-no-rule">
      {prepared.rule === 'other' ? (
        <>
          <p>{t('money.payments.otherRule', { facility: facility.name })}</p>
          {prepared.instructions && <p className="notes">{prepared.instructions}</p>}
        </>
      ) : (
        <p>{t('money.payments.noRule', { facility: facility.name })}</p>
      )}
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          onClose();
          navigate({ page: 'facilityEdit', id: facility.id });
        }}
      >
        {t('money.payments.openFacility')}
      </button>
    </div>
  );
}

/**
 * "Send money" from a prisoner's page: the amount, the account it leaves from, the fund it is taken from and the
 * date; the facility's IBAN, holder and the reference its pattern composes, the EPC QR code, the limits this payment
 * meets. "Record as ordered" books the expense; the bank statement confirms it later.
 */
export function SendMoneyDialog({ prisonerId, onClose }: { prisonerId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  // The first answer says whether there is a bank account to pay into, and in which currency amounts are typed.
  const initial = usePaymentPreparation({ prisonerId });
  const first = initial.data;
  const title = first ? t('money.payments.title', { name: first.prisonerName }) : t('money.payments.send');
  return (
    <ModalDialog title={title} onClose={busy ? undefined : onClose} wide>
      {!first ? (
        initial.isError ? (
          <ErrorAlert code={errorCodeOf(initial.error)} />
        ) : (
          <p role="status">{t('common.loading')}</p>
        )
      ) : first.rule !== 'bank_transfer' ? (
        <NoBankRule prepared={first} onClose={onClose} />
      ) : (
        <SendMoneyForm prisonerId={prisonerId} first={first} onBusy={setBusy} />
      )}
      <div className="actions">
        <button type="button" className="button-secondary" onClick={onClose} disabled={busy}>
          {t('common.close')}
        </button>
      </div>
    </ModalDialog>
  );
}

function SendMoneyForm({
  prisonerId,
  first,
  onBusy,
}: {
  prisonerId: number;
  first: PrepareOutput;
  onBusy: (busy: boolean) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const ids = { amount: useId(), account: useId(), fund: useId(), date: useId(), member: useId() };
  const [amountText, setAmountText] = useState('');
  const [bookedOn, setBookedOn] = useState(localToday());
  const [accountId, setAccountId] = useState<number | null>(null);
  const [fundId, setFundId] = useState<number | null>(null);
  const memberId = useRecordedBy();
  const members = useMembers();
  const record = useRecordPayment();
  const currency = first.currency ?? 'EUR';
  const amountMinor = parseAmount(amountText, language, currency);
  const amountOk = typeof amountMinor === 'number' && amountMinor > 0;
  const prepare = usePaymentPreparation({
    prisonerId,
    ...(amountOk ? { amountMinor } : {}),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(bookedOn) ? { bookedOn } : {}),
  });
  const prepared = prepare.data ?? first;
  const account = accountId ?? prepared.accounts[0]?.id ?? null;
  const fund = fundId ?? prepared.suggestedFundId ?? null;

  const save = () => {
    if (!prepared.reference || !amountOk || account === null || fund === null) return;
    onBusy(true);
    record.mutate(
      {
        prisonerId,
        accountId: account,
        fundId: fund,
        amountMinor,
        bookedOn,
        reference: prepared.reference,
        byMemberId: memberId,
      },
      { onSettled: () => onBusy(false) },
    );
  };

  return (
    <div className="send-money">
      <form
        className="send-money-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <div className="field">
          <label htmlFor={ids.amount}>{t('money.payments.amount', { currency })}</label>
          <input
            id={ids.amount}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={amountText}
            aria-invalid={amountText !== '' && !amountOk ? true : undefined}
            onChange={(event) => setAmountText(event.target.value)}
            autoFocus
          />
          {amountText !== '' && !amountOk && <p className="field-error">{t('money.payments.amountInvalid')}</p>}
        </div>
        <div className="field">
          <label htmlFor={ids.account}>{t('money.payments.account')}</label>
          <select id={ids.account} value={account ?? ''} onChange={(event) => setAccountId(Number(event.target.value))}>
            {prepared.accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          {prepared.accounts.length === 0 && (
            <p className="field-error">{t('money.payments.noAccount', { currency })}</p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.fund}>{t('money.payments.fund')}</label>
          <select id={ids.fund} value={fund ?? ''} onChange={(event) => setFundId(Number(event.target.value))}>
            {prepared.funds.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
          {prepared.funds.length === 0 && <p className="field-error">{t('money.payments.noFund')}</p>}
        </div>
        <div className="field">
          <label htmlFor={ids.date}>{t('money.payments.date')}</label>
          <input id={ids.date} type="date" value={bookedOn} onChange={(event) => setBookedOn(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.member}>{t('money.payments.recordedBy')}</label>
          <select
            id={ids.member}
            value={memberId ?? ''}
            onChange={(event) => chooseRecordedBy(event.target.value === '' ? null : Number(event.target.value))}
          >
            <option value="">{t('money.payments.nobody')}</option>
            {(members.data ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.pseudonym}
              </option>
            ))}
          </select>
        </div>
        <PaymentLimits limits={prepared.limits} />
        {record.isSuccess ? (
          <p role="status" className="alert alert-success">
            {t('money.payments.recorded')}
          </p>
        ) : (
          <BusyButton
            type="submit"
            busy={record.isPending}
            busyLabel={t('common.saving')}
            disabled={!prepared.reference || !amountOk || account === null || fund === null}
          >
            {t('money.payments.record')}
          </BusyButton>
        )}
        <ErrorAlert code={record.isError ? errorCodeOf(record.error) : null} />
      </form>
      <PaymentDetails prepared={prepared} />
    </div>
  );
}
