import type { BrowserWindow as ElectronBrowserWindow, Session } from 'electron';
import { createHardenedWindow, type BrowserWindowClass } from './hardened-window';
import { shouldCancelPrintRequest } from './navigation-policy';

/** In-memory partition (no `persist:` prefix): nothing of the print window's session reaches the disk. */
export const PRINT_PARTITION = 'parloir-print';

/**
 * The hidden window that hands a PDF to the system print dialog: the hardened configuration (hardened-window.ts)
 * with no preload (it calls nothing of Parloir), plugins on for Chromium's PDF viewer, and no developer tools.
 */
export function createPrintWindow(
  BrowserWindow: BrowserWindowClass,
  parent: ElectronBrowserWindow | null,
): ElectronBrowserWindow {
  return createHardenedWindow(BrowserWindow, {
    frame: { show: false, ...(parent ? { parent } : {}) },
    partition: PRINT_PARTITION,
    pdfViewer: true,
    devTools: false,
  });
}

/** The parts of a Session the print window's hardening sets (structural, so the unit test can hand in a recorder). */
export type PrintSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'setSpellCheckerEnabled'
> & {
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
