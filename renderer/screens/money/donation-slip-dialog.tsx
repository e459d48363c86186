import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, parseAmount } from '../../../shared/parcels/money-text';
import type { moneyFr } from '../../../shared/money/money.fr';
import type { SlipOptions, slipProblem } from '../../../shared/money/payments.schemas';
import type { z } from 'zod';
import { errorCodeOf } from '../../api/client-error';
import { useRenderSlip, useSlipOptions } from '../../api/payments.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { currentLanguage } from '../../i18n';
import { RenderedDocument } from '../printing/rendered-document';

type SlipProblem = z.output<typeof slipProblem>;

/** A problem of the slip in words: the dialog's own (settings, account) or the slip drawer's (money.slips.problems). */
function problemText(t: TFunction, problem: SlipProblem): string {
  if (problem.code === 'group_address_missing' || problem.code === 'account_no_iban')
    return t(`money.payments.slip.problems.${problem.code}`);
  const code = problem.code as keyof typeof moneyFr.slips.problems;
  return t(`money.slips.problems.${code}`, { max: problem.max, length: problem.length, detail: problem.detail });
}

/** "fund:3", "order:7" or "" (nothing named): one select for what the gift is for. */
function choices(options: SlipOptions, t: TFunction, language: 'fr' | 'en') {
  return [
    { value: '', label: t('money.payments.slip.general') },
    ...options.funds.map((f) => ({
      value: `fund:${f.id}`,
      label: t('money.payments.slip.fundOption', { name: f.name }),
    })),
    ...options.standingOrders.map((o) => ({
      value: `order:${o.id}`,
      label: t('money.payments.slip.orderOption', {
        donor: o.donorName ?? t('money.payments.slip.anonymous'),
        amount: formatMoney({ minor: o.amountMinor, currency: o.currency }, language),
      }),
    })),
  ];
}

/**
 * A donation slip for one account: what it is for (a fund, a standing order, or nothing), an amount or none, A4 or
 * A6; a Swiss QR-bill for a CHF account, an EPC QR code for a EUR one. Previewed, then printed or saved like the
 * packing list, from memory.
 */
export function DonationSlipDialog({ accountId, onClose }: { accountId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const ids = { what: useId(), amount: useId() };
  const options = useSlipOptions(accountId);
  const render = useRenderSlip();
  const [what, setWhat] = useState('');
  const [amountText, setAmountText] = useState('');
  const [size, setSize] = useState<'A4' | 'A6'>('A4');
  const currency = options.data?.account.currency ?? 'EUR';
  const amountMinor = parseAmount(amountText, language, currency);
  const amountOk = amountMinor === null || (amountMinor !== undefined && amountMinor > 0);
  const [kind, idText] = what.split(':');
  const chosen = Number(idText);

  const make = () => {
    if (!amountOk) return;
    render.mutate({
      accountId,
      size,
      ...(kind === 'fund' ? { fundId: chosen } : kind === 'order' ? { standingOrderId: chosen } : {}),
      ...(typeof amountMinor === 'number' ? { amountMinor } : {}),
    });
  };
  const result = render.data;
  const title = options.data
    ? t('money.payments.slip.title', { account: options.data.account.name })
    : t('money.payments.slip.open');

  return (
    <ModalDialog title={title} onClose={render.isPending ? undefined : onClose} wide>
      {!options.data ? (
        options.isError ? (
          <ErrorAlert code={errorCodeOf(options.error)} />
        ) : (
          <p role="status">{t('common.loading')}</p>
        )
      ) : (
        <form
          className="slip-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            make();
          }}
        >
          <div className="field">
            <label htmlFor={ids.what}>{t('money.payments.slip.what')}</label>
            <select id={ids.what} value={what} onChange={(event) => setWhat(event.target.value)}>
              {choices(options.data, t, language).map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.amount}>{`${t('money.payments.slip.amount')} (${currency})`}</label>
            <input
              id={ids.amount}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={amountText}
              aria-invalid={amountOk ? undefined : true}
              aria-describedby={`${ids.amount}-hint`}
              onChange={(event) => setAmountText(event.target.value)}
            />
            <p id={`${ids.amount}-hint`} className={amountOk ? 'hint' : 'field-error'}>
              {amountOk ? t('money.payments.slip.amountHint') : t('money.payments.amountInvalid')}
            </p>
          </div>
          <fieldset className="radio-row">
            <legend>{t('money.payments.slip.size')}</legend>
            {(['A4', 'A6'] as const).map((value) => (
              <label key={value} className="checkbox checkbox-inline">
                <input type="radio" name="slip-size" checked={size === value} onChange={() => setSize(value)} />
                {t(`money.payments.slip.sizes.${value}`)}
              </label>
            ))}
          </fieldset>
          <div className="actions">
            <BusyButton type="submit" busy={render.isPending} busyLabel={t('money.payments.slip.making')}>
              {t('money.payments.slip.make')}
            </BusyButton>
          </div>
        </form>
      )}
      <ErrorAlert code={render.isError ? errorCodeOf(render.error) : null} />
      {result?.status === 'problems' && (
        <ul className="alert alert-warning" role="alert" data-testid="slip-problems">
          {result.problems.map((problem) => (
            <li key={problem.code}>{problemText(t, problem)}</li>
          ))}
        </ul>
      )}
      {result?.status === 'rendered' && (
        <RenderedDocument jobId={result.jobId} pdfBase64={result.pdfBase64} label={t('money.payments.slip.preview')} />
      )}
      <div className="actions">
        <button type="button" className="button-secondary" onClick={onClose} disabled={render.isPending}>
          {t('common.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
