import type { HostDialogs } from '../../electron/services/app-context';

/** Native dialogs for a test: every one cancels unless the test gives its answer. */
export function testDialogs(answers: Partial<HostDialogs> = {}): HostDialogs {
  return {
    chooseBackupFolder: async () => null,
    chooseBackupFile: async () => null,
    chooseImportFile: async () => null,
    chooseExportFile: async () => null,
    choosePdfFile: async () => null,
    chooseAttachmentFile: async () => null,
    chooseAttachmentSaveFile: async () => null,
    printPdf: async () => 'cancelled',
    ...answers,
  };
}
