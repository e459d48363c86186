import type { Handlers } from '../../../shared/contract';
import type { bankChannelNames } from '../../../shared/money/bank.channels';
import { listBankImports, getBankLine, listBankLines } from '../../../db/money/bank-lines-list.queries';
import { bankLineProposals } from '../../../db/money/bank-proposals.queries';
import {
  acceptProposal,
  bankLineRow,
  createFromLine,
  ignoreLine,
  reopenLine,
} from '../../../db/money/bank-reconcile.queries';
import { createBankRule, deleteBankRule, listBankRules } from '../../../db/money/bank-rules.queries';
import { importAccount } from '../../../db/money/bank-lines.queries';
import { timestampNow } from '../../../db/registry/registry-db';
import type { AppContext } from '../app-context';
import { lockWins } from '../import-export/lock-wins';
import {
  bankImportKind,
  checkAnswer,
  planFor,
  readStatementPath,
  rereadStatement,
  runBankImport,
  type BankImportJob,
} from './bank-import-job';

type Names = (typeof bankChannelNames)[number];

/**
 * The bank statement import (the file chosen in the host's dialog, read and checked, kept in the job service until
 * the run writes it in one transaction) and the reconciliation of its lines with the ledger: proposals only, each
 * applied by the treasurer.
 */
export function bankHandlers(ctx: AppContext): Pick<Handlers, Names> {
  const imports = ctx.jobs.store(bankImportKind);
  const stamp = (memberId: number | null) => ({ memberId, now: timestampNow() });
  const written = async (lineId: number, transactionId: number | null) => ({
    line: await getBankLine(ctx.vault.db, lineId),
    transactionId,
  });

  return {
    'bankImport:check': async ({ accountId, token, profile }) => {
      const lockSignal = ctx.vault.lockSignal;
      const db = ctx.vault.db;
      await importAccount(db, accountId);
      let id = token;
      let job: BankImportJob;
      if (id === undefined) {
        const chosen = await ctx.dialogs.chooseImportFile();
        if (!chosen) return { status: 'cancelled' };
        job = { read: readStatementPath(chosen, profile), accountId, profile };
        id = imports.add(job, { signal: lockSignal });
      } else {
        const kept = imports.get(id);
        job = { read: profile === kept.profile ? kept.read : rereadStatement(kept.read, profile), accountId, profile };
        imports.add(job, { signal: lockSignal, id });
      }
      const plan = await lockWins(lockSignal, () => planFor(db, job));
      return { status: 'checked', ...checkAnswer(id, job, plan) };
    },

    'bankImport:run': async ({ token, acceptGap, keepFile, byMemberId }) => {
      const db = ctx.vault.db;
      const signal = ctx.vault.lockSignal;
      const result = await imports.run(token, (job, control) =>
        runBankImport(db, job, { signal, jobSignal: control.signal, acceptGap, keepFile, byMemberId }, control.report),
      );
      imports.finish(token);
      return result;
    },

    'bankImport:progress': async ({ token }) => imports.progress(token),

    'bankImport:cancel': async ({ token }) => ({ cancelled: imports.cancel(token) }),

    'bankImport:list': async ({ accountId }) => ({ imports: await listBankImports(ctx.vault.db, accountId) }),

    'bankLines:list': async (input) => listBankLines(ctx.vault.db, input),

    'bankLines:proposals': async ({ lineId }) => {
      const db = ctx.vault.db;
      return { proposals: await bankLineProposals(db, await bankLineRow(db, lineId)) };
    },

    'bankLines:accept': async ({ lineId, proposal, byMemberId }) =>
      written(lineId, await acceptProposal(ctx.vault.db, lineId, proposal, stamp(byMemberId))),

    'bankLines:create': async ({ lineId, splits, links, counterparty, text, byMemberId }) =>
      written(
        lineId,
        await createFromLine(ctx.vault.db, lineId, { splits, links, counterparty, text }, stamp(byMemberId)),
      ),

    'bankLines:ignore': async ({ lineId, byMemberId }) => {
      await ignoreLine(ctx.vault.db, lineId, stamp(byMemberId));
      return written(lineId, null);
    },

    'bankLines:reopen': async ({ lineId }) => {
      await reopenLine(ctx.vault.db, lineId);
      return written(lineId, null);
    },

    'bankRules:list': async ({ accountId }) => ({ rules: await listBankRules(ctx.vault.db, accountId) }),

    'bankRules:create': async ({ counterparty, categoryId, fundId, accountId, byMemberId }) =>
      createBankRule(ctx.vault.db, { counterparty, categoryId, fundId, accountId }, stamp(byMemberId)),

    'bankRules:delete': async ({ id }) => {
      await deleteBankRule(ctx.vault.db, id);
      return {};
    },
  };
}
