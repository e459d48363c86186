import type { Preferences } from '../../shared/settings/settings.schemas';
import type { VaultSession } from '../../db/vault/vault-session';
import type { JobService } from './jobs/job-service';

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
  /**
   * Where to save a PDF the user explicitly asked to keep (the dialog says it is not encrypted), or null. Hosts
   * without a window (the command line, which takes `--out`) leave it out: saving then counts as cancelled.
   */
  choosePdfFile?(defaultName: string): Promise<string | null>;
  /** A picture or PDF to attach to a letter or a parcel, or null. Hosts without a window leave it out (cancelled). */
  chooseAttachmentFile?(): Promise<string | null>;
  /** Where to save an attachment the user asked to take out of the vault (the dialog says it is not encrypted), or null. */
  chooseAttachmentSaveFile?(defaultName: string): Promise<string | null>;
  /** The system print dialog for a PDF held in memory: nothing is written to a temporary file on the way. */
  printPdf?(pdf: Uint8Array): Promise<'sent' | 'cancelled'>;
}

/** The system clipboard, in a host that has one (Electron's; the E2E bridge's own; none for the command line). */
export interface HostClipboard {
  readText(): Promise<string>;
  writeText(text: string): Promise<void>;
  clear(): void;
}

export interface AppContext {
  vault: VaultSession;
  /** Long work kept in memory between calls, dropped on lock (docs/ARCHITECTURE.md, "Long work"). */
  jobs: JobService;
  dialogs: HostDialogs;
  /** Absent in a host without one: copying then answers `copied: false`. */
  clipboard?: HostClipboard | undefined;
  preferences: {
    get(): Preferences;
    set(next: Preferences): Preferences;
  };
  /** Hosts react to changed preferences (Electron rebuilds its menu in the new language, restarts its idle timer). */
  onPreferencesChanged(listener: (preferences: Preferences) => void): () => void;
}
