import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, powerMonitor } from 'electron';
import os from 'node:os';
import { fallbackLanguage } from '../../shared/i18n';
import { createApp } from '../services/create-app';
import { IPC_INVOKE_CHANNEL, IPC_LOCK_ANSWER_CHANNEL, IPC_LOCK_REQUEST_CHANNEL } from '../preload/ipc-channel';
import { bundlePaths, resolveDataDir } from './app-paths';
import { createAppWindow } from './app-window';
import { startAutoLock } from './auto-lock';
import { removeChromiumLeftovers } from './chromium-leftovers';
import { disableCoreDumps } from './core-dumps';
import { connectBus } from './dbus-connection';
import { createFatalErrorHandler, describeForLog } from './fatal-error';
import { hardenSession, hardenWebContents, registerAppScheme } from './hardening';
import { createHostI18n, hostText, menuText } from './host-i18n';
import { createInvokeHandler } from './invoke-handler';
import { busAddress, startLinuxLockSignals } from './linux-lock-signals';
import { createLockActions } from './lock-actions';
import { buildMenuTemplate } from './menu-template';
import { nativeDialogs } from './native-dialogs';
import { prepareRuntimeFolders, removeRun, removeStaleRuns, type RuntimeFolders } from './private-runtime';
import { isTrustedSender } from './sender-policy';
import { APP_ENTRY } from './url-policy';
import { inputIsUserActivity } from './user-activity';
import { createWindowLockRequests } from './window-lock-requests';

// Wiring only: every decision taken here lives in a plain module beside this one, with its unit tests.
// Deliberately absent: crashReporter, autoUpdater, any telemetry.

const log = (line: string) => console.error(`[parloir] ${line}`);

// Before anything else Chromium may write: the data folder is read from Electron's default userData, then every
// path Chromium writes to moves into a private run folder (in memory on Linux), with the temporary-folder variables
// Chromium itself reads.
const defaultUserData = app.getPath('userData');
const dataDir = resolveDataDir(process.env, defaultUserData);
let runtime: RuntimeFolders | null = null;
try {
  runtime = prepareRuntimeFolders({
    platform: process.platform,
    env: process.env,
    uid: process.getuid?.(),
    tmpdir: os.tmpdir(),
    pid: process.pid,
  });
  Object.assign(process.env, runtime.env);
  // The single-instance lock lives in userData, so it must be the same folder for every copy: the instance folder.
  app.setPath('userData', runtime.instanceDir);
  if (!runtime.inMemory && process.platform === 'linux')
    log(`no memory file system found: Chromium's files go to ${runtime.root}, on disk`);
} catch (error) {
  log(`no private folder for Chromium's files, it keeps its defaults: ${describeForLog(error)}`);
}

if (process.platform === 'linux') {
  const { failed } = disableCoreDumps(process.pid);
  if (failed.length > 0) log(`core dumps could not be turned off for ${failed.length} process(es)`);
}

const { rendererDir, preloadPath } = bundlePaths(import.meta.dirname);
const i18n = createHostI18n(fallbackLanguage);
let mainWindow: BrowserWindow | null = null;
let lockForFatalError: () => Promise<void> = async () => undefined;

const onFatalError = createFatalErrorHandler({
  lock: () => lockForFatalError(),
  showError: (title, message) => dialog.showErrorBox(title, message),
  exit: (code) => app.exit(code),
  log,
  text: () => hostText(i18n),
});
process.on('uncaughtException', onFatalError);
process.on('unhandledRejection', onFatalError);

async function start(): Promise<void> {
  hardenSession(rendererDir);

  const parloir = createApp({
    dataDir,
    dialogs: nativeDialogs(() => mainWindow, hostText(i18n)),
    clipboard,
  });
  const { context } = parloir;
  let preferences = context.preferences.get();
  await i18n.changeLanguage(preferences.language);

  async function lockVault(reason: string): Promise<void> {
    try {
      await context.vault.lock();
    } catch (error) {
      log(`lock (${reason}) failed: ${describeForLog(error)}`);
    }
  }
  lockForFatalError = () => lockVault('fatal error');

  // Before a lock it starts itself, main asks the window to save its half-filled form as a draft (inside the vault).
  const windowLocks = createWindowLockRequests((request) => {
    const contents = mainWindow?.webContents;
    if (!contents || contents.isDestroyed()) return false;
    contents.send(IPC_LOCK_REQUEST_CHANNEL, request);
    return true;
  });
  ipcMain.on(IPC_LOCK_ANSWER_CHANNEL, (event) => {
    if (isTrustedSender(event.senderFrame, mainWindow?.webContents.mainFrame ?? null)) windowLocks.answered();
  });
  const menuActions = createLockActions({
    isUnlocked: () => context.vault.isUnlocked,
    lock: lockVault,
    clearClipboard: () => clipboard.clear(),
    reloadWindow: () => mainWindow?.webContents.reload(),
    askWindow: (request) => windowLocks.ask(request),
  });
  const applyMenu = () =>
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(menuText(i18n), process.platform, menuActions)));
  applyMenu();

  const autoLock = startAutoLock({
    systemIdleSeconds: () => powerMonitor.getSystemIdleTime(),
    state: () => ({ unlocked: context.vault.isUnlocked, autoLockMinutes: preferences.autoLockMinutes }),
    lock: (reason) => void menuActions.lockSavingDraft(reason),
  });
  powerMonitor.on('suspend', () => autoLock.onPowerEvent('suspend'));
  powerMonitor.on('lock-screen', () => autoLock.onPowerEvent('lock-screen'));
  // Electron hears no screen lock on Linux: logind and the screen saver say it over D-Bus. Never awaited.
  const lockSignals =
    process.platform === 'linux'
      ? startLinuxLockSignals({
          connect: (bus, onError) => connectBus(busAddress(bus, process.env), onError),
          pid: process.pid,
          onLock: (event) => autoLock.onPowerEvent(event),
          log,
        })
      : null;

  context.onPreferencesChanged((next) => {
    preferences = next;
    autoLock.onSettingsChanged();
    void i18n.changeLanguage(next.language).then(applyMenu);
  });

  // No decrypted data may stay in the renderer's memory once the vault is locked or replaced.
  context.vault.onEvent(() => mainWindow?.webContents.reload());

  const invoke = createInvokeHandler({
    app: parloir,
    windowMainFrame: () => mainWindow?.webContents.mainFrame ?? null,
    reportInternal: (channel, error) => log(`${channel} failed: ${describeForLog(error)}`),
    onUserActivity: () => autoLock.onUserActivity(),
  });
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, channel: unknown, input: unknown) =>
    invoke(event.senderFrame, channel, input),
  );

  // Close the database cleanly (and zero its key) before the process goes.
  let quitting = false;
  app.on('before-quit', (event) => {
    autoLock.stop();
    lockSignals?.stop();
    if (quitting || !context.vault.isUnlocked) return;
    event.preventDefault();
    quitting = true;
    void lockVault('quit').finally(() => app.quit());
  });

  mainWindow = createAppWindow(BrowserWindow, {
    preloadPath,
    title: i18n.t('windowTitle', { ns: 'host' }),
    devTools: !app.isPackaged,
  });
  // Keys, clicks and wheels reach the page through the main process: the idle count does not depend on the page.
  mainWindow.webContents.on('input-event', (_event, input) => {
    if (inputIsUserActivity(input.type)) autoLock.onUserActivity();
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(APP_ENTRY);
}

function failedToStart(error: unknown): void {
  // Details stay in the log; the user gets a plain sentence in their language. Start-up writes no file.
  log(`start-up failed: ${describeForLog(error)}`);
  const text = hostText(i18n);
  dialog.showErrorBox(text('startupFailed.title'), text('startupFailed.message'));
  app.exit(1);
}

app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  if (runtime) removeRun(runtime);
  app.quit();
} else {
  if (runtime) {
    // The lock is held: the rest of Chromium's profile goes to this run's folder, removed at quit.
    const folders = runtime;
    app.setPath('userData', folders.paths.userData);
    app.setPath('sessionData', folders.paths.sessionData);
    app.setPath('crashDumps', folders.paths.crashDumps);
    app.setPath('temp', folders.paths.temp);
    app.setAppLogsPath(folders.paths.logs);
    try {
      const stale = removeStaleRuns(folders);
      if (stale.length > 0) log(`removed ${stale.length} run folder(s) left by an earlier crash`);
    } catch (error) {
      log(`could not look for run folders left by a crash: ${describeForLog(error)}`);
    }
    app.on('will-quit', () => removeRun(folders));
    process.on('exit', () => removeRun(folders));
  }
  // Chromium's profile files from versions that kept them beside vault.db.
  if (runtime && dataDir === defaultUserData) {
    try {
      const leftovers = removeChromiumLeftovers(dataDir);
      if (leftovers.length > 0) log(`removed Chromium files from the data folder: ${leftovers.join(', ')}`);
    } catch (error) {
      log(`could not remove Chromium files from the data folder: ${describeForLog(error)}`);
    }
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  hardenWebContents();
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch(failedToStart);
}
