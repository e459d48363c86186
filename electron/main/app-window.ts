import type { BrowserWindow as ElectronBrowserWindow } from 'electron';
import { createHardenedWindow, type BrowserWindowClass } from './hardened-window';

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

/** The app's one window: the hardened configuration (hardened-window.ts) with the preload bundle. */
export function createAppWindow(BrowserWindow: BrowserWindowClass, options: AppWindowOptions): ElectronBrowserWindow {
  return createHardenedWindow(BrowserWindow, {
    frame: { width: 1200, height: 800, minWidth: 800, minHeight: 560, show: false, title: options.title },
    partition: APP_PARTITION,
    preload: options.preloadPath,
    devTools: options.devTools,
  });
}
