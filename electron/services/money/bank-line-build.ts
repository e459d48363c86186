import type { ImportNameChoice } from '../../../shared/money/money-values';
import type { StatementAmount, StatementDetail, StatementEntry } from '../../../shared/money/statement.types';
import type { LineToWrite } from '../../../db/money/bank-lines.queries';
import { ibanHmac } from '../../../db/money/bank-hmac';
import { minimisePayer } from './payer-minimise';

const REFERENCE_MAX = 140;
const REMITTANCE_MAX = 1_000;
const STRUCTURED_MAX = 35;

/** What the import needs to turn an entry into a line: the account, its minimisation, the vault's key. */
export interface LineContext {
  accountId: number;
  importNames: ImportNameChoice;
  key: Uint8Array;
}

export const signedMinor = (amount: StatementAmount) => (amount.side === 'credit' ? amount.minor : -amount.minor);

const cut = (text: string | null, max: number) => {
  const trimmed = text?.trim() ?? '';
  return trimmed ? trimmed.slice(0, max) : null;
};

/** "NOTPROVIDED" is what SEPA writes when the payer gave no EndToEndId: it identifies nothing. */
function usableEndToEnd(id: string | null): string | null {
  const kept = cut(id, REFERENCE_MAX);
  return kept === null || kept.toUpperCase() === 'NOTPROVIDED' ? null : kept;
}

/**
 * The line's identity across imports: the bank's own reference, else the payer's EndToEndId, else a hash of what the
 * line says (account, date, amount, text, counterparty). The hash is keyed with the vault's HMAC key (an HMAC-SHA256),
 * so the key of a minimised line cannot be used to try names and amounts against it.
 */
export function dedupeKeyOf(context: LineContext, entry: StatementEntry): string {
  const reference = cut(entry.bankReference, REFERENCE_MAX);
  if (reference !== null) return `ref:${reference}`;
  const endToEnd = usableEndToEnd(entry.endToEndId);
  if (endToEnd !== null) return `e2e:${endToEnd}`;
  const content = [
    context.accountId,
    entry.bookingDate,
    signedMinor(entry.amount),
    entry.amount.currency,
    entry.text ?? '',
    entry.reference?.value ?? '',
    entry.counterpartyName ?? '',
    entry.counterpartyIban ?? '',
  ].join('\n');
  return `sha:${ibanHmac(context.key, content)}`;
}

function structured(reference: StatementEntry['reference']): LineToWrite['reference'] {
  if (!reference || reference.value.length === 0 || reference.value.length > STRUCTURED_MAX) return null;
  return { kind: reference.kind, value: reference.value };
}

/** A detail of `parent` (a batch's part), its key the parent's and its place, so an import of it again finds it. */
export function detailLine(
  context: LineContext,
  parent: { dedupeKey: string; bookedOn: string; valueOn: string | null; amount: StatementAmount },
  detail: StatementDetail,
  index: number,
  batchLineId: number | null,
): LineToWrite {
  const payer = minimisePayer(context.importNames, context.key, detail.counterpartyName, detail.counterpartyIban);
  const amount = detail.amount ?? parent.amount;
  return {
    dedupeKey: `${parent.dedupeKey}/${index + 1}`,
    bookedOn: parent.bookedOn,
    valueOn: parent.valueOn,
    amountMinor: signedMinor(amount),
    currency: amount.currency,
    bankReference: null,
    endToEndId: usableEndToEnd(detail.endToEndId),
    inFileDuplicate: false,
    payerName: payer.name,
    payerIban: payer.iban,
    payerIbanHash: payer.ibanHash,
    remittance: cut(detail.text, REMITTANCE_MAX),
    reference: structured(detail.reference),
    batchLineId,
    details: [],
  };
}

/** An entry as a line (with its details, when it is a batch), minimised as the account asks. */
export function entryLine(
  context: LineContext,
  entry: StatementEntry,
  dedupeKey: string,
  repeat: boolean,
): LineToWrite {
  const payer = minimisePayer(context.importNames, context.key, entry.counterpartyName, entry.counterpartyIban);
  const line: LineToWrite = {
    dedupeKey,
    bookedOn: entry.bookingDate,
    valueOn: entry.valueDate,
    amountMinor: signedMinor(entry.amount),
    currency: entry.amount.currency,
    bankReference: cut(entry.bankReference, REFERENCE_MAX),
    endToEndId: usableEndToEnd(entry.endToEndId),
    inFileDuplicate: repeat,
    payerName: payer.name,
    payerIban: payer.iban,
    payerIbanHash: payer.ibanHash,
    remittance: cut(entry.text, REMITTANCE_MAX),
    reference: structured(entry.reference),
    batchLineId: null,
    details: [],
  };
  const parent = { dedupeKey, bookedOn: line.bookedOn, valueOn: line.valueOn, amount: entry.amount };
  line.details = entry.details.map((detail, index) => detailLine(context, parent, detail, index, null));
  return line;
}
