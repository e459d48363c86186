import path from 'node:path';
import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { resources } from '../../../shared/i18n';
import { markLettersReturned, markLettersSent, requireTargetExists } from '../../../db/letters/letter-bulk.queries';
import { draftIdsOnStay, readdressLetters } from '../../../db/letters/readdress.queries';
import { letterStay } from '../../../db/letters/letter-stay.queries';
import { findPrisoner } from '../../../db/registry/prisoners.queries';
import { mustExist, timestampNow } from '../../../db/registry/registry-db';
import { csvText, writeCsvFile } from '../import-export/export-csv';
import type { AppContext } from '../app-context';
import { letterExportFileName, letterExportTable } from './letters-csv';

type BulkChannel =
  'letters:bulkMarkSent' | 'letters:bulkMarkReturned' | 'letters:exportCsv' | 'letters:readdressDrafts';

/** What is done to many letters at once: each write is one transaction, all or nothing. */
export function lettersBulkHandlers(ctx: AppContext): Pick<Handlers, BulkChannel> {
  const language = () => ctx.preferences.get().language;
  return {
    'letters:bulkMarkSent': async ({ target, sentOn }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        await requireTargetExists(trx, target);
        return markLettersSent(trx, target, sentOn, timestampNow());
      }),

    'letters:bulkMarkReturned': async ({ target, reason, note }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        await requireTargetExists(trx, target);
        return markLettersReturned(trx, target, reason, note, timestampNow());
      }),

    'letters:exportCsv': async ({ target }) => {
      await requireTargetExists(ctx.vault.db, target);
      const text = resources[language()].translation.letters;
      const file = await ctx.dialogs.chooseExportFile(letterExportFileName(text));
      if (!file) return { status: 'cancelled' };
      const table = await letterExportTable(ctx.vault.db, target, text);
      writeCsvFile(file, csvText(table));
      return { status: 'written', fileName: path.basename(file), rows: table.length - 1 };
    },

    // The old stay must be the prisoner's and ended; each draft gets the open stay's block as a save would compose it.
    'letters:readdressDrafts': async ({ prisonerId, fromStayId }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        mustExist(await findPrisoner(trx, prisonerId), 'Prisoner');
        const from = await letterStay(trx, prisonerId, fromStayId, language());
        const to = await letterStay(trx, prisonerId, null, language());
        if (to.stayId === from.stayId)
          throw new AppError('VALIDATION', 'These drafts are already addressed to the open stay', {
            issues: [{ path: ['fromStayId'], message: 'The open stay' }],
          });
        const ids = await draftIdsOnStay(trx, prisonerId, from.stayId);
        await readdressLetters(trx, ids, to, timestampNow());
        return { readdressed: ids.length, toStayId: to.stayId, facilityName: to.facilityName };
      }),
  };
}
