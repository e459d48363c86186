import type { BankImportProblem } from '../../../shared/money/bank.schemas';
import type { StatementBalance, StatementFile } from '../../../shared/money/statement.types';
import { bankBalanceAt, type ImportAccount, type LineToWrite } from '../../../db/money/bank-lines.queries';
import type { RegistryDb } from '../../../db/registry/registry-db';

const signed = (balance: StatementBalance) => (balance.side === 'credit' ? balance.minor : -balance.minor);

/**
 * Each statement's opening balance against the account's bank balance at that date: its opening plus the lines the
 * vault has before it, plus the new lines of this file's earlier statements. Banks date an opening balance either
 * the statement's first day or the day before (the previous closing): both readings are tried, and only when neither
 * agrees is it a gap, said with the amount missing and the two dates between which it went missing.
 */
export async function continuityProblems(
  db: RegistryDb,
  account: ImportAccount,
  file: StatementFile,
  fresh: readonly { line: LineToWrite; statement: number }[],
): Promise<BankImportProblem[]> {
  const problems: BankImportProblem[] = [];
  const ordered = file.statements
    .map((statement, index) => ({ statement, index }))
    .filter(({ statement }) => statement.opening !== null && statement.currency === account.currency)
    .sort((a, b) => (a.statement.opening?.date ?? '').localeCompare(b.statement.opening?.date ?? ''));
  for (const { statement, index } of ordered) {
    const opening = statement.opening as StatementBalance;
    const found = signed(opening);
    const earlier = fresh.filter((f) => f.statement !== index);
    const fromFile = (through: boolean) => {
      const counted = earlier.filter((f) =>
        through ? f.line.bookedOn <= opening.date : f.line.bookedOn < opening.date,
      );
      return {
        minor: counted.reduce((sum, f) => sum + f.line.amountMinor, 0),
        last: counted.reduce((last, f) => (f.line.bookedOn > last ? f.line.bookedOn : last), ''),
      };
    };
    const before = await bankBalanceAt(db, account, opening.date, false);
    const beforeFile = fromFile(false);
    const expected = before.minor + beforeFile.minor;
    if (expected === found) continue;
    const through = await bankBalanceAt(db, account, opening.date, true);
    if (through.minor + fromFile(true).minor === found) continue;
    const knownOn = beforeFile.last > before.knownOn ? beforeFile.last : before.knownOn;
    problems.push({
      code: 'continuity_gap',
      at: null,
      detail: statement.id,
      blocking: true,
      count: null,
      gap: {
        currency: account.currency,
        expectedMinor: expected,
        foundMinor: found,
        differenceMinor: found - expected,
        knownOn,
        openingOn: opening.date,
      },
    });
  }
  return problems;
}
