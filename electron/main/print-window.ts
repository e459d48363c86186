import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import { shouldCancelPrintRequest } from './navigation-policy';

/** In-memory partition (no `persist:` prefix): nothing of the print window's session reaches the disk. */
export const PRINT_PARTITION = 'parloir-print';

type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => ElectronBrowserWindow;

/**
 * The hidden window that hands a PDF to the system print dialog, with the app window's hardening (see app-window.ts)
 * except two things: no preload (it calls nothing of Parloir) and plugins on, because Chromium's PDF viewer is one.
 */
export function createPrintWindow(BrowserWindow: BrowserWindowClass, parent: ElectronBrowserWindow | null): ElectronBrowserWindow {
  return new BrowserWindow({
    show: false,
    ...(parent ? { parent } : {}),
    webPreferences: {
      partition: PRINT_PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      safeDialogs: true,
      // Middle-click would otherwise open links in a new window, around setWindowOpenHandler's back.
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
      // Reviewed: Chromium's built-in PDF viewer is a plugin; it shows our own bytes, never a remote document.
      plugins: true, // eng-disable
    },
  });
}

/** The parts of a Session the print window's hardening sets (structural, so the unit test can hand in a recorder). */
export type PrintSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'setSpellCheckerEnabled'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
};

/** The print session asks for no permission and makes no request that leaves Chromium. */
export function hardenPrintSession(target: PrintSession): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  target.setSpellCheckerEnabled(false);
  target.webRequest.onBeforeRequest((details, callback) => callback({ cancel: shouldCancelPrintRequest(details.url) }));
}
