import type { ErrorCode, Issue } from '../../../shared/errors';
import type {
  ColumnLook,
  DuplicateChoice,
  ImportMapping,
  ImportProblem,
} from '../../../shared/import-export/import-export.schemas';
import type { VaultLookup } from './import-lookup';
import type { FacilityData, SetAsideRow } from './import-validate';
import type { LetterImportMapping } from '../../../shared/import-export/letters-transfer.schemas';
import type { LettersLookup, LettersPlan } from './letters-import-plan';

/** What the import worker is started with: only the path; it reads the file itself. */
export interface ImportWorkerData {
  file: string;
}

/** What the mapping screen needs of a file: cells clipped for display, the mapping guessed from the full headers. */
export interface CsvSummary {
  delimiter: string;
  headers: string[];
  preview: string[][];
  rowCount: number;
  suggestedMapping: ImportMapping;
  /** What each column's cells look like (column-looks.ts). */
  columnLooks: (ColumnLook | null)[];
  /** A hash of the folded header row: the key its mapping is remembered under, never the headers themselves. */
  headerKey: string;
}

/** A check of every row against the mapping and the vault, without the rows themselves. */
export interface PlanSummary {
  rows: number;
  ready: number;
  inVault: number;
  skipped: number;
  /** Rows set aside: those with a problem that stops them. */
  setAside: number;
  /** Of the rows written, those that update a person already in the vault. */
  updates: number;
  problems: ImportProblem[];
  problemCount: number;
  inVaultCount: number;
  newFacilities: [string, FacilityData][];
  newTags: [string, string][];
}

/** Requests to the worker, answered in order. `keep` holds the check for the `ready` request that follows. */
export type ImportRequest =
  | {
      type: 'plan';
      id: number;
      mapping: ImportMapping;
      vault: VaultLookup;
      keep: boolean;
      duplicates: DuplicateChoice;
    }
  | { type: 'ready'; id: number }
  | { type: 'setAside'; id: number }
  /** The same file read as a letter log: `mapping` null guesses it from the header. */
  | {
      type: 'letters';
      id: number;
      mapping: LetterImportMapping | null;
      lookup: LettersLookup;
      /** The letters themselves come back only for the import; a check needs the counts and problems. */
      withLetters: boolean;
    };

/** The rows a kept check set aside, whole, with the file's header: what the user saves to fix. */
export interface SetAsideTable {
  headers: string[];
  rows: { line: number; cells: string[]; problems: SetAsideRow['problems'] }[];
}

export type ImportWorkerMessage =
  | { type: 'progress'; rows: number }
  | { type: 'opened'; summary: CsvSummary }
  | { type: 'planned'; id: number; plan: PlanSummary }
  /** The ready rows, packed (ready-rows.ts); the buffers are transferred, not copied. */
  | { type: 'ready'; id: number; chunks: Uint8Array[] }
  | { type: 'setAside'; id: number; table: SetAsideTable }
  | { type: 'letters'; id: number; mapping: LetterImportMapping; plan: LettersPlan }
  /** `id` null: the file itself was refused. */
  | { type: 'error'; id: number | null; code: ErrorCode; message: string; issues?: Issue[] };
