import type { Messages } from '../../../shared/i18n';
import type { SetAsideTable } from './import-worker-protocol';

type Text = Pick<Messages, 'import' | 'importField' | 'importProblem'>;

/** "prisonniers.csv" -> "prisonniers-a-corriger.csv": what the save dialog proposes for the rows set aside. */
export function setAsideFileName(fileName: string, text: Text): string {
  const base = fileName.replace(/\.(csv|txt)$/i, '');
  return `${base}-${text.import.setAsideFileSuffix}.csv`;
}

/**
 * The rows set aside as the file had them, each followed by what is wrong with it in words, so the user fixes them
 * in their spreadsheet and imports that file again. The extra column is the last one, under a header the guesser
 * does not map.
 */
export function setAsideTable(table: SetAsideTable, text: Text): string[][] {
  const describe = (problem: SetAsideTable['rows'][number]['problems'][number]) =>
    problem.field === null
      ? text.importProblem[problem.problem]
      : `${text.importField[problem.field]}${text.import.problemSeparator}${text.importProblem[problem.problem]}`;
  return [
    [...table.headers, text.import.setAsideProblemsColumn],
    ...table.rows.map((row) => [...row.cells, row.problems.map(describe).join(' ')]),
  ];
}
