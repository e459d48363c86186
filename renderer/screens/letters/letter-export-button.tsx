import type { LetterTargetIn } from '../../../shared/letters/letter-bulk.schemas';
import { useExportLetters } from '../../api/letters.queries';
import { CsvExportButton } from '../import-export/export-button';

/** The ticked or filtered letters to CSV, through the registry export's notice and save dialog. */
export function LetterExportButton({ target }: { target: LetterTargetIn }) {
  const mutation = useExportLetters();
  return (
    <CsvExportButton exportCsv={{ ...mutation, start: (onSuccess) => mutation.mutate({ target }, { onSuccess }) }} />
  );
}
