import type { Preferences } from '../../shared/schemas/settings.schemas';
import type { VaultSession } from '../../db/vault/vault-session';

/** What only a host can do: native dialogs. Electron shows real ones, the E2E bridge answers for the test. */
export interface HostDialogs {
  /** A folder for a manual backup, or null when the user cancels. */
  chooseBackupFolder(): Promise<string | null>;
  /** A backup file to restore, or null when the user cancels. */
  chooseBackupFile(): Promise<string | null>;
  /** A CSV spreadsheet to import, or null when the user cancels. */
  chooseImportFile(): Promise<string | null>;
  /** Where to write an export (the dialog proposes `defaultName`), or null when the user cancels. */
  chooseExportFile(defaultName: string): Promise<string | null>;
}

export interface AppContext {
  vault: VaultSession;
  dialogs: HostDialogs;
  preferences: {
    get(): Preferences;
    set(next: Preferences): Preferences;
  };
  /** Hosts react to changed preferences (Electron rebuilds its menu in the new language, restarts its idle timer). */
  onPreferencesChanged(listener: (preferences: Preferences) => void): () => void;
}
