import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bankProblemText } from '../../../shared/money/bank-problem-text';
import type { BankImportChecked } from '../../../shared/money/bank.schemas';
import type { ImportNameChoice } from '../../../shared/money/money-values';
import { currentLanguage } from '../../i18n';
import { BankCheckFacts } from './bank-check-facts';
import { BankDuplicates } from './bank-duplicates';
import { BankProblems } from './bank-problems';

interface BankCheckProps {
  checked: BankImportChecked;
  importNames: ImportNameChoice;
  acceptGap: boolean;
  onAcceptGap: (accept: boolean) => void;
  keepFile: boolean;
  onKeepFile: (keep: boolean) => void;
  /** The run button and its error, under the choices they depend on. */
  children: ReactNode;
}

/**
 * The check, all of it at once: the facts, every problem in words, the gap in the balances with its own "import
 * anyway", what the account keeps of payers and whether to keep the file, then the run.
 */
export function BankCheck({
  checked,
  importNames,
  acceptGap,
  onAcceptGap,
  keepFile,
  onKeepFile,
  children,
}: BankCheckProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const k = 'money.reconcile.importing';
  const gap = checked.problems.find((problem) => problem.gap !== null);
  const listed = checked.problems.filter((problem) => problem !== gap);
  return (
    <section className="panel" aria-labelledby="bank-check-heading">
      <h2 id="bank-check-heading">{t(`${k}.checkHeading`)}</h2>
      <div role="status">
        <BankCheckFacts checked={checked} />
      </div>
      <BankDuplicates lines={checked.duplicateLines} />
      <BankProblems problems={listed} total={checked.problemCount - (gap ? 1 : 0)} />
      {checked.refused && <p className="alert alert-error">{t(`${k}.refused`)}</p>}
      {!checked.refused && checked.new === 0 && <p className="alert alert-warning">{t(`${k}.nothingNew`)}</p>}
      {!checked.refused && checked.gap && gap && (
        <div className="alert alert-warning">
          <p>{bankProblemText(gap, language)}</p>
          <label className="checkbox">
            <input type="checkbox" checked={acceptGap} onChange={(event) => onAcceptGap(event.target.checked)} />
            {t(`${k}.importAnyway`)}
          </label>
        </div>
      )}
      {!checked.refused && checked.new > 0 && (
        <>
          <p className="muted">{t(`${k}.payerNames.${importNames}`)}</p>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={keepFile}
              aria-describedby="bank-keep-file-hint"
              onChange={(event) => onKeepFile(event.target.checked)}
            />
            {t(`${k}.keepFile`)}
          </label>
          <p id="bank-keep-file-hint" className="hint">
            {t(`${k}.keepFileHint`)}
          </p>
        </>
      )}
      {children}
    </section>
  );
}
