import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, powerMonitor } from 'electron';
import { fallbackLanguage } from '../../shared/i18n';
import { createApp } from '../services/create-app';
import { IPC_INVOKE_CHANNEL } from '../preload/ipc-channel';
import { bundlePaths, resolveDataDir } from './app-paths';
import { createAppWindow } from './app-window';
import { startAutoLock } from './auto-lock';
import { hardenSession, hardenWebContents, registerAppScheme } from './hardening';
import { createHostI18n, hostText, menuText } from './host-i18n';
import { createInvokeHandler } from './invoke-handler';
import { createLockActions } from './lock-actions';
import { buildMenuTemplate } from './menu-template';
import { nativeDialogs } from './native-dialogs';
import { APP_ENTRY } from './url-policy';

// Wiring only: every decision taken here lives in a plain module beside this one, with its unit tests.
// Deliberately absent: crashReporter, autoUpdater, any telemetry.

const { rendererDir, preloadPath } = bundlePaths(import.meta.dirname);
const i18n = createHostI18n(fallbackLanguage);
let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  hardenSession(rendererDir);

  const parloir = createApp({
    dataDir: resolveDataDir(process.env, app.getPath('userData')),
    dialogs: nativeDialogs(() => mainWindow, hostText(i18n)),
  });
  const { context } = parloir;
  let preferences = context.preferences.get();
  await i18n.changeLanguage(preferences.language);

  async function lockVault(reason: string): Promise<void> {
    try {
      await context.vault.lock();
    } catch (error) {
      console.error(`[parloir] lock (${reason}) failed`, error);
    }
  }

  const menuActions = createLockActions({
    isUnlocked: () => context.vault.isUnlocked,
    lock: lockVault,
    clearClipboard: () => clipboard.clear(),
    reloadWindow: () => mainWindow?.webContents.reload(),
  });
  const applyMenu = () => Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(menuText(i18n), process.platform, menuActions)));
  applyMenu();

  context.onPreferencesChanged((next) => {
    preferences = next;
    void i18n.changeLanguage(next.language).then(applyMenu);
  });

  // No decrypted data may stay in the renderer's memory once the vault is locked or replaced.
  context.vault.onEvent(() => mainWindow?.webContents.reload());

  const invoke = createInvokeHandler({
    handlers: parloir.handlers,
    windowMainFrame: () => mainWindow?.webContents.mainFrame ?? null,
    reportInternal: (channel, error) => console.error(`[parloir] ${channel} failed`, error),
  });
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, channel: unknown, input: unknown) => invoke(event.senderFrame, channel, input));

  const autoLock = startAutoLock({
    systemIdleSeconds: () => powerMonitor.getSystemIdleTime(),
    state: () => ({ unlocked: context.vault.isUnlocked, autoLockMinutes: preferences.autoLockMinutes }),
    lock: (reason) => void lockVault(reason),
  });
  powerMonitor.on('suspend', () => autoLock.onPowerEvent('suspend'));
  powerMonitor.on('lock-screen', () => autoLock.onPowerEvent('lock-screen'));

  // Close the database cleanly (and zero its key) before the process goes.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting || !context.vault.isUnlocked) return;
    event.preventDefault();
    quitting = true;
    autoLock.stop();
    void lockVault('quit').finally(() => app.quit());
  });

  mainWindow = createAppWindow(BrowserWindow, {
    preloadPath,
    title: i18n.t('windowTitle', { ns: 'host' }),
    devTools: !app.isPackaged,
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(APP_ENTRY);
}

function failedToStart(error: unknown): void {
  // Details stay in the log; the user gets a plain sentence in their language. Start-up writes no file.
  console.error('[parloir] start-up failed', error);
  const text = hostText(i18n);
  dialog.showErrorBox(text('startupFailed.title'), text('startupFailed.message'));
  app.exit(1);
}

app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  hardenWebContents();
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch(failedToStart);
}
