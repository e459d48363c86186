import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { HostMessages } from '../../shared/i18n';
import { BACKUP_EXTENSION } from '../../db/vault/backup-archive';

/** Reads a `host` namespace string, e.g. 'backupFolder.title'. */
export type HostText = (key: HostKey) => string;
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type HostKey = Leaves<HostMessages>;

export function backupFolderDialogOptions(t: HostText): OpenDialogOptions {
  return {
    title: t('backupFolder.title'),
    buttonLabel: t('backupFolder.button'),
    properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
  };
}

export function backupFileDialogOptions(t: HostText): OpenDialogOptions {
  return {
    title: t('backupFile.title'),
    buttonLabel: t('backupFile.button'),
    // Dialog filters take extensions without their leading dot.
    filters: [{ name: t('backupFile.filterName'), extensions: [BACKUP_EXTENSION.replace(/^\./, '')] }],
    properties: ['openFile', 'dontAddToRecent'],
  };
}

export function importFileDialogOptions(t: HostText): OpenDialogOptions {
  return {
    title: t('importFile.title'),
    buttonLabel: t('importFile.button'),
    filters: [{ name: t('importFile.filterName'), extensions: ['csv', 'txt'] }],
    properties: ['openFile', 'dontAddToRecent'],
  };
}

/** The title says the export is not encrypted: the dialog is the last moment the user decides where it goes. */
export function exportFileDialogOptions(t: HostText, defaultPath: string): SaveDialogOptions {
  return {
    title: t('exportFile.title'),
    buttonLabel: t('exportFile.button'),
    defaultPath,
    filters: [{ name: t('exportFile.filterName'), extensions: ['csv'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
  };
}

/** A PDF the user chose to keep: like an export, the title says the file is not encrypted. */
export function pdfFileDialogOptions(t: HostText, defaultPath: string): SaveDialogOptions {
  return {
    title: t('pdfFile.title'),
    buttonLabel: t('pdfFile.button'),
    defaultPath,
    filters: [{ name: t('pdfFile.filterName'), extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
  };
}

export function attachmentFileDialogOptions(t: HostText): OpenDialogOptions {
  return {
    title: t('attachmentFile.title'),
    buttonLabel: t('attachmentFile.button'),
    // A hint for the dialog only: the type is decided by the file's bytes once read.
    filters: [{ name: t('attachmentFile.filterName'), extensions: ['jpg', 'jpeg', 'png', 'pdf'] }],
    properties: ['openFile', 'dontAddToRecent'],
  };
}

/** An attachment taken out of the vault: like an export, the title says the file is not encrypted. */
export function attachmentSaveDialogOptions(t: HostText, defaultPath: string): SaveDialogOptions {
  return {
    title: t('attachmentSaveFile.title'),
    buttonLabel: t('attachmentSaveFile.button'),
    defaultPath,
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
  };
}

/** The one path the user picked, or null when the dialog was cancelled or closed empty. */
export function chosenPath(result: { canceled: boolean; filePaths: string[] }): string | null {
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The path a save dialog returned, or null when it was cancelled. */
export function savedPath(result: { canceled: boolean; filePath?: string | undefined }): string | null {
  return result.canceled || !result.filePath ? null : result.filePath;
}
