import type { JobKind } from '../jobs/job-store';
import type { ImportWorker } from './import-worker-runner';

/** A letter log chosen for import: its rows live in its own import worker until the import or a lock. */
export interface LettersImportFile {
  fileName: string;
  worker: ImportWorker;
  /** The header row, cut for display. */
  headers: string[];
}

export const lettersImportKind: JobKind<LettersImportFile> = {
  keep: 1,
  notFound: 'Choose the file again',
  alreadyRunning: 'This import is already running',
  release: (file, reason) => file.worker.terminate(reason),
};
