import { useTranslation } from 'react-i18next';
import { importLimits, readFileIssue, type ImportFileIssue } from '../../../shared/import-export/import-export.schemas';
import { ClientError, errorCodeOf } from '../../api/client-error';
import { ErrorAlert } from '../../components/error-alert';
import { formatBytes, formatCount } from '../../format';
import { currentLanguage } from '../../i18n';

const MIB = 1024 * 1024;

/** The limit each refusal names, so the sentence gives both figures: what the file has and what Parloir takes. */
const LIMIT: Record<ImportFileIssue['problem'], number> = {
  too_large: importLimits.bytes / MIB,
  too_many_rows: importLimits.rows,
  too_many_columns: importLimits.columns,
  cell_too_long: importLimits.cellChars,
  unclosed_quote: 0,
  misplaced_quote: 0,
  not_a_file: 0,
  changed_while_reading: 0,
};

function fileIssueOf(error: unknown): ImportFileIssue | null {
  if (!(error instanceof ClientError)) return null;
  for (const issue of error.issues ?? []) {
    const found = readFileIssue(issue);
    // A size is only said when it is known (a file that grew while read has none): the plain sentence says the rest.
    if (found && !(found.problem === 'too_large' && found.count === null)) return found;
  }
  return null;
}

/**
 * A failed import call in words. A file refused whole says why with its own figures ("This file has 120,000 rows;
 * Parloir imports at most 100,000 at a time"); anything else is the error code's sentence.
 */
export function ImportError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const issue = fileIssueOf(error);
  if (!issue) return <ErrorAlert code={errorCodeOf(error)} />;
  const language = currentLanguage();
  const count = issue.count ?? 0;
  return (
    <p role="alert" className="alert alert-error">
      {t(`importFile.${issue.problem}`, {
        line: formatCount(issue.line ?? 0, language),
        rows: formatCount(count, language),
        size: formatBytes(count, language),
        max: formatCount(LIMIT[issue.problem], language),
      })}
    </p>
  );
}
