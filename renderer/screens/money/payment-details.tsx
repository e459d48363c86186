import type { TFunction } from 'i18next';
import { friendlyFormatIBAN } from 'ibantools';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrepareOutput } from '../../../shared/money/payments.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useCopy } from '../../api/payments.queries';
import { ErrorAlert } from '../../components/error-alert';
import { QrCodeSvg } from './qr-code-svg';

/** The problem that stops a reference, in words. */
function referenceProblemText(t: TFunction, problem: PrepareOutput['referenceProblem']): string | null {
  if (!problem) return null;
  const values = 'characters' in problem ? { characters: problem.characters.join(' ') } : problem;
  return t(`money.payments.referenceProblems.${problem.code}`, values);
}

function qrProblemText(t: TFunction, code: string, currency: string | null): string {
  if (code === 'currency_not_eur' || code === 'name_missing')
    return t(`money.payments.qrProblems.${code}`, { currency });
  return t('money.payments.qrProblems.other', { code });
}

/**
 * What the bank needs, exactly as the facility gives it: its IBAN and account holder, the reference (or why it cannot
 * be made), each copyable to a clipboard the host empties 30 seconds later, and the EPC QR code to scan.
 */
export function PaymentDetails({ prepared }: { prepared: PrepareOutput }) {
  const { t } = useTranslation();
  const copy = useCopy();
  const [copiedWhat, setCopiedWhat] = useState<'iban' | 'reference' | null>(null);
  const copyText = (what: 'iban' | 'reference', text: string) => {
    setCopiedWhat(what);
    copy.mutate(text);
  };
  const referenceProblem = referenceProblemText(t, prepared.referenceProblem);
  return (
    <div className="payment-details">
      <dl className="facts">
        <dt>{t('money.payments.facility')}</dt>
        <dd>{prepared.facility?.name}</dd>
        <dt>{t('money.payments.iban')}</dt>
        <dd className="copy-row">
          <span className="monospace" data-testid="payment-iban">
            {friendlyFormatIBAN(prepared.iban ?? undefined) ?? prepared.iban}
          </span>
          {prepared.iban && (
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => copyText('iban', prepared.iban ?? '')}
            >
              {t('money.payments.copyIban')}
            </button>
          )}
        </dd>
        <dt>{t('money.payments.holder')}</dt>
        <dd data-testid="payment-holder">{prepared.holder ?? <em>{t('money.payments.holderMissing')}</em>}</dd>
        <dt>{t('money.payments.reference')}</dt>
        <dd className="copy-row">
          {prepared.reference ? (
            <>
              <span className="monospace payment-reference" data-testid="payment-reference">
                {prepared.reference}
              </span>
              {prepared.referenceMaxLength !== null && (
                <span className="hint">
                  {t('money.payments.referenceLength', {
                    length: [...prepared.reference].length,
                    max: prepared.referenceMaxLength,
                  })}
                </span>
              )}
              <button
                type="button"
                className="button-secondary button-small"
                onClick={() => copyText('reference', prepared.reference ?? '')}
              >
                {t('money.payments.copyReference')}
              </button>
            </>
          ) : (
            <span className="alert alert-warning" role="alert" data-testid="payment-reference-problem">
              {referenceProblem}
            </span>
          )}
        </dd>
      </dl>
      <p role="status" className={copy.data?.copied ? 'alert alert-success' : 'hint'}>
        {copy.data && copiedWhat
          ? copy.data.copied
            ? t('money.payments.copied', { seconds: copy.data.clearAfterSeconds })
            : t('money.payments.copyUnavailable')
          : t('money.payments.clipboardNote')}
      </p>
      <ErrorAlert code={copy.isError ? errorCodeOf(copy.error) : null} />
      {prepared.qrRows ? (
        <figure className="payment-qr">
          <QrCodeSvg rows={prepared.qrRows} label={t('money.payments.qrLabel')} />
          <figcaption className="hint">{t('money.payments.qrHint')}</figcaption>
        </figure>
      ) : (
        prepared.qrProblems.map((problem) => (
          <p key={problem.code} className="alert alert-info">
            {qrProblemText(t, problem.code, prepared.currency)}
          </p>
        ))
      )}
    </div>
  );
}
