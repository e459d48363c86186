/**
 * Writes CODA 2.x records for tests, from the record layouts of the Febelfin standard: each record is 128 blanks with
 * fields placed at their 1-based positions, so a test reads like the standard's tables. Amounts are given in
 * thousandths (CODA's three implied decimals), dates as DDMMYY, as they appear in the file.
 */
export const RECORD_LENGTH = 128;

type Field = [from: number, value: string];

/** A 128-character record with each value written from its 1-based position; a value may not run past the end. */
export function record(fields: Field[]): string {
  const characters = Array.from({ length: RECORD_LENGTH }, () => ' ');
  for (const [from, value] of fields) {
    if (from < 1 || from - 1 + value.length > RECORD_LENGTH)
      throw new Error(`Field at ${from} runs past 128: ${value}`);
    [...value].forEach((character, i) => (characters[from - 1 + i] = character));
  }
  return characters.join('');
}

export const amount15 = (thousandths: number): string => String(thousandths).padStart(15, '0');
const sign = (side: 'credit' | 'debit'): string => (side === 'credit' ? '0' : '1');
const number = (value: number, width: number): string => String(value).padStart(width, '0');

export function header(creationDate: string, options: { duplicate?: boolean; version?: string } = {}): string {
  return record([
    [1, '00000'],
    [6, creationDate],
    [12, '539'],
    [15, '05'],
    [17, options.duplicate ? 'D' : ' '],
    [35, 'COMITE DE SOUTIEN ASBL'],
    [61, 'GKCCBEBB'],
    [128, options.version ?? '2'],
  ]);
}

export interface BalanceFields {
  iban: string;
  currency: string;
  side: 'credit' | 'debit';
  thousandths: number;
  date: string;
}

/** Record 1 with account structure 2 (IBAN of a Belgian account): IBAN at 6, currency at 40. */
export function oldBalance(balance: BalanceFields & { paperSequence: number; codaSequence: number }): string {
  return record([
    [1, '12'],
    [3, number(balance.paperSequence, 3)],
    [6, balance.iban],
    [40, balance.currency],
    [43, sign(balance.side)],
    [44, amount15(balance.thousandths)],
    [59, balance.date],
    [65, 'COMITE DE SOUTIEN'],
    [91, 'Compte courant'],
    [126, number(balance.codaSequence, 3)],
  ]);
}

export type Communication = { structured: string } | { free: string };

export interface MovementFields {
  sequence: number;
  detail?: number;
  bankReference?: string;
  side: 'credit' | 'debit';
  thousandths: number;
  valueDate: string;
  entryDate: string;
  /** Structured: the type (e.g. 101) and its digits; free: the first 53 characters of the text. */
  communication?: Communication;
  globalisation?: number;
  amountText?: string;
}

export function movement(fields: MovementFields): string {
  const communication = fields.communication;
  return record([
    [1, '21'],
    [3, number(fields.sequence, 4)],
    [7, number(fields.detail ?? 0, 4)],
    [11, fields.bankReference ?? ''],
    [32, sign(fields.side)],
    [33, fields.amountText ?? amount15(fields.thousandths)],
    [48, fields.valueDate],
    [54, '00150000'],
    [62, communication && 'structured' in communication ? '1' : '0'],
    [63, communication ? ('structured' in communication ? communication.structured : communication.free) : ''],
    [116, fields.entryDate],
    [122, '012'],
    [125, String(fields.globalisation ?? 0)],
  ]);
}

export function movementReferences(fields: {
  sequence: number;
  detail?: number;
  communication?: string;
  endToEndId?: string;
  bic?: string;
}): string {
  return record([
    [1, '22'],
    [3, number(fields.sequence, 4)],
    [7, number(fields.detail ?? 0, 4)],
    [11, fields.communication ?? ''],
    [64, fields.endToEndId ?? ''],
    [99, fields.bic ?? ''],
  ]);
}

export function movementCounterparty(fields: {
  sequence: number;
  detail?: number;
  account?: string;
  currency?: string;
  name?: string;
  communication?: string;
}): string {
  return record([
    [1, '23'],
    [3, number(fields.sequence, 4)],
    [7, number(fields.detail ?? 0, 4)],
    [11, fields.account ?? ''],
    [45, fields.currency ?? ''],
    [48, fields.name ?? ''],
    [83, fields.communication ?? ''],
  ]);
}

/** Record 3.1 with a free communication (structure code 0 at 40, text at 41-113). */
export function information(fields: { sequence: number; detail?: number; text: string }): string {
  return record([
    [1, '31'],
    [3, number(fields.sequence, 4)],
    [7, number(fields.detail ?? 0, 4)],
    [32, '00150000'],
    [40, '0'],
    [41, fields.text],
  ]);
}

/** Record 8 with account structure 2: IBAN at 5, currency at 39. */
export function newBalance(balance: BalanceFields & { paperSequence: number }): string {
  return record([
    [1, '8'],
    [2, number(balance.paperSequence, 3)],
    [5, balance.iban],
    [39, balance.currency],
    [42, sign(balance.side)],
    [43, amount15(balance.thousandths)],
    [58, balance.date],
  ]);
}

export function trailer(fields: { records: number; debitThousandths: number; creditThousandths: number }): string {
  return record([
    [1, '9'],
    [17, number(fields.records, 6)],
    [23, amount15(fields.debitThousandths)],
    [38, amount15(fields.creditThousandths)],
    [128, '2'],
  ]);
}

/** The file's bytes in Latin-1, the encoding CODA files have in practice, with CRLF line ends by default. */
export function codaBytes(lines: string[], lineEnd = '\r\n'): Uint8Array {
  const text = lines.map((line) => line + lineEnd).join('');
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw new Error(`Not Latin-1: ${text[i]}`);
    bytes[i] = code;
  }
  return bytes;
}
