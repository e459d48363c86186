import path from 'node:path';
import type { Handlers } from '../../../shared/contract';
import type { importExportChannelNames } from '../../../shared/import-export/import-export.channels';
import { resources } from '../../../shared/i18n';
import type { AppContext } from '../app-context';
import { loadVaultLookup } from './import-lookup';
import { runImport } from './import-run';
import { lockWins } from './lock-wins';
import { rememberMapping, rememberedMapping } from '../../../db/settings/import-mappings.queries';
import { importFileKind, setAsideKind } from './import-session';
import { setAsideFileName, setAsideTable } from './set-aside-csv';
import { ImportWorker } from './import-worker-runner';
import { csvText, exportFileName, exportTable, writeCsvFile } from './export-csv';

type Names = (typeof importExportChannelNames)[number];

export function importExportHandlers(ctx: AppContext): Pick<Handlers, Names> {
  // The parsed spreadsheet is as sensitive as the vault: the job service ends its worker as a lock starts, and a
  // restore makes it stale.
  const imports = ctx.jobs.store(importFileKind);
  const setAside = ctx.jobs.store(setAsideKind);

  return {
    'import:pickFile': async () => {
      // The signal of this unlock: a lock while the dialog is open or the file is read refuses the file.
      const lockSignal = ctx.vault.lockSignal;
      const file = await ctx.dialogs.chooseImportFile();
      if (!file) return { status: 'cancelled' };
      const { worker, summary } = await ImportWorker.open(file, lockSignal);
      const { headerKey, suggestedMapping, ...rest } = summary;
      const fileName = path.basename(file);
      const token = imports.add({ fileName, worker, headerKey }, { signal: lockSignal });
      const remembered = await lockWins(lockSignal, () =>
        rememberedMapping(ctx.vault.db, headerKey, summary.headers.length),
      );
      return {
        status: 'chosen',
        token,
        fileName,
        ...rest,
        suggestedMapping: remembered ?? suggestedMapping,
        rememberedMapping: remembered !== null,
      };
    },

    'import:check': async ({ token, mapping, duplicates }) => {
      const lockSignal = ctx.vault.lockSignal;
      const { worker, headerKey } = imports.get(token);
      const plan = await lockWins(lockSignal, async () => {
        const checked = await worker.plan(mapping, await loadVaultLookup(ctx.vault.db), false, lockSignal, duplicates);
        // The mapping the user checked is the one they mean: the same spreadsheet, chosen again once fixed, opens with it.
        await rememberMapping(ctx.vault.db, headerKey, mapping);
        return checked;
      });
      return {
        rows: plan.rows,
        ready: plan.ready,
        problemRows: plan.setAside,
        duplicateRows: plan.inVault,
        newFacilities: plan.newFacilities.length,
        newTags: plan.newTags.length,
        problems: plan.problems,
        problemCount: plan.problemCount,
        inVaultCount: plan.inVaultCount,
      };
    },

    'import:run': async ({ token, mapping, duplicates, setAside: setAsideChosen }) => {
      const db = ctx.vault.db;
      const signal = ctx.vault.lockSignal;
      const { fileName } = imports.get(token);
      const { result, setAside: table } = await imports.run(token, ({ worker, headerKey }, { report }) =>
        runImport(db, worker, mapping, { duplicates, setAside: setAsideChosen, signal, headerKey }, report),
      );
      imports.finish(token);
      // Under the file's token: the result screen saves them with it.
      if (table) setAside.add({ fileName, table }, { signal, id: token });
      return result;
    },

    'import:saveSetAside': async ({ token }) => {
      const kept = setAside.get(token);
      const text = resources[ctx.preferences.get().language].translation;
      const file = await ctx.dialogs.chooseExportFile(setAsideFileName(kept.fileName, text));
      if (!file) return { status: 'cancelled' };
      writeCsvFile(file, csvText(setAsideTable(kept.table, text)));
      return { status: 'written', fileName: path.basename(file), rows: kept.table.rows.length };
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
