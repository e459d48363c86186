import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { HostDialogs } from '../services/app-context';
import { backupFileDialogOptions, backupFolderDialogOptions, chosenPath, type HostText } from './dialog-options';

/** The app's HostDialogs as real native dialogs, modal to the window when there is one. */
export function nativeDialogs(window: () => BrowserWindow | null, text: HostText): HostDialogs {
  async function open(options: OpenDialogOptions): Promise<string | null> {
    const parent = window();
    return chosenPath(parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options));
  }
  return {
    chooseBackupFolder: () => open(backupFolderDialogOptions(text)),
    chooseBackupFile: () => open(backupFileDialogOptions(text)),
  };
}
