import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { hostEn } from '../../../shared/i18n/host.en';
import { hostFr } from '../../../shared/i18n/host.fr';
import { BACKUP_EXTENSION } from '../../../db/vault/backup-archive';
import { bundlePaths, resolveDataDir } from '../../../electron/main/app-paths';
import { backupFileDialogOptions, backupFolderDialogOptions, chosenPath } from '../../../electron/main/dialog-options';
import { createHostI18n, hostText } from '../../../electron/main/host-i18n';

describe('native dialogs', () => {
  it.each([
    ['fr', hostFr],
    ['en', hostEn],
  ] as const)('speak %s', (language, messages) => {
    const text = hostText(createHostI18n(language));
    expect(backupFolderDialogOptions(text)).toMatchObject({
      title: messages.backupFolder.title,
      buttonLabel: messages.backupFolder.button,
    });
    expect(backupFileDialogOptions(text)).toMatchObject({
      title: messages.backupFile.title,
      buttonLabel: messages.backupFile.button,
    });
    expect(backupFileDialogOptions(text).filters?.[0]?.name).toBe(messages.backupFile.filterName);
  });

  it('picks a folder it may create, or one backup file by its extension', () => {
    const text = hostText(createHostI18n('fr'));
    expect(backupFolderDialogOptions(text).properties).toEqual(
      expect.arrayContaining(['openDirectory', 'createDirectory']),
    );
    expect(backupFolderDialogOptions(text).properties).not.toContain('multiSelections');
    const file = backupFileDialogOptions(text);
    expect(file.properties).toEqual(expect.arrayContaining(['openFile']));
    expect(file.properties).not.toContain('multiSelections');
    expect(file.filters?.[0]?.extensions).toEqual([BACKUP_EXTENSION.slice(1)]);
    expect(file.filters?.[0]?.extensions[0]).not.toMatch(/^\./);
  });

  it('reads a cancelled dialog as null', () => {
    expect(chosenPath({ canceled: true, filePaths: ['/tmp/x'] })).toBeNull();
    expect(chosenPath({ canceled: false, filePaths: [] })).toBeNull();
    expect(chosenPath({ canceled: false, filePaths: ['/home/a/backups'] })).toBe('/home/a/backups');
  });

  it('falls back to French for the window title and keeps UI strings apart', () => {
    const i18n = createHostI18n('en');
    expect(i18n.t('windowTitle', { ns: 'host' })).toBe(hostEn.windowTitle);
    expect(i18n.t('menu.quit')).toBe(en.menu.quit);
  });
});

describe('paths', () => {
  it('uses PARLOIR_DATA_DIR when set, else Electron’s user data folder', () => {
    expect(resolveDataDir({ PARLOIR_DATA_DIR: '/media/usb/parloir' }, '/home/a/.config/Parloir')).toBe(
      path.resolve('/media/usb/parloir'),
    );
    expect(resolveDataDir({}, '/home/a/.config/Parloir')).toBe('/home/a/.config/Parloir');
    expect(resolveDataDir({ PARLOIR_DATA_DIR: '  ' }, '/home/a/.config/Parloir')).toBe('/home/a/.config/Parloir');
  });

  it('finds the renderer and the preload beside the main bundle', () => {
    expect(bundlePaths('/opt/Parloir/resources/app.asar/dist/main')).toEqual({
      rendererDir: path.resolve('/opt/Parloir/resources/app.asar/dist/renderer'),
      preloadPath: path.resolve('/opt/Parloir/resources/app.asar/dist/preload/preload.cjs'),
    });
  });
});
