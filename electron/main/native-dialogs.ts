import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import path from 'node:path';
import type { HostDialogs } from '../services/app-context';
import { printPdfFromMemory } from './print-pdf';
import {
  attachmentFileDialogOptions,
  attachmentSaveDialogOptions,
  backupFileDialogOptions,
  backupFolderDialogOptions,
  chosenPath,
  exportFileDialogOptions,
  importFileDialogOptions,
  pdfFileDialogOptions,
  savedPath,
  type HostText,
} from './dialog-options';

/** The app's HostDialogs as real native dialogs, modal to the window when there is one. */
export function nativeDialogs(window: () => BrowserWindow | null, text: HostText): HostDialogs {
  async function open(options: OpenDialogOptions): Promise<string | null> {
    const parent = window();
    return chosenPath(parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options));
  }
  async function save(options: SaveDialogOptions): Promise<string | null> {
    const parent = window();
    return savedPath(parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options));
  }
  return {
    chooseBackupFolder: () => open(backupFolderDialogOptions(text)),
    chooseBackupFile: () => open(backupFileDialogOptions(text)),
    chooseImportFile: () => open(importFileDialogOptions(text)),
    chooseExportFile: (defaultName) =>
      save(exportFileDialogOptions(text, path.join(app.getPath('documents'), defaultName))),
    choosePdfFile: (defaultName) => save(pdfFileDialogOptions(text, path.join(app.getPath('documents'), defaultName))),
    chooseAttachmentFile: () => open(attachmentFileDialogOptions(text)),
    chooseAttachmentSaveFile: (defaultName) =>
      save(attachmentSaveDialogOptions(text, path.join(app.getPath('documents'), defaultName))),
    printPdf: (pdf) => printPdfFromMemory(pdf, window()),
  };
}
