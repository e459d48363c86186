/**
 * Recovery codes: 25 symbols of Crockford's base32 (125 bits), read aloud and written down in five groups of five.
 * Crockford's alphabet has no I, L, O or U, so what a person copies by hand maps back unambiguously.
 */
export const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_LENGTH = 25;
const GROUP = 5;

export function formatRecoveryCode(symbols: string): string {
  const groups: string[] = [];
  for (let i = 0; i < symbols.length; i += GROUP) groups.push(symbols.slice(i, i + GROUP));
  return groups.join('-');
}

/** Returns the 25 canonical symbols, or null when the input cannot be a recovery code. */
export function normalizeRecoveryCode(input: string): string | null {
  const symbols = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (symbols.length !== RECOVERY_LENGTH) return null;
  for (const c of symbols) if (!RECOVERY_ALPHABET.includes(c)) return null;
  return symbols;
}

/** Draws a fresh code from the platform CSPRNG (Web Crypto exists in Node and in Chromium). */
export function generateRecoveryCode(): string {
  const bytes = new Uint8Array(RECOVERY_LENGTH);
  globalThis.crypto.getRandomValues(bytes);
  // 256 is a multiple of 32, so taking each byte modulo 32 draws every symbol with equal probability.
  let symbols = '';
  for (const b of bytes) symbols += RECOVERY_ALPHABET[b % 32];
  bytes.fill(0);
  return formatRecoveryCode(symbols);
}
