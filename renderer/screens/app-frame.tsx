import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../api/client-error';
import { useLock } from '../api/vault.queries';
import { useSettings } from '../api/settings.queries';
import { BusyButton } from '../components/busy-button';
import { ErrorAlert } from '../components/error-alert';
import { SearchBox } from '../components/search-box';
import { useAppShortcuts } from '../hooks/use-app-shortcuts';
import { useIdleLock } from '../hooks/use-idle-lock';
import { useLockShortcuts } from '../hooks/use-lock-shortcuts';
import { NavigationContext } from '../navigation/navigation-context';
import { newRouteFor, routeKey, sectionOf, type Route } from '../navigation/route';
import { pages } from './pages';
import { RestoreOutcomeDialog } from './vault/restore-outcome-dialog';
import { RouteView } from './route-view';

interface AppFrameProps {
  autoBackupFailed: boolean;
  onDismissAutoBackup: () => void;
}

/** The unlocked app: header with the group, search and the Lock button, the section list, the current screen. */
export function AppFrame({ autoBackupFailed, onDismissAutoBackup }: AppFrameProps) {
  const { t } = useTranslation();
  const settings = useSettings();
  const lock = useLock();
  const [route, setRoute] = useState<Route>({ page: 'prisoners' });
  const searchInput = useRef<HTMLInputElement>(null);
  const navigate = (next: Route) => {
    setRoute(next);
    window.scrollTo(0, 0);
  };
  const lockNow = () => {
    if (!lock.isPending) lock.mutate();
  };
  useIdleLock(settings.data?.autoLockMinutes, lockNow);
  useLockShortcuts(lockNow);
  useAppShortcuts({
    onNew: () => {
      const next = newRouteFor(route);
      if (next) navigate(next);
    },
    onSearch: () => searchInput.current?.focus(),
  });
  const section = sectionOf(route);

  return (
    <NavigationContext value={navigate}>
      <div className="frame">
        <header className="frame-header">
          <span className="brand">{t('app.name')}</span>
          {settings.data?.groupName && <span className="group-name">{settings.data.groupName}</span>}
          <SearchBox inputRef={searchInput} />
          <BusyButton
            busy={lock.isPending}
            busyLabel={t('frame.lock')}
            className="button-secondary lock-button"
            title={t('frame.lockTitle')}
            onClick={lockNow}
          >
            {t('frame.lock')}
          </BusyButton>
        </header>
        <nav className="frame-nav" aria-label={t('frame.navLabel')}>
          <ul>
            {pages.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  aria-current={section === id ? 'page' : undefined}
                  onClick={() => navigate({ page: id })}
                >
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
          <RouteView key={routeKey(route)} route={route} />
          <RestoreOutcomeDialog />
        </main>
      </div>
    </NavigationContext>
  );
}
