import { useTranslation } from 'react-i18next';
import type { BankImportProblem } from '../../../shared/money/bank.schemas';
import { formatCount } from '../../format';
import { currentLanguage } from '../../i18n';
import { bankProblemSentence } from './bank-problem-sentence';

/**
 * What the check found wrong or worth saying, in words: where (line or entry number), what, and the cell or name as
 * the file has it. The check lists the first ones; `total` counts them all.
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
      <table className="data-table problems-table">
        <caption className="visually-hidden">{t(`${k}.problemsCaption`)}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t(`${k}.problemAt`)}
            </th>
            <th scope="col">{t(`${k}.problem`)}</th>
            <th scope="col">{t(`${k}.detail`)}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index} className={problem.blocking ? 'problem-blocking' : undefined}>
              <td className="numeric">{problem.at ?? ''}</td>
              <td>{bankProblemSentence(t, problem, language)}</td>
              <td className="break-anywhere">{problem.gap ? '' : (problem.detail ?? '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && <p className="muted">{t(`${k}.moreProblems`, { count: more, formatted: formatCount(more, language) })}</p>}
    </section>
  );
}
