import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../api/client-error';
import { keepDraftBeforeLock, takeKeptDraft } from '../api/drafts.queries';
import { useLock } from '../api/vault.queries';
import { useSettings } from '../api/settings.queries';
import { BusyButton } from '../components/busy-button';
import { ErrorAlert } from '../components/error-alert';
import { currentDraft, offerRestoredDraft } from '../forms/form-drafts';
import { SearchBox } from '../components/search-box';
import { useAppShortcuts } from '../hooks/use-app-shortcuts';
import { useIdleLock } from '../hooks/use-idle-lock';
import { useLockShortcuts } from '../hooks/use-lock-shortcuts';
import { useWindowLockRequests } from '../hooks/use-window-lock-requests';
import { NavigationContext } from '../navigation/navigation-context';
import { newRouteFor, routeKey, sectionOf, type Route } from '../navigation/route';
import { draftRoute } from './draft-route';
import { pages } from './pages';
import { LockWarningDialog } from './vault/lock-warning-dialog';
import { RestoreOutcomeDialog } from './vault/restore-outcome-dialog';
import { RouteView } from './route-view';

interface AppFrameProps {
  autoBackupFailed: boolean;
  onDismissAutoBackup: () => void;
}

/**
 * The unlocked app: header with the group, search and the Lock button, the section list, the current screen (Home,
 * the dashboard, first).
 */
export function AppFrame({ autoBackupFailed, onDismissAutoBackup }: AppFrameProps) {
  const { t } = useTranslation();
  const settings = useSettings();
  const lock = useLock();
  const [route, setRoute] = useState<Route>({ page: 'dashboard' });
  const searchInput = useRef<HTMLInputElement>(null);
  const [lockWarning, setLockWarning] = useState(false);
  const [draftRestored, setDraftRestored] = useState(false);
  const navigate = (next: Route) => {
    setRoute(next);
    setDraftRestored(false);
    window.scrollTo(0, 0);
  };
  const lockNow = () => {
    if (!lock.isPending) lock.mutate();
  };
  // The person's own lock asks before losing a half-filled form; the others keep it as a draft without asking.
  const lockAsking = () => {
    if (currentDraft()) setLockWarning(true);
    else lockNow();
  };
  const lockKeepingDraft = () => void keepDraftBeforeLock().then(lockNow);
  useIdleLock(settings.data?.autoLockMinutes, lockKeepingDraft);
  useLockShortcuts(lockAsking, lockKeepingDraft);
  useWindowLockRequests(lockAsking, keepDraftBeforeLock);
  useEffect(() => {
    let live = true;
    void takeKeptDraft()
      .then((draft) => {
        if (!live || !draft) return;
        offerRestoredDraft(draft);
        setRoute(draftRoute(draft));
        setDraftRestored(true);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
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
            onClick={lockAsking}
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
          {draftRestored && (
            <div role="status" className="alert alert-info banner">
              <p>{t('drafts.restored')}</p>
              <button type="button" className="button-secondary" onClick={() => setDraftRestored(false)}>
                {t('drafts.dismiss')}
              </button>
            </div>
          )}
          <RouteView key={routeKey(route)} route={route} />
          <RestoreOutcomeDialog />
          {lockWarning && <LockWarningDialog onLock={lockNow} onCancel={() => setLockWarning(false)} />}
        </main>
      </div>
    </NavigationContext>
  );
}
