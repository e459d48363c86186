import { minorDigits } from '../../../shared/parcels/money-text';
import type { StatementAmount, StatementProblem, StatementSide } from '../../../shared/money/statement.types';
import { camtProblem } from './camt-problems';
import type { XmlNode } from './camt-xml';
import { attributeOf, textOf } from './camt-xml';

/** xs:decimal as the schemas write amounts (never negative): "1234.56", "1234", "0.5", ".5", "12.". */
const DECIMAL = /^\+?(\d*)(?:\.(\d*))?$/u;
const CURRENCY = /^[A-Z]{3}$/u;

/** Intl builds a formatter to answer; a 5,000-entry statement asks for the same currency 10,000 times. */
const digitsByCurrency = new Map<string, number>();

function currencyDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = minorDigits(currency);
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

export type MinorReading = { ok: true; minor: number } | { ok: false; code: 'bad_amount' | 'amount_too_precise' };

/**
 * "1234.56" EUR into 123456, read from the text digit by digit (a float would turn 0.29 into 28.999... cents).
 * Trailing zeros past the currency's decimals lose nothing ("12.500" EUR is 1250); any other extra digit does.
 */
export function minorUnits(text: string, currency: string): MinorReading {
  const match = DECIMAL.exec(text);
  const whole = match?.[1] ?? '';
  const fraction = match?.[2] ?? '';
  if (!match || whole + fraction === '') return { ok: false, code: 'bad_amount' };
  const digits = currencyDigits(currency);
  const significant = fraction.replace(/0+$/u, '');
  if (significant.length > digits) return { ok: false, code: 'amount_too_precise' };
  const minor = Number(whole + significant.padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? { ok: true, minor } : { ok: false, code: 'bad_amount' };
}

export function sideOf(indicator: XmlNode | undefined): StatementSide | null {
  const code = textOf(indicator);
  return code === 'CRDT' ? 'credit' : code === 'DBIT' ? 'debit' : null;
}

/**
 * An amount element (Amt with its Ccy attribute) and the CdtDbtInd beside it, or null with the problem said.
 * `where` names the element in the problem's detail, so the treasurer can find it in the file.
 */
export function readAmount(
  amount: XmlNode | undefined,
  indicator: XmlNode | undefined,
  at: number | null,
  where: string,
  problems: StatementProblem[],
  /** The side when the element has no CdtDbtInd of its own (a detail takes its entry's). */
  sideOtherwise: StatementSide | null = null,
): StatementAmount | null {
  const text = textOf(amount);
  if (amount === undefined || text === null) {
    problems.push(camtProblem('missing_amount', at, where));
    return null;
  }
  const currency = attributeOf(amount, 'Ccy');
  if (currency === null) {
    problems.push(camtProblem('missing_currency', at, `${where}: ${text}`));
    return null;
  }
  if (!CURRENCY.test(currency)) {
    problems.push(camtProblem('bad_currency', at, `${where}: ${currency}`));
    return null;
  }
  const reading = minorUnits(text, currency);
  if (!reading.ok) {
    problems.push(camtProblem(reading.code, at, `${where}: ${text} ${currency}`));
    return null;
  }
  const side = indicator === undefined ? sideOtherwise : sideOf(indicator);
  if (side === null) {
    problems.push(camtProblem('bad_side', at, `${where}: ${textOf(indicator) ?? 'CdtDbtInd missing'}`));
    return null;
  }
  return { minor: reading.minor, currency, side };
}
