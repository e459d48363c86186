import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions } from 'electron';

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => ElectronBrowserWindow;

export interface HardenedWindowOptions {
  /** Size, title, visibility, parent: everything but the web preferences. */
  frame: Omit<BrowserWindowConstructorOptions, 'webPreferences'>;
  /** An in-memory session: a partition name without `persist:`. */
  partition: string;
  devTools: boolean;
  /** The app window's bundle; the print window has none (it calls nothing of Parloir). */
  preload?: string | undefined;
  /** Only for the print window: Chromium's built-in PDF viewer is a plugin, showing our own bytes. */
  pdfViewer?: boolean | undefined;
}

/**
 * Every window Parloir opens, with every web preference spelled out even where it is Electron's default, so a changed
 * default cannot weaken it unnoticed. The flags come after what the caller gives, so no caller can turn one off.
 * The constructor is passed in so the unit tests can read the options back, and the literal sits inside
 * `new BrowserWindow(...)` because that is the only place Electronegativity looks for it (scripts/audit-electron.mjs).
 */
export function createHardenedWindow(
  BrowserWindow: BrowserWindowClass,
  options: HardenedWindowOptions,
): ElectronBrowserWindow {
  return new BrowserWindow({
    ...options.frame,
    webPreferences: {
      // Reviewed: the preload exposes one frozen object of channel functions and nothing of ipcRenderer.
      ...(options.preload === undefined ? {} : { preload: options.preload }), // eng-disable PRELOAD_JS_CHECK
      // Reviewed: the PDF viewer shows the print job's own bytes, never a remote document.
      ...(options.pdfViewer ? { plugins: true } : {}), // eng-disable
      partition: options.partition,
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
