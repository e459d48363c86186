import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../api/client-error';
import { useLock, useSettings } from '../api/queries';
import { BusyButton } from '../components/busy-button';
import { ErrorAlert } from '../components/error-alert';
import { useIdleLock } from '../hooks/use-idle-lock';
import { useLockShortcuts } from '../hooks/use-lock-shortcuts';
import { FeaturePage } from './feature-page';
import { pages, type PageId } from './pages';
import { SettingsPage } from './settings/settings-page';

interface AppFrameProps {
  autoBackupFailed: boolean;
  onDismissAutoBackup: () => void;
}

/** The unlocked app: header with the group and the Lock button, the section list, the current section. */
export function AppFrame({ autoBackupFailed, onDismissAutoBackup }: AppFrameProps) {
  const { t } = useTranslation();
  const settings = useSettings();
  const lock = useLock();
  const [page, setPage] = useState<PageId>('prisoners');
  const lockNow = () => {
    if (!lock.isPending) lock.mutate();
  };
  useIdleLock(settings.data?.autoLockMinutes, lockNow);
  useLockShortcuts(lockNow);

  return (
    <div className="frame">
      <header className="frame-header">
        <span className="brand">{t('app.name')}</span>
        {settings.data?.groupName && <span className="group-name">{settings.data.groupName}</span>}
        <BusyButton busy={lock.isPending} busyLabel={t('frame.lock')} className="button-secondary lock-button" title={t('frame.lockTitle')} onClick={lockNow}>
          {t('frame.lock')}
        </BusyButton>
      </header>
      <nav className="frame-nav" aria-label={t('frame.navLabel')}>
        <ul>
          {pages.map((id) => (
            <li key={id}>
              <button type="button" aria-current={page === id ? 'page' : undefined} onClick={() => setPage(id)}>
                {t(`nav.${id}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="frame-main">
        <ErrorAlert code={lock.isError ? errorCodeOf(lock.error) : null} />
        {autoBackupFailed && (
          <div role="alert" className="alert alert-warning banner">
            <p>{t('frame.autoBackupFailed')}</p>
            <button type="button" className="button-secondary" onClick={onDismissAutoBackup}>
              {t('frame.dismiss')}
            </button>
          </div>
        )}
        {page === 'settings' ? <SettingsPage key={page} /> : <FeaturePage key={page} page={page} />}
      </main>
    </div>
  );
}
