import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createAppWindow } from '../../../electron/main/app-window';
import { createHardenedWindow } from '../../../electron/main/hardened-window';
import { createPrintWindow } from '../../../electron/main/print-window';
import { PROJECT_ROOT } from '../../support/bundle';

/** Stands in for Electron's BrowserWindow (its binary is not here) and keeps what it was built with. */
class RecordingWindow {
  static last: BrowserWindowConstructorOptions | undefined;
  constructor(options: BrowserWindowConstructorOptions) {
    RecordingWindow.last = options;
  }
}
const Recording = RecordingWindow as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow;

function built(): BrowserWindowConstructorOptions {
  if (!RecordingWindow.last) throw new Error('no window was built');
  return RecordingWindow.last;
}

/** What each window sets for itself; everything else is the hardening. */
const OWN = ['preload', 'plugins', 'partition', 'devTools'];
const hardening = (options: BrowserWindowConstructorOptions) =>
  Object.fromEntries(Object.entries(options.webPreferences ?? {}).filter(([key]) => !OWN.includes(key)));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|mts|mjs|js)$/.test(entry.name) ? [full] : [];
  });
}

describe('one hardened window configuration', () => {
  it('the app window and the print window carry the same hardening, flag for flag', () => {
    createAppWindow(Recording, { preloadPath: '/app/preload.cjs', title: 'Parloir', devTools: false });
    const app = hardening(built());
    createPrintWindow(Recording, null);
    const print = hardening(built());
    expect(print).toEqual(app);
    expect(app).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('a caller cannot turn a flag off, even through the window options', () => {
    const frame = { show: false, webPreferences: { contextIsolation: false, sandbox: false } } as unknown as {
      show: boolean;
    };
    createHardenedWindow(Recording, { frame, partition: 'p', devTools: false });
    expect(built().webPreferences).toMatchObject({ contextIsolation: true, sandbox: true });
  });

  it('is the only place a window is built: one `new BrowserWindow(` in electron/', () => {
    const builders = sourceFiles(path.join(PROJECT_ROOT, 'electron')).filter((file) =>
      /new BrowserWindow\(/.test(fs.readFileSync(file, 'utf8')),
    );
    expect(builders.map((file) => path.relative(PROJECT_ROOT, file))).toEqual([
      path.join('electron', 'main', 'hardened-window.ts'),
    ]);
  });
});
