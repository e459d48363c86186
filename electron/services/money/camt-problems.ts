import type { StatementProblem } from '../../../shared/money/statement.types';

/**
 * Every problem the camt reader and the notification link can report. The import translates each code; `detail`
 * carries the data that makes it concrete (a size, an element, the amount as written), never a sentence.
 */
export const CAMT_PROBLEM_CODES = [
  /** Larger than CAMT_MAX_BYTES: refused before a byte is decoded. */
  'too_large',
  'empty_file',
  /** The XML declaration names an encoding TextDecoder does not know. */
  'unknown_encoding',
  /** Bytes that are not valid in the declared (or BOM-given) encoding. */
  'bad_encoding',
  /** A DOCTYPE or ENTITY declaration: refused outright, it is how entity-expansion bombs arrive. */
  'doctype_refused',
  /** Not well-formed XML: truncated, unbalanced, nested too deep, several roots. */
  'malformed_xml',
  /** Well-formed XML, but not a bank-to-customer statement or notification. */
  'not_camt',
  /** A camt.053 / camt.054 of a version this reader does not read (only .001.02, .001.04, .001.08). */
  'unsupported_version',
  'missing_statement_id',
  'missing_amount',
  'missing_currency',
  'bad_currency',
  /** Not a decimal number as XML Schema writes one, negative, or too large for exact integer arithmetic. */
  'bad_amount',
  /** The amount has more decimals than its currency (12.3456 EUR): the cent it means is unknown. */
  'amount_too_precise',
  /** CdtDbtInd missing or neither CRDT nor DBIT. */
  'bad_side',
  'missing_status',
  /** Neither a booking date nor a value date, or one that is not a calendar date. */
  'bad_date',
  /** An entry or balance in another currency than the statement's account. */
  'currency_mismatch',
  /** linkNotification: the first file is not a camt.053, or the second not a camt.054. */
  'link_wrong_format',
  /** No camt.053 entry with the bank reference, or the amount, date and account, of the camt.054 entry. */
  'link_not_found',
  /** The camt.053 entry with the same bank reference has another amount, side or currency. */
  'link_amount_differs',
  /** The camt.053 entry was already explained by an earlier camt.054 entry: counting it twice is refused. */
  'link_already_linked',
  /** The camt.054 entry's details do not add up to its own amount, so they cannot explain the total. */
  'details_do_not_add_up',
] as const;

export type CamtProblemCode = (typeof CAMT_PROBLEM_CODES)[number];

export function camtProblem(code: CamtProblemCode, at: number | null, detail: string | null): StatementProblem {
  return { code, at, detail };
}
