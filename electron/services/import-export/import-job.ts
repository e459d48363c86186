import { AppError } from '../../../shared/errors';
import type { ImportMapping } from '../../../shared/import-export/import-export.schemas';
import { readCsvFile } from './csv-decode';
import { parseCsv, type CsvTable } from './csv-parse';
import type { VaultLookup } from './import-lookup';
import { suggestMapping } from './import-mapping';
import { quoteCell } from './import-problems';
import { planImport, type ImportPlan } from './import-validate';
import { packReadyRows } from './ready-rows';
import type { CsvSummary, PlanSummary } from './import-worker-protocol';

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
    };
  }

  /** Every row checked; with `keep`, the check stays here for ready() (the import that follows). */
  plan(mapping: ImportMapping, vault: VaultLookup, keep: boolean): PlanSummary {
    this.#kept = null;
    const plan = planImport(this.#table.rows(), mapping, vault);
    if (keep) this.#kept = plan;
    return {
      rows: plan.rows,
      ready: plan.ready.length,
      inVault: plan.inVault,
      problems: plan.problems,
      problemCount: plan.problemCount,
      inVaultCount: plan.inVaultCount,
      newFacilities: [...plan.newFacilities],
      newTags: [...plan.newTags],
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
