import type {
  Statement,
  StatementBalance,
  StatementEntry,
  StatementProblem,
} from '../../../shared/money/statement.types';
import { readAmount } from './camt-amount';
import { dateOf, readEntry } from './camt-entry';
import { camtProblem } from './camt-problems';
import type { XmlNode } from './camt-xml';
import { at, child, children, textOf } from './camt-xml';

/** Numbers entries 1, 2, 3 ... across the whole file, the `at` of their problems. */
export interface EntryCounter {
  next: number;
}

function readBalance(
  balance: XmlNode,
  code: string,
  statementNumber: number,
  problems: StatementProblem[],
): StatementBalance | null {
  const where = `Stmt ${statementNumber}/Bal ${code}`;
  const amount = readAmount(child(balance, 'Amt'), child(balance, 'CdtDbtInd'), null, where, problems);
  const date = dateOf(child(balance, 'Dt'));
  if (!date) problems.push(camtProblem('bad_date', null, `${where}/Dt`));
  return amount && date ? { ...amount, date } : null;
}

/** Opening booked (OPBD), else the previous closing booked (PRCD) some banks give instead; closing booked (CLBD). */
function readBalances(statement: XmlNode, statementNumber: number, problems: StatementProblem[]) {
  const byCode = new Map<string, XmlNode>();
  for (const balance of children(statement, 'Bal')) {
    const code = textOf(at(balance, 'Tp', 'CdOrPrtry', 'Cd'));
    if (code !== null && !byCode.has(code)) byCode.set(code, balance);
  }
  const read = (code: string) => {
    const balance = byCode.get(code);
    return balance === undefined ? null : readBalance(balance, code, statementNumber, problems);
  };
  return { opening: byCode.has('OPBD') ? read('OPBD') : read('PRCD'), closing: read('CLBD') };
}

/**
 * One Stmt (camt.053) or Ntfctn (camt.054): the account, its balances and its entries. Entries that cannot be read
 * as money are left out with their problem; the import refuses a file with problems, so nothing half-read is written.
 */
export function readStatement(
  statement: XmlNode,
  statementNumber: number,
  counter: EntryCounter,
  problems: StatementProblem[],
): Statement {
  const id = textOf(child(statement, 'Id'));
  if (id === null) problems.push(camtProblem('missing_statement_id', null, `Stmt ${statementNumber}/Id`));
  const account = child(statement, 'Acct');
  const { opening, closing } = readBalances(statement, statementNumber, problems);
  const entries: StatementEntry[] = [];
  const numbers: number[] = [];
  for (const ntry of children(statement, 'Ntry')) {
    const number = counter.next++;
    const entry = readEntry(ntry, number, problems);
    if (!entry) continue;
    entries.push(entry);
    numbers.push(number);
  }
  const currency =
    textOf(child(account, 'Ccy')) ?? opening?.currency ?? closing?.currency ?? entries[0]?.amount.currency ?? '';
  if (currency === '') problems.push(camtProblem('missing_currency', null, `Stmt ${statementNumber}/Acct/Ccy`));
  // Never mix currencies: a line in another currency than its account is said, not summed.
  const where = [
    ...[opening, closing].map((balance) => ({ amount: balance, at: null, detail: `Stmt ${statementNumber}/Bal` })),
    ...entries.map((entry, index) => ({ amount: entry.amount, at: numbers[index] ?? null, detail: 'Ntry/Amt' })),
  ];
  for (const { amount, at: number, detail } of where) {
    if (amount && currency !== '' && amount.currency !== currency) {
      problems.push(camtProblem('currency_mismatch', number, `${detail}: ${amount.currency}, account ${currency}`));
    }
  }
  return {
    id: id ?? '',
    accountIban:
      textOf(at(account, 'Id', 'IBAN'))
        ?.replace(/\s/gu, '')
        .toUpperCase() ?? null,
    currency,
    opening,
    closing,
    entries,
  };
}
