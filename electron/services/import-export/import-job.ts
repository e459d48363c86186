import { AppError } from '../../../shared/errors';
import { createHash } from 'node:crypto';
import type { DuplicateChoice, ImportMapping } from '../../../shared/import-export/import-export.schemas';
import { columnLooks } from './column-looks';
import { readCsvFile } from './csv-decode';
import { parseCsv, type CsvTable } from './csv-parse';
import type { VaultLookup } from './import-lookup';
import { suggestMapping } from './import-mapping';
import { quoteCell } from './import-problems';
import { planImport, type ImportPlan } from './import-plan';
import { packReadyRows } from './ready-rows';
import type { CsvSummary, PlanSummary, SetAsideTable } from './import-worker-protocol';
import { matchKey } from './import-words';
import type { LetterImportMapping } from '../../../shared/import-export/letters-transfer.schemas';
import { planLetterImport, type LettersLookup, type LettersPlan } from './letters-import-plan';
import { suggestLetterMapping } from './letters-import-words';

/** Rows the mapping screen shows before the user decides. */
export const PREVIEW_ROWS = 20;

/**
 * One chosen spreadsheet, inside the import worker: read, parsed and checked there, so a large or hostile file never
 * blocks the main process (which must stay free to lock). Only the rows an import writes reach the main process,
 * packed, once everything has been checked.
 */
export class ImportJob {
  readonly #table: CsvTable;
  /** The check an import is about to write: its ready rows are read again from the file when they are packed. */
  #kept: ImportPlan | null = null;

  private constructor(table: CsvTable) {
    this.#table = table;
  }

  /** Reads and parses `file`; refuses it whole (AppError) beyond the limits. */
  static open(file: string, onProgress?: (rows: number) => void): ImportJob {
    return new ImportJob(parseCsv(readCsvFile(file), onProgress));
  }

  summary(): CsvSummary {
    const table = this.#table;
    return {
      delimiter: table.delimiter,
      headers: table.headers.map(quoteCell),
      preview: [...table.rows(PREVIEW_ROWS)].map((row) => row.cells.map(quoteCell)),
      rowCount: table.rowCount,
      suggestedMapping: suggestMapping(table.headers),
      columnLooks: columnLooks(table.rows(), table.headers.length),
      headerKey: createHash('sha256')
        .update(JSON.stringify(table.headers.map(matchKey)))
        .digest('hex'),
    };
  }

  /** Every row checked; with `keep`, the check stays here for ready() (the import that follows). */
  plan(mapping: ImportMapping, vault: VaultLookup, keep: boolean, duplicates: DuplicateChoice): PlanSummary {
    this.#kept = null;
    const plan = planImport(this.#table.rows(), mapping, vault, duplicates);
    if (keep) this.#kept = plan;
    let updates = 0;
    if (duplicates === 'update')
      for (const index of plan.ready) if (plan.readyRow(this.#table.row(index)).updateId !== null) updates += 1;
    return {
      rows: plan.rows,
      ready: plan.ready.length,
      inVault: plan.inVault,
      skipped: plan.skipped,
      setAside: plan.setAside.length,
      updates,
      problems: plan.problems,
      problemCount: plan.problemCount,
      inVaultCount: plan.inVaultCount,
      newFacilities: [...plan.newFacilities],
      newTags: [...plan.newTags],
    };
  }

  /** The file read as a letter log (letters-import-plan.ts), with the mapping given or guessed from its header. */
  planLetters(
    mapping: LetterImportMapping | null,
    lookup: LettersLookup,
    withLetters: boolean,
  ): { mapping: LetterImportMapping; plan: LettersPlan } {
    const used = mapping ?? suggestLetterMapping(this.#table.headers);
    return { mapping: used, plan: planLetterImport(this.#table.rows(), used, lookup, withLetters) };
  }

  /** The rows the kept check set aside, as the file has them (whole cells), with their problems. */
  setAsideRows(): SetAsideTable {
    const plan = this.#kept;
    if (!plan) throw new AppError('INTERNAL', 'The import was not checked first');
    const table = this.#table;
    return {
      headers: table.headers,
      rows: plan.setAside.map(({ index, problems }) => ({ ...table.row(index), problems })),
    };
  }

  /** Every ready row of the kept check, in file order, packed for the main process (see ready-rows.ts). */
  readyRows(): Uint8Array[] {
    const plan = this.#kept;
    if (!plan) throw new AppError('INTERNAL', 'The import was not checked first');
    const table = this.#table;
    return packReadyRows(
      (function* () {
        for (const index of plan.ready) yield plan.readyRow(table.row(index));
      })(),
    );
  }
}
