import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import type { ImportNameChoice } from '../../../shared/money/money-values';
import { ibanHmac } from '../../../db/money/bank-hmac';

/** What a bank line keeps of its counterparty, as the account chose (accounts.import_names). */
export interface KeptPayer {
  name: string | null;
  iban: string | null;
  ibanHash: string | null;
}

const NAME_MAX = 200;

/** The first letter of the name, "M.": enough to tell two donors of a small group apart, not to name one. */
function initialOf(name: string): string | null {
  const first = /\p{L}|\p{N}/u.exec(name)?.[0];
  return first ? `${first.toLocaleUpperCase()}.` : null;
}

/**
 * Keeps of a payer what the account's choice allows: `keep` the name and IBAN; `initial` an initial and the IBAN's
 * keyed hash; `hash` only the IBAN's keyed hash. The hash is computed whatever the choice, so a donor's standing order
 * is recognised; an account number that is not an IBAN is hashed as written (upper case, no spaces) and never kept.
 */
export function minimisePayer(
  choice: ImportNameChoice,
  key: Uint8Array,
  name: string | null,
  iban: string | null,
): KeptPayer {
  const trimmed = name?.replace(/\s+/gu, ' ').trim() ?? '';
  const compact = iban?.replace(/\s+/gu, '').toUpperCase() ?? '';
  const electronic = compact ? (electronicFormatIBAN(compact) ?? compact) : '';
  const valid = electronic !== '' && isValidIBAN(electronic);
  const ibanHash = electronic ? ibanHmac(key, electronic) : null;
  if (choice === 'hash') return { name: null, iban: null, ibanHash };
  if (choice === 'initial') return { name: trimmed ? initialOf(trimmed) : null, iban: null, ibanHash };
  return { name: trimmed ? trimmed.slice(0, NAME_MAX) : null, iban: valid ? electronic : null, ibanHash };
}
