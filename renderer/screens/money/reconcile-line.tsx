import { useTranslation } from 'react-i18next';
import type { BankLine } from '../../../shared/money/bank.schemas';
import { formatReference } from '../../../shared/money/payment-references';
import { formatShortDate } from '../../format';
import { currentLanguage } from '../../i18n';
import { MoneyAmount } from './money-amount';

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
      <span className="bank-line-amount">
        <MoneyAmount minor={line.amountMinor} currency={line.currency} signed />
      </span>
      <span className="bank-line-who">{line.payerName ?? t('money.reconcile.lines.anonymous')}</span>
      {line.text && <span className={full ? 'bank-line-text' : 'bank-line-text muted'}>{line.text}</span>}
      {full && line.reference && (
        <span className="bank-line-reference">
          {t('money.reconcile.lines.reference', { reference: formatReference(line.reference) })}
        </span>
      )}
      {line.inFileDuplicate && (
        <span className="badge badge-warning">{t('money.reconcile.lines.duplicateInFile')}</span>
      )}
    </span>
  );
}
