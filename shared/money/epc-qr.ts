import { electronicFormatIBAN, isSEPACountry, isValidBIC, isValidIBAN } from 'ibantools';
import {
  isValidBelgianReference,
  isValidCreditorReference,
  parseBelgianReference,
  parseCreditorReference,
} from './payment-references';

/**
 * The EPC QR code ("GiroCode", EPC069-12) for a SEPA credit transfer: a short text a banking app scans to fill in a
 * transfer. Version 002 (the BIC may be left out inside the EEA), character set 1 (UTF-8), one field a line.
 */
export interface EpcTransfer {
  /** The beneficiary's name as the bank knows it. */
  name: string;
  iban: string;
  bic?: string | undefined;
  /** Integer minor units (cents); left out, the payer types the amount. */
  amountMinor?: number | undefined;
  /** An ISO 20022 purpose code of four letters (e.g. CHAR for a charitable payment). */
  purpose?: string | undefined;
  /** A structured reference: an ISO 11649 creditor reference (RF…) or a Belgian structured communication. */
  reference?: string | undefined;
  /** Free remittance text, only when there is no structured reference. */
  text?: string | undefined;
  /** Shown to the payer by the banking app, never sent with the transfer. */
  information?: string | undefined;
}

export type EpcProblemCode =
  | 'name_missing'
  | 'name_too_long'
  | 'iban_invalid'
  | 'iban_not_sepa'
  | 'bic_invalid'
  | 'amount_out_of_range'
  | 'purpose_invalid'
  | 'reference_invalid'
  | 'reference_and_text'
  | 'text_too_long'
  | 'information_too_long'
  | 'line_break'
  | 'payload_too_long';

export interface EpcProblem {
  code: EpcProblemCode;
  /** The limit broken and the length found, for the too-long problems. */
  max?: number;
  length?: number;
}

export type EpcResult = { ok: true; payload: string } | { ok: false; problems: EpcProblem[] };

// EPC069-12 section 3.4: the lengths are in characters, except the whole payload, which a version 40-M code must hold.
export const EPC_LIMITS = { name: 70, reference: 35, text: 140, information: 70, payloadBytes: 331 } as const;
/** EUR 999,999,999.99, the largest amount the payload may carry. */
export const EPC_MAX_AMOUNT_MINOR = 99_999_999_999;

const characters = (text: string): number => [...text].length;
const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** "EUR12.3", "EUR1", "EUR0.05": a decimal point, at most two decimals, no trailing zeros, written from integers. */
export function epcAmount(minor: number): string {
  const euros = Math.floor(minor / 100);
  const cents = minor % 100;
  if (cents === 0) return `EUR${euros}`;
  return `EUR${euros}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

/** The reference as a bank reads it (no spaces, no +++), or null when it is neither kind or fails its check. */
function structuredReference(text: string): string | null {
  const creditor = parseCreditorReference(text);
  if (creditor !== null) return isValidCreditorReference(creditor) ? creditor : null;
  const belgian = parseBelgianReference(text);
  if (belgian !== null) return isValidBelgianReference(belgian) ? belgian : null;
  return null;
}

function tooLong(code: EpcProblemCode, text: string, max: number): EpcProblem[] {
  const length = characters(text);
  return length > max ? [{ code, max, length }] : [];
}

/** The payload, or every problem found: a slip with a half-right code would send money to the wrong place. */
export function epcPayload(transfer: EpcTransfer): EpcResult {
  const problems: EpcProblem[] = [];
  const name = transfer.name.trim();
  const iban = electronicFormatIBAN(transfer.iban) ?? '';
  const bic = (transfer.bic ?? '').replace(/\s/g, '').toUpperCase();
  const purpose = (transfer.purpose ?? '').trim().toUpperCase();
  const referenceTyped = (transfer.reference ?? '').trim();
  const text = (transfer.text ?? '').trim();
  const information = (transfer.information ?? '').trim();

  if (name === '') problems.push({ code: 'name_missing' });
  problems.push(...tooLong('name_too_long', name, EPC_LIMITS.name));
  if (!isValidIBAN(iban)) problems.push({ code: 'iban_invalid' });
  else if (!isSEPACountry(iban.slice(0, 2))) problems.push({ code: 'iban_not_sepa' });
  if (bic !== '' && !isValidBIC(bic)) problems.push({ code: 'bic_invalid' });
  const amount = transfer.amountMinor;
  if (amount !== undefined && (!Number.isSafeInteger(amount) || amount < 1 || amount > EPC_MAX_AMOUNT_MINOR)) {
    problems.push({ code: 'amount_out_of_range' });
  }
  if (purpose !== '' && !/^[A-Z]{4}$/.test(purpose)) problems.push({ code: 'purpose_invalid' });
  const reference = referenceTyped === '' ? '' : structuredReference(referenceTyped);
  if (reference === null) problems.push({ code: 'reference_invalid' });
  if (referenceTyped !== '' && text !== '') problems.push({ code: 'reference_and_text' });
  problems.push(...tooLong('text_too_long', text, EPC_LIMITS.text));
  problems.push(...tooLong('information_too_long', information, EPC_LIMITS.information));
  // One field a line: a line break inside a field would shift every later field.
  if ([name, text, information].some((field) => /[\r\n]/.test(field))) problems.push({ code: 'line_break' });
  if (problems.length > 0) return { ok: false, problems };

  const fields = [
    'BCD',
    '002',
    '1',
    'SCT',
    bic,
    name,
    iban,
    amount === undefined ? '' : epcAmount(amount),
    purpose,
    reference ?? '',
    text,
    information,
  ];
  // Trailing empty fields are left out, so the payload ends on its last populated field.
  while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
  const payload = fields.join('\n');
  const bytes = utf8Bytes(payload);
  if (bytes > EPC_LIMITS.payloadBytes) {
    return { ok: false, problems: [{ code: 'payload_too_long', max: EPC_LIMITS.payloadBytes, length: bytes }] };
  }
  return { ok: true, payload };
}
