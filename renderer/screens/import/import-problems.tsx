import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../shared/schemas/import-export.schemas';

/** Rows shown at most: a file broken on every line needs fixing as a whole, not reading line by line. */
const SHOWN = 200;

/** Each problem as line, column and what is wrong, in words; the value as the file has it. */
export function ImportProblems({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
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
          {problems.slice(0, SHOWN).map((problem, index) => (
            <tr key={index}>
              <td className="numeric">{problem.line}</td>
              <td>{problem.field ? t(`importField.${problem.field}`) : ''}</td>
              <td>{t(`importProblem.${problem.problem}`)}</td>
              <td className="break-anywhere">{problem.value ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > SHOWN && <p className="muted">{t('import.moreProblems', { count: problems.length - SHOWN })}</p>}
    </>
  );
}
