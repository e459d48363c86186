import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../shared/import-export/import-export.schemas';
import { formatCount } from '../../format';
import { currentLanguage } from '../../i18n';

/**
 * Each problem as line, column and what is wrong, in words; the value as the file has it (its start, if long). The
 * check lists the first ones only (a file broken on every line needs fixing as a whole); `total` counts them all.
 */
export function ImportProblems({ problems, total }: { problems: ImportProblem[]; total: number }) {
  const { t } = useTranslation();
  const more = total - problems.length;
  return (
    <>
      <table className="data-table problems-table">
        <caption className="visually-hidden">{t('import.problemsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('import.line')}
            </th>
            <th scope="col">{t('import.field')}</th>
            <th scope="col">{t('import.problem')}</th>
            <th scope="col">{t('import.value')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index}>
              <td className="numeric">{problem.line}</td>
              <td>{problem.field ? t(`importField.${problem.field}`) : ''}</td>
              <td>{t(`importProblem.${problem.problem}`)}</td>
              <td className="break-anywhere">{problem.value ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && (
        <p className="muted">
          {t('import.moreProblems', { count: more, formatted: formatCount(more, currentLanguage()) })}
        </p>
      )}
    </>
  );
}
