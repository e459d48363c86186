import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions } from 'electron';

export interface AppWindowOptions {
  preloadPath: string;
  title: string;
  /** Developer tools only in an unpackaged run; a packaged app has no use for them. */
  devTools: boolean;
}

/**
 * The window's session. A partition name without `persist:` keeps cookies, cache and web storage in memory only,
 * so the renderer leaves nothing on disk.
 */
export const APP_PARTITION = 'parloir';

type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => ElectronBrowserWindow;

/**
 * The app's one window, with every web preference spelled out even where it is Electron's default, so a changed
 * default cannot weaken it unnoticed. The constructor is passed in so the unit test can read the options back, and the
 * literal sits inside `new BrowserWindow(...)` because that is the only place Electronegativity looks for it.
 */
export function createAppWindow(BrowserWindow: BrowserWindowClass, options: AppWindowOptions): ElectronBrowserWindow {
  return new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: options.title,
    webPreferences: {
      // Reviewed: the preload exposes one frozen object of channel functions and nothing of ipcRenderer.
      preload: options.preloadPath, // eng-disable PRELOAD_JS_CHECK
      partition: APP_PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // The spellchecker downloads dictionaries from Google's servers.
      spellcheck: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      // Middle-click would otherwise open links in a new window, around setWindowOpenHandler's back.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      devTools: options.devTools,
    },
  });
}
