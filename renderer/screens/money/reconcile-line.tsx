import { useTranslation } from 'react-i18next';
import type { BankLine } from '../../../shared/money/bank.schemas';
import { formatReference } from '../../../shared/money/payment-references';
import { formatMoney } from '../../../shared/parcels/money-text';
import { formatShortDate } from '../../format';
import { currentLanguage } from '../../i18n';

/** A line's amount with its direction in words and sign: "+25,00 €" in, "−1 200,00 €" out. */
export function lineAmountText(line: Pick<BankLine, 'amountMinor' | 'currency'>): string {
  const text = formatMoney({ minor: Math.abs(line.amountMinor), currency: line.currency }, currentLanguage());
  return `${line.amountMinor < 0 ? '−' : '+'}${text}`;
}

/**
 * One bank line as the treasurer recognises it: date, amount, who paid or was paid (as the account's minimisation
 * kept it), the text and the structured reference quoted. Used in the list's options and above the proposals.
 */
export function ReconcileLine({ line, full = false }: { line: BankLine; full?: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <span className="bank-line">
      <span className="bank-line-date">{formatShortDate(line.bookedOn, language)}</span>
      <span className={line.amountMinor < 0 ? 'bank-line-amount amount-out' : 'bank-line-amount'}>
        {lineAmountText(line)}
      </span>
      <span className="bank-line-who">{line.payerName ?? t('money.reconcile.lines.anonymous')}</span>
      {line.text && <span className={full ? 'bank-line-text' : 'bank-line-text muted'}>{line.text}</span>}
      {full && line.reference && (
        <span className="bank-line-reference">
          {t('money.reconcile.lines.reference', { reference: formatReference(line.reference) })}
        </span>
      )}
      {line.inFileDuplicate && <span className="badge">{t('money.reconcile.lines.duplicateInFile')}</span>}
    </span>
  );
}
