import { describe, expect, it } from 'vitest';
import { hostEn } from '../../../shared/i18n/host.en';
import { hostFr } from '../../../shared/i18n/host.fr';
import { exportFileDialogOptions, importFileDialogOptions, savedPath } from '../../../electron/main/dialog-options';
import { createHostI18n, hostText } from '../../../electron/main/host-i18n';

describe('import and export dialogs', () => {
  it.each([
    ['fr', hostFr],
    ['en', hostEn],
  ] as const)('speak %s, and the export dialog says the file is not encrypted', (language, messages) => {
    const text = hostText(createHostI18n(language));
    expect(importFileDialogOptions(text)).toMatchObject({
      title: messages.importFile.title,
      buttonLabel: messages.importFile.button,
    });
    expect(importFileDialogOptions(text).filters?.[0]).toEqual({
      name: messages.importFile.filterName,
      extensions: ['csv', 'txt'],
    });
    const save = exportFileDialogOptions(text, '/home/a/parloir-prisonniers-2026-11-26.csv');
    expect(save).toMatchObject({
      title: messages.exportFile.title,
      buttonLabel: messages.exportFile.button,
      defaultPath: '/home/a/parloir-prisonniers-2026-11-26.csv',
    });
    expect(save.title).toMatch(language === 'fr' ? /non chiffré/ : /not encrypted/);
    expect(save.filters?.[0]).toEqual({ name: messages.exportFile.filterName, extensions: ['csv'] });
  });

  it('opens one file, and asks before replacing one', () => {
    const text = hostText(createHostI18n('fr'));
    expect(importFileDialogOptions(text).properties).toEqual(expect.arrayContaining(['openFile']));
    expect(importFileDialogOptions(text).properties).not.toContain('multiSelections');
    expect(exportFileDialogOptions(text, 'x.csv').properties).toContain('showOverwriteConfirmation');
  });

  it('reads a cancelled save dialog as null', () => {
    expect(savedPath({ canceled: true, filePath: '/tmp/x.csv' })).toBeNull();
    expect(savedPath({ canceled: false, filePath: '' })).toBeNull();
    expect(savedPath({ canceled: false })).toBeNull();
    expect(savedPath({ canceled: false, filePath: '/home/a/x.csv' })).toBe('/home/a/x.csv');
  });
});
