import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/contract';
import type { DuplicateChoice } from '../../../shared/import-export/import-export.schemas';
import { ImportProblems } from './import-problems';
import { DuplicateChoices, SetAsideChoice } from './import-choices';

interface CheckResultProps {
  checked: OutputOf<'import:check'>;
  duplicates: DuplicateChoice | null;
  onDuplicates: (choice: DuplicateChoice) => void;
  setAside: boolean;
  onSetAside: (setAside: boolean) => void;
}

/**
 * What the check found, all of it at once: the counts, every problem by line (people already in Parloir among them),
 * then the two choices those call for. Rows already in Parloir wait for a choice; they are not counted as set aside
 * until the user has made it.
 */
export function CheckResult({ checked, duplicates, onDuplicates, setAside, onSetAside }: CheckResultProps) {
  const { t } = useTranslation();
  const pendingDuplicates = duplicates === null ? checked.duplicateRows : 0;
  const aside = checked.problemRows - pendingDuplicates;
  return (
    <>
      <div role="status">
        <ul className="plain-list">
          <li>{t('import.rowsRead', { count: checked.rows })}</li>
          <li>{t('import.readyRows', { count: checked.ready })}</li>
          {aside > 0 && <li>{t('import.problemRows', { count: aside })}</li>}
          {checked.duplicateRows > 0 && <li>{t('import.duplicateRowsSummary', { count: checked.duplicateRows })}</li>}
          <li>{t('import.newFacilities', { count: checked.newFacilities })}</li>
          <li>{t('import.newTags', { count: checked.newTags })}</li>
        </ul>
      </div>
      {checked.problems.length > 0 && <ImportProblems problems={checked.problems} total={checked.problemCount} />}
      {checked.duplicateRows > 0 && (
        <DuplicateChoices count={checked.duplicateRows} value={duplicates} onChange={onDuplicates} />
      )}
      {aside > 0 && <SetAsideChoice good={checked.ready} aside={aside} setAside={setAside} onChange={onSetAside} />}
      {aside > 0 && !setAside && <p className="alert alert-warning">{t('import.fixAndRetry')}</p>}
      {pendingDuplicates > 0 && <p className="muted">{t('import.chooseDuplicates')}</p>}
    </>
  );
}
