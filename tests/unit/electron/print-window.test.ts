import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_PARTITION } from '../../../electron/main/app-window';
import {
  createPrintWindow,
  hardenPrintSession,
  PRINT_PARTITION,
  type PrintSession,
} from '../../../electron/main/print-window';

/** Stands in for Electron's BrowserWindow (its binary is not here) and keeps what it was built with. */
class RecordingWindow {
  static last: BrowserWindowConstructorOptions | undefined;
  constructor(options: BrowserWindowConstructorOptions) {
    RecordingWindow.last = options;
  }
}

function build(parent: BrowserWindow | null = null): BrowserWindowConstructorOptions {
  createPrintWindow(RecordingWindow as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow, parent);
  if (!RecordingWindow.last) throw new Error('no window was built');
  return RecordingWindow.last;
}

describe('createPrintWindow', () => {
  it('sets every hardening flag of the app window', () => {
    const web = build().webPreferences ?? {};
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
    expect(web.devTools).toBe(false);
  });

  it('has no preload (it calls nothing of Parloir) and plugins only for the PDF viewer', () => {
    const web = build().webPreferences ?? {};
    expect(web.preload).toBeUndefined();
    expect(web.plugins).toBe(true);
    expect(Object.keys(web).sort()).toEqual(
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
        'plugins',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('uses its own in-memory session, apart from the app window’s', () => {
    const partition = build().webPreferences?.partition;
    expect(partition).toBe(PRINT_PARTITION);
    expect(partition?.startsWith('persist:')).toBe(false);
    expect(partition).not.toBe(APP_PARTITION);
  });

  it('stays hidden, modal to the app window when there is one', () => {
    expect(build().show).toBe(false);
    expect(build().parent).toBeUndefined();
    const parent = {} as BrowserWindow;
    expect(build(parent).parent).toBe(parent);
  });
});

type Handler = (...args: never[]) => unknown;

/** Stands in for the print Session and keeps every handler it is given, so the test can call them. */
function recordingSession() {
  const handlers: Record<string, Handler> = {};
  let spellChecker: boolean | undefined;
  const target = {
    setPermissionRequestHandler: (handler: Handler) => (handlers['permissionRequest'] = handler),
    setPermissionCheckHandler: (handler: Handler) => (handlers['permissionCheck'] = handler),
    setDevicePermissionHandler: (handler: Handler) => (handlers['devicePermission'] = handler),
    setSpellCheckerEnabled: (enabled: boolean) => (spellChecker = enabled),
    webRequest: { onBeforeRequest: (handler: Handler) => (handlers['beforeRequest'] = handler) },
  };
  return { target: target as unknown as PrintSession, handlers, spellChecker: () => spellChecker };
}

describe('hardenPrintSession', () => {
  it('denies every permission, asked or checked, and every device', () => {
    const { target, handlers } = recordingSession();
    hardenPrintSession(target);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fileSystem']) {
      const answers: boolean[] = [];
      (handlers['permissionRequest'] as unknown as (c: unknown, p: string, cb: (granted: boolean) => void) => void)(
        {},
        permission,
        (granted) => answers.push(granted),
      );
      expect(answers, permission).toEqual([false]);
      expect(
        (handlers['permissionCheck'] as unknown as (c: unknown, p: string) => boolean)({}, permission),
        permission,
      ).toBe(false);
    }
    expect((handlers['devicePermission'] as unknown as (d: unknown) => boolean)({ deviceType: 'usb' })).toBe(false);
  });

  it('turns the spellchecker off (it downloads dictionaries)', () => {
    const { target, spellChecker } = recordingSession();
    hardenPrintSession(target);
    expect(spellChecker()).toBe(false);
  });

  it('cancels requests that would leave Chromium and lets the PDF and its viewer through', () => {
    const { target, handlers } = recordingSession();
    hardenPrintSession(target);
    const decide = (url: string) => {
      const answers: { cancel?: boolean }[] = [];
      (handlers['beforeRequest'] as unknown as (d: { url: string }, cb: (r: { cancel?: boolean }) => void) => void)(
        { url },
        (r) => answers.push(r),
      );
      return answers;
    };
    expect(decide('https://example.org/tracker.gif')).toEqual([{ cancel: true }]);
    expect(decide('file:///home/a/.config/Parloir/vault.db')).toEqual([{ cancel: true }]);
    expect(decide('app://parloir/index.html')).toEqual([{ cancel: true }]);
    expect(decide('data:application/pdf;base64,JVBERi0=')).toEqual([{ cancel: false }]);
    expect(decide('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')).toEqual([{ cancel: false }]);
  });
});
