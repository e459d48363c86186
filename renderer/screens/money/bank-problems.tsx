import { useTranslation } from 'react-i18next';
import { bankProblemText } from '../../../shared/money/bank-problem-text';
import type { BankImportProblem } from '../../../shared/money/bank.schemas';
import { formatCount } from '../../format';
import { currentLanguage } from '../../i18n';

/**
 * What the check found wrong or worth saying, each in a sentence with where it is and what the file has there (the
 * same sentences as the command line's). A problem that stops the import comes in red; the check lists the first
 * ones and `total` counts them all.
 */
export function BankProblems({ problems, total }: { problems: readonly BankImportProblem[]; total: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const k = 'money.reconcile.importing';
  if (problems.length === 0) return null;
  const more = total - problems.length;
  return (
    <section aria-labelledby="bank-problems-heading">
      <h3 id="bank-problems-heading">{t(`${k}.problemsHeading`)}</h3>
      <ul className="bank-problems" aria-label={t(`${k}.problemsCaption`)}>
        {problems.map((problem, index) => (
          <li key={index} className={problem.blocking ? 'alert alert-error' : 'alert alert-warning'}>
            {bankProblemText(problem, language)}
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p className="muted">{t(`${k}.moreProblems`, { count: more, formatted: formatCount(more, language) })}</p>
      )}
    </section>
  );
}
