import type { CsvProfile } from '../../../shared/money/csv-profile.schemas';
import { profileMatches } from './csv-profile';

/**
 * Profiles for banks' CSV exports, written from their published column layouts (the header names each bank writes),
 * so a treasurer of these banks maps nothing. Detection reads the header only: the first bytes are enough, and a
 * profile matches when its header row holds every column it reads.
 */

/** KBC (Belgium), the Dutch-language CSV export: 18 columns, a signed amount with a decimal comma. */
export const KBC_PROFILE: CsvProfile = {
  id: 'kbc',
  name: 'KBC — CSV',
  encoding: 'windows-1252',
  delimiter: ';',
  preamble: { kind: 'header', contains: ['Rekeningnummer', 'Bedrag', 'gestructureerde mededeling'] },
  dateFormat: 'dd/mm/yyyy',
  decimal: ',',
  thousands: 'point',
  amount: { kind: 'signed', column: 'Bedrag' },
  currency: { kind: 'column', column: 'Munt' },
  columns: {
    account: 'Rekeningnummer',
    bookingDate: 'Datum',
    valueDate: 'Valuta',
    counterpartyName: 'Naam tegenpartij',
    counterpartyIban: 'rekeningnummer tegenpartij',
    text: ['Omschrijving', 'Vrije mededeling'],
    structuredReference: 'gestructureerde mededeling',
    bankReference: null,
  },
  preambleAccount: null,
  trailingNotes: false,
};

/**
 * PostFinance (Switzerland), the 2024 e-finance export: UTF-8 with a BOM, five lines of preamble (period, category,
 * account, currency), credits and debits in two columns (debits written negative), and a disclaimer after the rows.
 */
export const POSTFINANCE_PROFILE: CsvProfile = {
  id: 'postfinance',
  name: 'PostFinance — CSV',
  encoding: 'utf-8',
  delimiter: ';',
  preamble: { kind: 'header', contains: ['Datum', 'Avisierungstext', 'Gutschrift in CHF', 'Lastschrift in CHF'] },
  dateFormat: 'dd.mm.yyyy',
  decimal: '.',
  thousands: 'apostrophe',
  amount: { kind: 'debit_credit', debit: 'Lastschrift in CHF', credit: 'Gutschrift in CHF' },
  currency: { kind: 'fixed', code: 'CHF' },
  columns: {
    account: null,
    bookingDate: 'Datum',
    valueDate: null,
    counterpartyName: null,
    counterpartyIban: null,
    text: ['Avisierungstext'],
    structuredReference: null,
    bankReference: null,
  },
  preambleAccount: 'Konto:',
  trailingNotes: true,
};

/** Crédit Mutuel (France): Windows-1252, separate Débit and Crédit columns, amounts as "1 234,56". */
export const CREDIT_MUTUEL_PROFILE: CsvProfile = {
  id: 'credit-mutuel',
  name: 'Crédit Mutuel — CSV',
  encoding: 'windows-1252',
  delimiter: ';',
  preamble: { kind: 'header', contains: ['Date', 'Débit', 'Crédit', 'Libellé'] },
  dateFormat: 'dd/mm/yyyy',
  decimal: ',',
  thousands: 'space',
  amount: { kind: 'debit_credit', debit: 'Débit', credit: 'Crédit' },
  currency: { kind: 'fixed', code: 'EUR' },
  columns: {
    account: null,
    bookingDate: 'Date',
    valueDate: 'Date de valeur',
    counterpartyName: null,
    counterpartyIban: null,
    text: ['Libellé'],
    structuredReference: null,
    bankReference: null,
  },
  preambleAccount: null,
  trailingNotes: false,
};

export const BUILT_IN_PROFILES: readonly CsvProfile[] = [KBC_PROFILE, POSTFINANCE_PROFILE, CREDIT_MUTUEL_PROFILE];

/** Enough for any bank's preamble and header, and a cheap look at a large file. */
const DETECTION_BYTES = 64 * 1024;

/** The built-in profile whose header the file carries, or null: the treasurer then maps the columns. */
export function detectProfile(bytes: Uint8Array): CsvProfile | null {
  if (bytes.subarray(0, DETECTION_BYTES).includes(0)) return null;
  const head = bytes.subarray(0, DETECTION_BYTES);
  return BUILT_IN_PROFILES.find((profile) => profileMatches(head, profile)) ?? null;
}
