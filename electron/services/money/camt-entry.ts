import type {
  StatementAmount,
  StatementDetail,
  StatementEntry,
  StatementProblem,
  StatementSide,
} from '../../../shared/money/statement.types';
import { readAmount } from './camt-amount';
import { camtProblem } from './camt-problems';
import { remittanceReference } from './camt-reference';
import type { XmlNode } from './camt-xml';
import { at, child, children, textOf } from './camt-xml';

/** Dt (2026-03-31, a time zone allowed) or DtTm (2026-03-31T09:15:00+01:00): the calendar day the bank wrote. */
export function dateOf(choice: XmlNode | undefined): string | null | undefined {
  const text = textOf(child(choice, 'Dt')) ?? textOf(child(choice, 'DtTm'));
  if (text === null) return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})/u.exec(text);
  if (!day) return undefined;
  const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const calendar = new Date(Date.UTC(year, month - 1, date));
  const real = calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1;
  return real && calendar.getUTCDate() === date ? text.slice(0, 10) : undefined;
}

/** .02/.04 write the party's name directly (Dbtr/Nm); .08 wraps it (Dbtr/Pty/Nm). Either is read in any version. */
function partyName(party: XmlNode | undefined): string | null {
  return textOf(child(party, 'Nm')) ?? textOf(at(party, 'Pty', 'Nm'));
}

function ibanOf(account: XmlNode | undefined): string | null {
  return (
    textOf(at(account, 'Id', 'IBAN'))
      ?.replace(/\s/gu, '')
      .toUpperCase() ?? null
  );
}

/** A payment's own facts, as one TxDtls gives them. */
interface Transaction {
  endToEndId: string | null;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  text: string | null;
  reference: StatementDetail['reference'];
  bankReference: string | null;
}

/** The payer for money in, the payee for money out. */
function readTransaction(tx: XmlNode, side: StatementSide): Transaction {
  const parties = child(tx, 'RltdPties');
  const [party, ultimate, account] =
    side === 'credit' ? ['Dbtr', 'UltmtDbtr', 'DbtrAcct'] : ['Cdtr', 'UltmtCdtr', 'CdtrAcct'];
  const endToEndId = textOf(at(tx, 'Refs', 'EndToEndId'));
  const remittance = child(tx, 'RmtInf');
  const lines = children(remittance, 'Ustrd').flatMap((line) => textOf(line) ?? []);
  return {
    // NOTPROVIDED is what a payer's bank writes when the payer gave no reference: it identifies nothing.
    endToEndId: endToEndId === 'NOTPROVIDED' ? null : endToEndId,
    counterpartyName: partyName(child(parties, party)) ?? partyName(child(parties, ultimate)),
    counterpartyIban: ibanOf(child(parties, account)),
    text: lines.length > 0 ? lines.join(' ') : textOf(child(tx, 'AddtlTxInf')),
    reference: remittanceReference(remittance),
    bankReference: textOf(at(tx, 'Refs', 'AcctSvcrRef')),
  };
}

/** A detail's amount: its own Amt (.04, .08), else the transaction amount of AmtDtls (.02); its side, else the entry's. */
function readDetailAmount(
  tx: XmlNode,
  entrySide: StatementSide,
  entryNumber: number,
  problems: StatementProblem[],
): StatementAmount | null {
  const amount = child(tx, 'Amt') ?? at(tx, 'AmtDtls', 'TxAmt', 'Amt') ?? at(tx, 'AmtDtls', 'InstdAmt', 'Amt');
  if (amount === undefined) return null;
  return readAmount(amount, child(tx, 'CdtDbtInd'), entryNumber, 'Ntry/NtryDtls/TxDtls/Amt', problems, entrySide);
}

function readDetail(tx: XmlNode, entrySide: StatementSide, entryNumber: number, problems: StatementProblem[]) {
  const amount = readDetailAmount(tx, entrySide, entryNumber, problems);
  const { endToEndId, counterpartyName, counterpartyIban, text, reference } = readTransaction(
    tx,
    amount?.side ?? entrySide,
  );
  return { amount, endToEndId, counterpartyName, counterpartyIban, text, reference } satisfies StatementDetail;
}

/** Sts is text in .02/.04 (BOOK, PDNG, INFO) and a choice in .08 (Sts/Cd, or Sts/Prtry). */
function statusOf(ntry: XmlNode): string | null {
  const status = child(ntry, 'Sts');
  return textOf(status) ?? textOf(child(status, 'Cd')) ?? textOf(child(status, 'Prtry'));
}

/**
 * One Ntry: one booking on the account. A batch (several TxDtls, or a Btch block) stays one entry with its parts in
 * `details`, so the money is counted once, at the entry. Null, with the problem said, when the entry cannot be
 * read as money (no amount, no side, no date).
 */
export function readEntry(ntry: XmlNode, entryNumber: number, problems: StatementProblem[]): StatementEntry | null {
  const amount = readAmount(child(ntry, 'Amt'), child(ntry, 'CdtDbtInd'), entryNumber, 'Ntry/Amt', problems);
  const status = statusOf(ntry);
  if (status === null) problems.push(camtProblem('missing_status', entryNumber, 'Ntry/Sts'));
  const booking = dateOf(child(ntry, 'BookgDt'));
  const value = dateOf(child(ntry, 'ValDt'));
  if (booking === undefined) problems.push(camtProblem('bad_date', entryNumber, 'Ntry/BookgDt'));
  if (value === undefined) problems.push(camtProblem('bad_date', entryNumber, 'Ntry/ValDt'));
  // A pending entry may not be booked yet: its value date stands in.
  const bookingDate = booking ?? value;
  if (booking === null && value === null) problems.push(camtProblem('bad_date', entryNumber, 'Ntry/BookgDt'));
  if (!amount || !bookingDate || booking === undefined) return null;

  const entryDetails = children(ntry, 'NtryDtls');
  const transactions = entryDetails.flatMap((details) => children(details, 'TxDtls'));
  const batched = transactions.length > 1 || entryDetails.some((details) => child(details, 'Btch') !== undefined);
  const single = !batched && transactions[0] ? readTransaction(transactions[0], amount.side) : null;
  const entryText = textOf(child(ntry, 'AddtlNtryInf'));
  return {
    bankReference: textOf(child(ntry, 'AcctSvcrRef')) ?? single?.bankReference ?? null,
    endToEndId: single?.endToEndId ?? null,
    bookingDate,
    valueDate: value ?? null,
    amount,
    booked: status === 'BOOK',
    counterpartyName: single?.counterpartyName ?? null,
    counterpartyIban: single?.counterpartyIban ?? null,
    text: single?.text ?? entryText,
    reference: single?.reference ?? null,
    details: batched ? transactions.map((tx) => readDetail(tx, amount.side, entryNumber, problems)) : [],
  };
}
