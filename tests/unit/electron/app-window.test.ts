import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_PARTITION, createAppWindow } from '../../../electron/main/app-window';

/** Stands in for Electron's BrowserWindow (its binary is not here) and keeps what it was built with. */
class RecordingWindow {
  static last: BrowserWindowConstructorOptions | undefined;
  constructor(options: BrowserWindowConstructorOptions) {
    RecordingWindow.last = options;
  }
}

function build(devTools: boolean): BrowserWindowConstructorOptions {
  createAppWindow(RecordingWindow as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow, {
    preloadPath: '/app/dist/preload/preload.cjs',
    title: 'Parloir',
    devTools,
  });
  if (!RecordingWindow.last) throw new Error('no window was built');
  return RecordingWindow.last;
}

describe('createAppWindow', () => {
  it('sets every hardening flag of the window checklist', () => {
    const web = build(false).webPreferences ?? {};
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.spellcheck).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.disableBlinkFeatures).toBe('Auxclick');
    expect(web.enableBlinkFeatures).toBeUndefined();
    expect(web.safeDialogs).toBe(true);
  });

  it('loads the preload bundle it is given and nothing else', () => {
    const options = build(false);
    expect(options.webPreferences?.preload).toBe('/app/dist/preload/preload.cjs');
    expect(Object.keys(options.webPreferences ?? {}).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'devTools',
        'disableBlinkFeatures',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'partition',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('keeps cookies, cache and web storage in memory: a partition without persist:', () => {
    const partition = build(false).webPreferences?.partition;
    expect(partition).toBe(APP_PARTITION);
    expect(partition?.startsWith('persist:')).toBe(false);
  });

  it('offers developer tools only when asked (unpackaged runs)', () => {
    expect(build(false).webPreferences?.devTools).toBe(false);
    expect(build(true).webPreferences?.devTools).toBe(true);
  });

  it('stays hidden until its first paint and carries the title', () => {
    const options = build(false);
    expect(options.show).toBe(false);
    expect(options.title).toBe('Parloir');
  });
});
