import type {
  Statement,
  StatementBalance,
  StatementFile,
  StatementProblem,
} from '../../../shared/money/statement.types';
import { field, readAccountZone, readAmount, readDate, readSide, textField } from './coda-fields';
import { codaLines, MAX_LINE_BYTES } from './coda-lines';
import { CodaMovements } from './coda-movements';
import type { CodaProblemCode } from './coda-problems';

/**
 * The Belgian CODA 2.x statement reader (Febelfin "Coded statement of account"), from the bytes of a file to the
 * StatementFile every statement reader returns. A file is one or more blocks, each a header (0), then per account an
 * old balance (1), its movements (2.x) and information (3.x), a new balance (8), and a trailer (9) whose record count
 * and debit and credit totals are checked against what was read. Bad input never throws: it is a problem with the
 * line it was found on. A line that is not a 128-character record refuses the whole file at once.
 */

interface Block {
  /** Records 1, 2.x, 3.x and 8, as the trailer counts them. */
  records: number;
  /** Thousandths, as the trailer gives them: movements only, never a globalisation's parts. */
  debit: number;
  credit: number;
}

interface OpenStatement {
  statement: Statement;
  structure: string;
  movements: CodaMovements;
}

const RECORD_IDS = /^(0|1|2[123]|3[123]|4|8|9)$/;

const signed = (balance: { minor: number; side: string }): number =>
  balance.side === 'debit' ? -balance.minor : balance.minor;

const asDecimal = (thousandths: number): string => (thousandths / 1000).toFixed(3);

export function readCoda(bytes: Uint8Array): StatementFile {
  const problems: StatementProblem[] = [];
  const statements: Statement[] = [];
  const problem = (code: CodaProblemCode, at: number | null, detail: string | null = null): void => {
    problems.push({ code, at, detail });
  };
  const refused = (): StatementFile => ({ format: 'coda', statements: [], problems });

  let block: Block | null = null;
  let open: OpenStatement | null = null;
  let goodRecords = 0;

  const closeStatement = (line: number | null): void => {
    if (!open) return;
    open.movements.finish();
    problem('coda_missing_new_balance', line);
    open = null;
  };

  for (const item of codaLines(bytes)) {
    if (item.kind === 'bad_length') {
      const length = item.length === null ? `more than ${MAX_LINE_BYTES} bytes` : `${item.length} characters`;
      problem('coda_line_length', item.line, `${length} instead of 128 characters`);
      problem('coda_refused', null, stoppedAt(item.line, item.offset, bytes.length, goodRecords));
      return refused();
    }
    const { line, text: record } = item;
    const id = record.startsWith('2') || record.startsWith('3') ? record.slice(0, 2) : record.slice(0, 1);
    if (!RECORD_IDS.test(id)) {
      problem('coda_unknown_record', line, id);
      problem('coda_refused', null, `stopped at line ${line} after ${goodRecords} records`);
      return refused();
    }
    goodRecords += 1;
    if (id !== '0' && id !== '9' && id !== '4') {
      if (!block) {
        problem('coda_missing_header', line);
        block = { records: 0, debit: 0, credit: 0 };
      }
      block.records += 1;
    }

    if (id === '0') {
      if (block) {
        closeStatement(line);
        problem('coda_missing_trailer', line);
      }
      if (field(record, 128, 128) !== '2') {
        problem('coda_version', line, field(record, 128, 128));
        problem('coda_refused', null, `stopped at line ${line} after ${goodRecords - 1} records`);
        return refused();
      }
      block = { records: 0, debit: 0, credit: 0 };
    } else if (id === '1') {
      closeStatement(line);
      const opened = openStatement(record, line, problem);
      statements.push(opened.statement);
      open = opened;
    } else if (id === '8') {
      if (!open) problem('coda_out_of_order', line, id);
      else {
        open.movements.finish();
        closeWithNewBalance(open, record, line, problem);
        open = null;
      }
    } else if (id === '9') {
      closeStatement(line);
      if (!block) problem('coda_out_of_order', line, id);
      else checkTrailer(block, record, line, problem);
      block = null;
    } else if (id === '4') {
      // Free communication for the statement as a whole: not part of any movement, not counted by the trailer.
    } else if (!open) {
      problem('coda_out_of_order', line, id);
    } else if (id === '21') {
      const amount = open.movements.movement(record, line);
      if (amount?.isMovement && block) block[amount.side] += amount.thousandths;
    } else if (id === '22') open.movements.movementReferences(record, line);
    else if (id === '23') open.movements.movementCounterparty(record, line);
    else open.movements.information(record, line);
  }

  if (goodRecords === 0) problem('coda_empty', null);
  closeStatement(null);
  if (block) problem('coda_missing_trailer', null);
  return { format: 'coda', statements, problems };
}

function stoppedAt(line: number, offset: number, size: number, goodRecords: number): string {
  return `stopped at line ${line} (byte ${offset} of ${size}) after ${goodRecords} records`;
}

type Sink = (code: CodaProblemCode, at: number | null, detail?: string | null) => void;

function readBalance(
  record: string,
  line: number,
  positions: { sign: number; amount: number; date: number },
  currency: string,
  problem: Sink,
): StatementBalance | null {
  const amount = readAmount(record, positions.amount);
  const side = readSide(record, positions.sign);
  const date = readDate(record, positions.date);
  if (!amount.ok || !side) problem('coda_bad_amount', line, field(record, positions.sign, positions.amount + 14));
  else if (amount.fractionOfCent)
    problem('coda_fraction_of_cent', line, field(record, positions.amount, positions.amount + 14));
  if (!date) problem('coda_bad_date', line, field(record, positions.date, positions.date + 5));
  if (!amount.ok || !side || !date) return null;
  return { minor: amount.minor, currency, side, date };
}

/** Record 1: the account, its currency and the old balance open a statement. */
function openStatement(record: string, line: number, problem: Sink): OpenStatement {
  const structure = field(record, 2, 2);
  const account = readAccountZone(structure, field(record, 6, 42));
  if (!account?.currency) problem('coda_bad_account', line, field(record, 2, 42).trim());
  const currency = account?.currency ?? '';
  const statement: Statement = {
    // The CODA sequence number of the year, else the paper statement number; zeros mean the bank gives none.
    id: [textField(record, 126, 128), textField(record, 3, 5)].find((id) => id && !/^0+$/.test(id)) ?? String(line),
    accountIban: account?.iban ?? null,
    currency,
    opening: readBalance(record, line, { sign: 43, amount: 44, date: 59 }, currency, problem),
    closing: null,
    entries: [],
  };
  const sink = (code: CodaProblemCode, at: number, detail?: string | null): void => problem(code, at, detail);
  return {
    statement,
    structure,
    movements: new CodaMovements(currency, sink, (entry) => statement.entries.push(entry)),
  };
}

/** Record 8: the new balance must be the old one plus the movements, to the cent. */
function closeWithNewBalance(open: OpenStatement, record: string, line: number, problem: Sink): void {
  const { statement } = open;
  const account = readAccountZone(open.structure, field(record, 5, 41));
  if (account?.currency && account.currency !== statement.currency)
    problem('coda_currency_mismatch', line, `${statement.currency} then ${account.currency}`);
  statement.closing = readBalance(record, line, { sign: 42, amount: 43, date: 58 }, statement.currency, problem);
  if (!statement.opening || !statement.closing) return;
  const moved = statement.entries.reduce((sum, entry) => sum + signed(entry.amount), 0);
  const expected = signed(statement.opening) + moved;
  if (expected !== signed(statement.closing))
    problem(
      'coda_balance_mismatch',
      line,
      `old balance and movements give ${expected}, new balance is ${signed(statement.closing)} (minor units)`,
    );
}

/** Record 9: the count of records 1, 2.x, 3.x and 8, and the debit and credit totals of the movements. */
function checkTrailer(block: Block, record: string, line: number, problem: Sink): void {
  const count = field(record, 17, 22);
  if (!/^\d{6}$/.test(count) || Number(count) !== block.records)
    problem('coda_trailer_count', line, `trailer says ${count}, the file has ${block.records}`);
  for (const [side, from] of [
    ['debit', 23],
    ['credit', 38],
  ] as const) {
    const total = readAmount(record, from);
    if (!total.ok) problem('coda_bad_amount', line, field(record, from, from + 14));
    else if (total.thousandths !== block[side])
      problem(
        'coda_trailer_sum',
        line,
        `${side}: trailer says ${asDecimal(total.thousandths)}, movements add up to ${asDecimal(block[side])}`,
      );
  }
}
