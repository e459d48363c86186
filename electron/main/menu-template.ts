import type { MenuItemConstructorOptions } from 'electron';
import type { Messages } from '../../shared/i18n';

export type MenuKey = keyof Messages['menu'];
export type MenuText = (key: MenuKey) => string;

export interface MenuActions {
  lock: () => void;
  /** Locks at once, with no question asked: someone is at the door. */
  panicLock: () => void;
}

export const LOCK_ACCELERATOR = 'CmdOrCtrl+L';
export const PANIC_LOCK_ACCELERATOR = 'CmdOrCtrl+Shift+L';

/**
 * The native menu, in the UI language. Deliberately small: no reload (it would bypass the lock's own reload), no
 * developer tools, no "learn more" links that would open a browser.
 */
export function buildMenuTemplate(
  t: MenuText,
  platform: NodeJS.Platform,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const lockItems: MenuItemConstructorOptions[] = [
    { id: 'lock', label: t('lock'), accelerator: LOCK_ACCELERATOR, click: () => actions.lock() },
    { id: 'panic-lock', label: t('panicLock'), accelerator: PANIC_LOCK_ACCELERATOR, click: () => actions.panicLock() },
  ];
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          id: 'app',
          label: t('app'),
          submenu: [
            ...lockItems,
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { type: 'separator' },
            { role: 'quit', label: t('quit') },
          ],
        },
      ]
    : [];
  const fileMenu: MenuItemConstructorOptions = {
    id: 'file',
    label: t('file'),
    submenu: isMac
      ? [{ role: 'close', label: t('close') }]
      : [...lockItems, { type: 'separator' }, { role: 'quit', label: t('quit') }],
  };
  const editMenu: MenuItemConstructorOptions = {
    id: 'edit',
    label: t('edit'),
    submenu: [
      { role: 'undo', label: t('undo') },
      { role: 'redo', label: t('redo') },
      { type: 'separator' },
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      { role: 'selectAll', label: t('selectAll') },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    id: 'view',
    label: t('view'),
    submenu: [
      { role: 'zoomIn', label: t('zoomIn') },
      { role: 'zoomOut', label: t('zoomOut') },
      { role: 'resetZoom', label: t('resetZoom') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('fullscreen') },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    id: 'window',
    label: t('window'),
    submenu: [
      { role: 'minimize', label: t('minimize') },
      ...(isMac ? [] : [{ role: 'close', label: t('close') } as const]),
    ],
  };
  return [...appMenu, fileMenu, editMenu, viewMenu, windowMenu];
}
