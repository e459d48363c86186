import path from 'node:path';
import type { Handlers } from '../../../shared/contract';
import type { importExportChannelNames } from '../../../shared/import-export/import-export.channels';
import { resources } from '../../../shared/i18n';
import type { AppContext } from '../app-context';
import { loadVaultLookup } from './import-lookup';
import { runImport } from './import-run';
import { lockWins } from './lock-wins';
import { importFileKind } from './import-session';
import { ImportWorker } from './import-worker-runner';
import { csvText, exportFileName, exportTable, writeCsvFile } from './export-csv';

type Names = (typeof importExportChannelNames)[number];

export function importExportHandlers(ctx: AppContext): Pick<Handlers, Names> {
  // The parsed spreadsheet is as sensitive as the vault: the job service ends its worker as a lock starts, and a
  // restore makes it stale.
  const imports = ctx.jobs.store(importFileKind);

  return {
    'import:pickFile': async () => {
      // The signal of this unlock: a lock while the dialog is open or the file is read refuses the file.
      const lockSignal = ctx.vault.lockSignal;
      const file = await ctx.dialogs.chooseImportFile();
      if (!file) return { status: 'cancelled' };
      const { worker, summary } = await ImportWorker.open(file, lockSignal);
      const fileName = path.basename(file);
      return {
        status: 'chosen',
        token: imports.add({ fileName, worker }, { signal: lockSignal }),
        fileName,
        ...summary,
      };
    },

    'import:check': async ({ token, mapping }) => {
      const lockSignal = ctx.vault.lockSignal;
      const { worker } = imports.get(token);
      const plan = await lockWins(lockSignal, async () =>
        worker.plan(mapping, await loadVaultLookup(ctx.vault.db), false, lockSignal),
      );
      return {
        rows: plan.rows,
        ready: plan.ready,
        newFacilities: plan.newFacilities.length,
        newTags: plan.newTags.length,
        problems: plan.problems,
        problemCount: plan.problemCount,
        inVaultCount: plan.inVaultCount,
      };
    },

    'import:run': async ({ token, mapping, skipDuplicates }) => {
      const db = ctx.vault.db;
      const signal = ctx.vault.lockSignal;
      const result = await imports.run(token, ({ worker }, { report }) =>
        runImport(db, worker, mapping, { skipDuplicates, signal }, report),
      );
      imports.finish(token);
      return result;
    },

    'import:progress': async ({ token }) => imports.progress(token),

    'export:csv': async (request) => {
      const text = resources[ctx.preferences.get().language].host.csv;
      const file = await ctx.dialogs.chooseExportFile(exportFileName(request.list, text));
      if (!file) return { status: 'cancelled' };
      const table = await exportTable(ctx.vault.db, request, text);
      writeCsvFile(file, csvText(table));
      return { status: 'written', fileName: path.basename(file), rows: table.length - 1 };
    },
  };
}
