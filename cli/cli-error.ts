import type { ErrorCode } from '../shared/errors';

/** Failures only the command line has; each has a sentence in the `cli` namespace's `errors`. */
export const cliErrorCodes = [
  'USAGE',
  'DATA_DIR_REQUIRED',
  'SECRET_IN_ARGUMENTS',
  'SECRET_REQUIRED',
  'PASSPHRASE_MISMATCH',
  'INPUT_NOT_JSON',
  'INPUT_IN_ARGUMENTS',
  'WIPE_NOT_CONFIRMED',
  'ADDRESSES_LEFT_OUT',
  'NOTHING_TO_IMPORT',
  'DUPLICATES_CHOICE_NEEDED',
  'AMOUNT_INVALID',
] as const;
export type CliErrorCode = (typeof cliErrorCodes)[number];

export class CliError extends Error {
  readonly code: CliErrorCode;

  constructor(code: CliErrorCode) {
    super(code);
    this.name = 'CliError';
    this.code = code;
  }
}

/** A failure to report: ours, or one of the app's that came back in an envelope (with its English message). */
export interface Failure {
  code: CliErrorCode | ErrorCode;
  detail?: string;
}

export function isCliErrorCode(code: string): code is CliErrorCode {
  return (cliErrorCodes as readonly string[]).includes(code);
}

/**
 * 2 for a command written wrong (as most Unix tools), 3 for a PDF written without some addresses (too long for their
 * label or envelope: a script must not print it as if complete), 1 for everything else that went wrong.
 */
export function exitCodeFor(failure: Failure): number {
  if (failure.code === 'ADDRESSES_LEFT_OUT') return 3;
  return ['USAGE', 'SECRET_IN_ARGUMENTS', 'INPUT_NOT_JSON', 'INPUT_IN_ARGUMENTS', 'WIPE_NOT_CONFIRMED'].includes(
    failure.code,
  )
    ? 2
    : 1;
}
