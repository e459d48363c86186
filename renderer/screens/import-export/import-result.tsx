import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/contract';

interface ImportResultProps {
  result: OutputOf<'import:run'>;
  onList: () => void;
  onAnother: () => void;
}

export function ImportResult({ result, onList, onAnother }: ImportResultProps) {
  const { t } = useTranslation();
  return (
    <div className="panel">
      <p role="status" className="alert alert-success">
        {t('import.done', { count: result.imported })}
      </p>
      <ul className="plain-list">
        {result.skipped > 0 && <li>{t('import.doneSkipped', { count: result.skipped })}</li>}
        <li>{t('import.doneFacilities', { count: result.facilitiesCreated })}</li>
        <li>{t('import.doneTags', { count: result.tagsCreated })}</li>
      </ul>
      <div className="toolbar">
        <button type="button" className="button-primary" onClick={onList}>
          {t('import.seeList')}
        </button>
        <button type="button" className="button-secondary" onClick={onAnother}>
          {t('import.another')}
        </button>
      </div>
    </div>
  );
}
