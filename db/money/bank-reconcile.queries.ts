import type { Selectable } from 'kysely';
import { AppError } from '../../shared/errors';
import type { Proposal, ProposalChoice } from '../../shared/money/bank.schemas';
import type { SplitInput } from '../../shared/money/ledger.schemas';
import type { BankLinesTable } from '../schema';
import type { RegistryDb } from '../registry/registry-db';
import { bankLineProposals } from './bank-proposals.queries';
import { getLedgerLock } from './ledger-lock.queries';
import { inOneTransaction, withLedgerErrors } from './ledger-errors';
import { insertTransaction, type LedgerStamp } from './transactions.queries';

type LineRow = Selectable<BankLinesTable>;

export async function bankLineRow(db: RegistryDb, id: number): Promise<LineRow> {
  const row = await db.selectFrom('bank_lines').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such bank line');
  return row;
}

/** An open line in the open period: the only kind that can become ledger money. */
async function reconcilable(db: RegistryDb, id: number): Promise<LineRow> {
  const line = await bankLineRow(db, id);
  const { lockedThrough } = await getLedgerLock(db);
  if (line.status !== 'open') throw new AppError('BANK_LINE_CLOSED', `The line is ${line.status}`);
  if (lockedThrough !== null && line.booked_on <= lockedThrough)
    throw new AppError('BANK_LINE_CLOSED', 'The line is in the closed period');
  return line;
}

/**
 * Sets the line's status, with its open details (a total settled as a whole settles its parts), then its total when
 * it was the last open detail (reconciled when any part was, else ignored).
 */
async function settle(
  db: RegistryDb,
  line: LineRow,
  status: 'reconciled' | 'ignored',
  transactionId: number | null,
  stamp: LedgerStamp,
): Promise<void> {
  const reconciled = status === 'reconciled';
  const by = {
    reconciled_at: reconciled ? stamp.now : null,
    reconciled_by_member_id: reconciled ? stamp.memberId : null,
  };
  await db
    .updateTable('bank_lines')
    .set({ status, transaction_id: transactionId, ...by })
    .where('id', '=', line.id)
    .execute();
  await db
    .updateTable('bank_lines')
    .set({ status, transaction_id: null, ...by })
    .where('batch_line_id', '=', line.id)
    .where('status', '=', 'open')
    .execute();
  if (line.batch_line_id === null) return;
  const parts = await db
    .selectFrom('bank_lines')
    .select('status')
    .where('batch_line_id', '=', line.batch_line_id)
    .execute();
  if (parts.some((part) => part.status === 'open')) return;
  const anyReconciled = parts.some((part) => part.status === 'reconciled');
  await db
    .updateTable('bank_lines')
    .set({
      status: anyReconciled ? 'reconciled' : 'ignored',
      reconciled_at: anyReconciled ? stamp.now : null,
      reconciled_by_member_id: anyReconciled ? stamp.memberId : null,
    })
    .where('id', '=', line.batch_line_id)
    .where('status', '=', 'open')
    .execute();
}

const sameChoice = (a: ProposalChoice, b: ProposalChoice) => JSON.stringify(a) === JSON.stringify(b);

/** A new confirmed transaction from the line: its account, date and amount; counterparty and text as it keeps them. */
function transactionFromLine(
  line: LineRow,
  splits: SplitInput[],
  extra: {
    counterparty?: string | null;
    text?: string;
    prisonerId?: number | null;
    parcelId?: number | null;
    eveningId?: number | null;
    standingOrderId?: number | null;
  },
) {
  return {
    accountId: line.account_id,
    bookedOn: line.booked_on,
    amountMinor: line.amount_minor,
    counterparty: extra.counterparty !== undefined ? extra.counterparty : line.payer_name,
    text: (extra.text ?? line.remittance ?? '').slice(0, 500),
    status: 'confirmed' as const,
    prisonerId: extra.prisonerId ?? null,
    parcelId: extra.parcelId ?? null,
    eveningId: extra.eveningId ?? null,
    standingOrderId: extra.standingOrderId ?? null,
    splits,
  };
}

async function confirmOrdered(db: RegistryDb, line: LineRow, transactionId: number, stamp: LedgerStamp) {
  // The bank's date is the payment's: the ordered day was only when it was asked for.
  await withLedgerErrors(() =>
    db
      .updateTable('transactions')
      .set({
        status: 'confirmed',
        booked_on: line.booked_on,
        updated_at: stamp.now,
        updated_by_member_id: stamp.memberId,
      })
      .where('id', '=', transactionId)
      .where('status', '=', 'ordered')
      .execute(),
  );
  return transactionId;
}

/**
 * Applies one of the line's current proposals (recomputed here: one that no longer holds is refused, never guessed
 * at), in one transaction: the line is reconciled with the transaction confirmed or created.
 */
export function acceptProposal(
  db: RegistryDb,
  lineId: number,
  choice: ProposalChoice,
  stamp: LedgerStamp,
): Promise<number> {
  return inOneTransaction(db, async (trx) => {
    const line = await reconcilable(trx, lineId);
    const proposal: Proposal | undefined = (await bankLineProposals(trx, line)).find((p) =>
      sameChoice(p.choice, choice),
    );
    if (!proposal) throw new AppError('BANK_PROPOSAL_STALE', 'The proposal no longer holds for this line');
    let transactionId: number;
    if (proposal.choice.kind === 'ordered') {
      transactionId = await confirmOrdered(trx, line, proposal.choice.transactionId, stamp);
    } else {
      if (proposal.categoryId === null || proposal.fundId === null)
        throw new AppError('BANK_PROPOSAL_STALE', 'The proposal names no category or fund');
      const standingOrderId = proposal.choice.kind === 'standingOrder' ? proposal.choice.standingOrderId : null;
      const splits = [{ categoryId: proposal.categoryId, fundId: proposal.fundId, amountMinor: line.amount_minor }];
      transactionId = await insertTransaction(trx, transactionFromLine(line, splits, { standingOrderId }), stamp);
    }
    await settle(trx, line, 'reconciled', transactionId, stamp);
    return transactionId;
  });
}

export interface CreateFromLine {
  splits: SplitInput[];
  links: {
    prisonerId: number | null;
    parcelId: number | null;
    eveningId: number | null;
    standingOrderId: number | null;
  };
  counterparty: string | null;
  text: string | undefined;
}

/** A transaction the treasurer writes from the line (split as they choose, summing to it), and the line reconciled. */
export function createFromLine(db: RegistryDb, lineId: number, input: CreateFromLine, stamp: LedgerStamp) {
  return inOneTransaction(db, async (trx) => {
    const line = await reconcilable(trx, lineId);
    const sum = input.splits.reduce((total, split) => total + split.amountMinor, 0);
    if (sum !== line.amount_minor)
      throw new AppError('LEDGER_UNBALANCED', 'The splits must sum exactly to the line', {
        issues: [{ path: ['splits'], message: `${sum} ≠ ${line.amount_minor}` }],
      });
    const transactionId = await insertTransaction(
      trx,
      transactionFromLine(line, input.splits, {
        ...input.links,
        ...(input.counterparty !== null ? { counterparty: input.counterparty } : {}),
        ...(input.text !== undefined ? { text: input.text } : {}),
      }),
      stamp,
    );
    await settle(trx, line, 'reconciled', transactionId, stamp);
    return transactionId;
  });
}

/** Sets an open line aside (bank fees already booked by hand, a line the group does not keep). */
export function ignoreLine(db: RegistryDb, lineId: number, stamp: LedgerStamp): Promise<void> {
  return inOneTransaction(db, async (trx) => {
    const line = await bankLineRow(trx, lineId);
    if (line.status !== 'open') throw new AppError('BANK_LINE_CLOSED', `The line is ${line.status}`);
    await settle(trx, line, 'ignored', null, stamp);
  });
}

/** Brings an ignored line back to be reconciled, with its ignored details and its total. */
export function reopenLine(db: RegistryDb, lineId: number): Promise<void> {
  return inOneTransaction(db, async (trx) => {
    const line = await bankLineRow(trx, lineId);
    if (line.status !== 'ignored') throw new AppError('BANK_LINE_CLOSED', `The line is ${line.status}`);
    const reopen = { status: 'open', transaction_id: null, reconciled_at: null, reconciled_by_member_id: null };
    await trx.updateTable('bank_lines').set(reopen).where('id', '=', line.id).execute();
    await trx
      .updateTable('bank_lines')
      .set(reopen)
      .where('batch_line_id', '=', line.id)
      .where('status', '=', 'ignored')
      .execute();
    if (line.batch_line_id !== null)
      await trx
        .updateTable('bank_lines')
        .set(reopen)
        .where('id', '=', line.batch_line_id)
        .where('status', '!=', 'open')
        .where('transaction_id', 'is', null)
        .execute();
  });
}
