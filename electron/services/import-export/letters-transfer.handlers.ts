import path from 'node:path';
import type { Handlers } from '../../../shared/contract';
import type { lettersTransferChannelNames } from '../../../shared/import-export/letters-transfer.channels';
import type { AppContext } from '../app-context';
import { csvText, writeCsvFile } from './export-csv';
import { ImportWorker } from './import-worker-runner';
import { letterExportTable } from './letters-export';
import { checkSummary, runLettersImport } from './letters-import-run';
import { lettersImportKind, type LettersImportFile } from './letters-import-session';
import { loadLettersLookup } from './letters-import-lookup';
import { lockWins } from './lock-wins';
import { localToday } from '../../../shared/today';
import { letterReportsEn } from '../../../shared/letters/letter-reports.en';
import { letterReportsFr } from '../../../shared/letters/letter-reports.fr';

type Names = (typeof lettersTransferChannelNames)[number];

/**
 * The group's letter log in and out of the vault as a spreadsheet. The import reuses the registry import's worker
 * (reading, encodings, limits, parsing all happen there) and the job service; only the check of a row is its own.
 */
export function lettersTransferHandlers(ctx: AppContext): Pick<Handlers, Names> {
  const imports = ctx.jobs.store(lettersImportKind);
  const language = () => ctx.preferences.get().language;

  return {
    'lettersImport:check': async ({ token, mapping }) => {
      const lockSignal = ctx.vault.lockSignal;
      let id = token;
      let file: LettersImportFile;
      if (id === undefined) {
        const chosen = await ctx.dialogs.chooseImportFile();
        if (!chosen) return { status: 'cancelled' };
        const { worker, summary } = await ImportWorker.open(chosen, lockSignal);
        file = { fileName: path.basename(chosen), worker, headers: summary.headers };
        id = imports.add(file, { signal: lockSignal });
      } else file = imports.get(id);
      const { worker } = file;
      const checked = await lockWins(lockSignal, async () =>
        worker.planLetters(mapping ?? null, await loadLettersLookup(ctx.vault.db, lockSignal), lockSignal),
      );
      return {
        status: 'checked',
        token: id,
        fileName: file.fileName,
        headers: file.headers,
        ...checkSummary(checked.plan, checked.mapping),
      };
    },

    'lettersImport:run': async ({ token, mapping, duplicates }) => {
      const db = ctx.vault.db;
      const signal = ctx.vault.lockSignal;
      const result = await imports.run(token, ({ worker }, { report }) =>
        runLettersImport(db, worker, mapping ?? null, { signal, language: language(), duplicates }, report),
      );
      imports.finish(token);
      return result;
    },

    'lettersImport:progress': async ({ token }) => imports.progress(token),

    'lettersExport:run': async ({ from, to, destination }) => {
      const signal = ctx.vault.lockSignal;
      const table = () => lockWins(signal, () => letterExportTable(ctx.vault.db, language(), { from, to }, signal));
      if (destination === 'text') {
        const rows = await table();
        return { status: 'text', csv: csvText(rows), rows: rows.length - 1 };
      }
      const words = language() === 'en' ? letterReportsEn : letterReportsFr;
      const file = await ctx.dialogs.chooseExportFile(`${words.fileName.letters}-${localToday()}.csv`);
      if (!file) return { status: 'cancelled' };
      const rows = await table();
      writeCsvFile(file, csvText(rows));
      return { status: 'written', fileName: path.basename(file), rows: rows.length - 1 };
    },
  };
}
