import path from 'node:path';
import type { Handlers } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { resources } from '../../shared/i18n';
import type { AppContext } from './app-context';
import { readCsvFile } from './import/csv-decode';
import { parseCsv } from './import/csv-parse';
import { suggestMapping } from './import/import-mapping';
import { loadVaultLookup } from './import/import-lookup';
import { runImport } from './import/import-run';
import { ImportSessions } from './import/import-session';
import { planImport } from './import/import-validate';
import { csvText, exportFileName, exportTable, writeCsvFile } from './import/export-csv';

type Names = 'import:pickFile' | 'import:check' | 'import:run' | 'import:progress' | 'export:csv';

/** Rows the mapping screen shows before the user decides. */
export const PREVIEW_ROWS = 20;

/** Checked before a dialog opens: a locked app never asks for a file it could not use. */
function requireUnlocked(ctx: AppContext): void {
  if (!ctx.vault.isUnlocked) throw new AppError('VAULT_LOCKED', 'Unlock the vault first');
}

export function importExportHandlers(ctx: AppContext): Pick<Handlers, Names> {
  const sessions = new ImportSessions();
  // The parsed spreadsheet is as sensitive as the vault: locking forgets it, and a restore makes it stale.
  ctx.vault.onEvent(() => sessions.clear());

  return {
    'import:pickFile': async () => {
      requireUnlocked(ctx);
      const file = await ctx.dialogs.chooseImportFile();
      if (!file) return { status: 'cancelled' };
      const parsed = parseCsv(readCsvFile(file));
      const fileName = path.basename(file);
      return {
        status: 'chosen',
        token: sessions.open(fileName, parsed),
        fileName,
        delimiter: parsed.delimiter,
        headers: parsed.headers,
        preview: parsed.rows.slice(0, PREVIEW_ROWS).map((row) => row.cells),
        rowCount: parsed.rows.length,
        suggestedMapping: suggestMapping(parsed.headers),
      };
    },

    'import:check': async ({ token, mapping }) => {
      const parsed = sessions.rows(token);
      const plan = planImport(parsed.rows, mapping, await loadVaultLookup(ctx.vault.db));
      return {
        rows: plan.rows,
        ready: plan.ready.length,
        newFacilities: plan.newFacilities.size,
        newTags: plan.newTags.size,
        problems: plan.problems,
      };
    },

    'import:run': async ({ token, mapping, skipDuplicates }) => {
      const db = ctx.vault.db;
      return sessions.run(token, (parsed, report) => runImport(db, parsed, mapping, { skipDuplicates }, report));
    },

    'import:progress': async ({ token }) => sessions.progress(token),

    'export:csv': async (request) => {
      requireUnlocked(ctx);
      const text = resources[ctx.preferences.get().language].host.csv;
      const file = await ctx.dialogs.chooseExportFile(exportFileName(request.list, text));
      if (!file) return { status: 'cancelled' };
      const table = await exportTable(ctx.vault.db, request, text);
      writeCsvFile(file, csvText(table));
      return { status: 'written', fileName: path.basename(file), rows: table.length - 1 };
    },
  };
}
