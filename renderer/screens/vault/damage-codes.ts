import type { ErrorCode } from '../../../shared/errors';

/** Errors that mean the vault files themselves cannot be used: the damaged screen, never a retry or a new vault. */
const damageCodes: readonly ErrorCode[] = [
  'VAULT_CORRUPT',
  'VAULT_FILE_MISSING',
  'KEYSLOTS_MISSING',
  'KEYSLOTS_DAMAGED',
  'VAULT_TOO_NEW',
  'VAULT_SCHEMA_UNEXPECTED',
];

export function isDamageCode(code: ErrorCode): boolean {
  return damageCodes.includes(code);
}
