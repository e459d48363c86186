import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/contract';
import { SaveSetAsideButton } from './save-set-aside-button';

interface ImportResultProps {
  token: string;
  result: OutputOf<'import:run'>;
  onList: () => void;
  onAnother: () => void;
}

export function ImportResult({ token, result, onList, onAnother }: ImportResultProps) {
  const { t } = useTranslation();
  return (
    <div className="panel">
      <p role="status" className="alert alert-success">
        {t('import.done', { count: result.imported })}
      </p>
      <ul className="plain-list">
        {result.updated > 0 && <li>{t('import.doneUpdated', { count: result.updated })}</li>}
        {result.skipped > 0 && <li>{t('import.doneSkipped', { count: result.skipped })}</li>}
        <li>{t('import.doneFacilities', { count: result.facilitiesCreated })}</li>
        <li>{t('import.doneTags', { count: result.tagsCreated })}</li>
      </ul>
      {result.setAside > 0 && (
        <div className="alert alert-warning">
          <p>{t('import.doneSetAside', { count: result.setAside })}</p>
          <SaveSetAsideButton token={token} count={result.setAside} />
        </div>
      )}
      <div className="toolbar">
        <button type="button" className={result.setAside > 0 ? 'button-secondary' : 'button-primary'} onClick={onList}>
          {t('import.seeList')}
        </button>
        <button type="button" className="button-secondary" onClick={onAnother}>
          {t('import.another')}
        </button>
      </div>
    </div>
  );
}
