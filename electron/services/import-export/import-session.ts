import type { JobKind } from '../jobs/job-store';
import type { SetAsideTable } from './import-worker-protocol';
import type { ImportWorker } from './import-worker-runner';

/** A spreadsheet chosen for import: its rows (names, numbers: sensitive) live in its worker thread. */
export interface ImportFile {
  fileName: string;
  worker: ImportWorker;
  /** Hash of the folded header row: where the mapping is remembered (db/settings/import-mappings.queries.ts). */
  headerKey: string;
}

/** The rows an import set aside, kept (in memory, until the next file or a lock) for the user to save and fix. */
export interface SetAsideFile {
  fileName: string;
  table: SetAsideTable;
}

/**
 * The one spreadsheet being imported, under a random token the renderer holds. Choosing another file, finishing the
 * import (the same file cannot be imported twice by mistake) or locking the vault ends its thread; whatever it was
 * asked then fails with the reason.
 */
export const importFileKind: JobKind<ImportFile> = {
  keep: 1,
  notFound: 'Choose the file again',
  alreadyRunning: 'This import is already running',
  release: (file, reason) => file.worker.terminate(reason),
};

export const setAsideKind: JobKind<SetAsideFile> = {
  keep: 1,
  notFound: 'Nothing was set aside, or the vault was locked since',
};
