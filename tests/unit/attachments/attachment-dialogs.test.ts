import { describe, expect, it } from 'vitest';
import { hostEn } from '../../../shared/i18n/host.en';
import { hostFr } from '../../../shared/i18n/host.fr';
import { attachmentFileDialogOptions, attachmentSaveDialogOptions } from '../../../electron/main/dialog-options';
import { createHostI18n, hostText } from '../../../electron/main/host-i18n';

describe('attachment dialogs', () => {
  it.each([
    ['fr', hostFr],
    ['en', hostEn],
  ] as const)('speak %s; the save dialog says the file is not encrypted and asks before replacing', (language, m) => {
    const text = hostText(createHostI18n(language));
    const open = attachmentFileDialogOptions(text);
    expect(open).toMatchObject({ title: m.attachmentFile.title, buttonLabel: m.attachmentFile.button });
    expect(open.filters?.[0]).toEqual({ name: m.attachmentFile.filterName, extensions: ['jpg', 'jpeg', 'png', 'pdf'] });
    expect(open.properties).toContain('openFile');
    expect(open.properties).not.toContain('multiSelections');
    const save = attachmentSaveDialogOptions(text, '/home/a/scan.png');
    expect(save).toMatchObject({ title: m.attachmentSaveFile.title, defaultPath: '/home/a/scan.png' });
    expect(save.title).toMatch(language === 'fr' ? /non chiffré/ : /not encrypted/);
    expect(save.properties).toContain('showOverwriteConfirmation');
  });
});
