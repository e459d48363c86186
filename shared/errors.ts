/**
 * Error codes travel across IPC as data (Electron only carries a thrown error's message), so every failure the user
 * can meet has a code here and a sentence in each locale (`errors.<CODE>`); a missing translation fails to compile.
 */
export const errorCodes = [
  'VALIDATION',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'CANCELLED',
  'NOT_FOUND',
  'VAULT_ABSENT',
  'VAULT_EXISTS',
  'VAULT_LOCKED',
  'VAULT_UNLOCKED',
  'WRONG_PASSPHRASE',
  'WEAK_PASSPHRASE',
  'VAULT_CORRUPT',
  'VAULT_FILE_MISSING',
  'KEYSLOTS_MISSING',
  'KEYSLOTS_DAMAGED',
  'VAULT_TOO_NEW',
  'VAULT_SCHEMA_UNEXPECTED',
  'VAULT_IN_USE',
  'BACKUP_INVALID',
  'BACKUP_FAILED',
  'DISK_FULL',
  'STAY_OVERLAP',
  'NO_OPEN_STAY',
  'DUPLICATE',
  'STAY_OF_ANOTHER_PRISONER',
  'REPLY_MISMATCH',
  'CONFIRMATION_REQUIRED',
  'IMPORT_ENCODING',
  'IMPORT_INVALID',
  'IMPORT_TOO_LARGE',
  'IMPORT_TOO_MANY_ROWS',
  'IMPORT_TOO_MANY_COLUMNS',
  'IMPORT_UNREADABLE',
  'WRITE_FAILED',
  'ATTACHMENT_EMPTY',
  'ATTACHMENT_UNSUPPORTED',
  'ATTACHMENT_DAMAGED',
  'ATTACHMENT_TOO_LARGE',
  'ATTACHMENTS_FULL',
  'ATTACHMENT_ENCRYPTED',
  'INTERNAL',
  'LEDGER_LOCKED',
  'LEDGER_REOPEN_REASON',
  'LEDGER_UNBALANCED',
  'LEDGER_CURRENCY_MISMATCH',
  'LEDGER_IN_USE',
  'LEDGER_QR_IBAN_REQUIRED',
  'LEDGER_REFERENCE_IN_USE',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface Issue {
  path: (string | number)[];
  message: string;
}

export interface ErrorInfo {
  code: ErrorCode;
  /** English, for the command line and logs; the UI shows its own translation of `code`. */
  message: string;
  issues?: Issue[];
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[] | undefined;

  constructor(code: ErrorCode, message: string, options?: { issues?: Issue[]; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.issues = options?.issues;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}
