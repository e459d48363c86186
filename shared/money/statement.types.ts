/**
 * A bank statement file as the readers (camt.053 / camt.054, CODA, CSV profiles) hand it to the import: what the
 * bank said, nothing matched or written yet. Amounts are integer minor units of `currency`, never floats; a line's
 * amount is positive, its side is `credit` (money in) or `debit` (money out). Dates are YYYY-MM-DD.
 */
export type StatementSide = 'credit' | 'debit';

export interface StatementAmount {
  /** Integer minor units (cents), positive. */
  minor: number;
  currency: string;
  side: StatementSide;
}

export interface StatementBalance extends StatementAmount {
  date: string;
}

/** A structured payment reference quoted by the payer (shared/money/payment-references.ts checks each kind). */
export interface StatementReference {
  kind: 'be' | 'rf' | 'qrr';
  /** Digits and letters only, as the check algorithm reads them (no +++, slashes or spaces). */
  value: string;
}

/** One part of a batched entry (camt.054's or camt.053's TxDtls, a CODA globalisation's detail). */
export interface StatementDetail {
  amount: StatementAmount | null;
  endToEndId: string | null;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  text: string | null;
  reference: StatementReference | null;
}

export interface StatementEntry {
  /** The bank's own reference for the entry (camt AcctSvcrRef, CODA bank reference), when given. */
  bankReference: string | null;
  endToEndId: string | null;
  bookingDate: string;
  valueDate: string | null;
  amount: StatementAmount;
  /** Booked entries only count; a pending one is read but reported. */
  booked: boolean;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  /** Unstructured remittance text, joined. */
  text: string | null;
  reference: StatementReference | null;
  /** A batched entry's parts, in file order; empty when the entry is one payment. */
  details: StatementDetail[];
}

export interface Statement {
  /** The statement's identifier in the file (camt Stmt/Id, CODA sequence number). */
  id: string;
  accountIban: string | null;
  currency: string;
  opening: StatementBalance | null;
  closing: StatementBalance | null;
  entries: StatementEntry[];
}

/** A problem in words-to-be: a code the import translates, with where it was found. */
export interface StatementProblem {
  code: string;
  /** 1-based line (CODA, CSV) or entry number (camt); null for the whole file. */
  at: number | null;
  detail: string | null;
}

export interface StatementFile {
  /** e.g. camt.053.001.04, camt.054.001.08, coda, csv:<profile>. */
  format: string;
  statements: Statement[];
  problems: StatementProblem[];
}
