import type { ErrorCode, Issue } from '../../shared/errors';

/** A channel answered `{ ok: false }`: the code says what to show, the message is English for the console only. */
export class ClientError extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: Issue[]) {
    super(message);
    this.name = 'ClientError';
    this.code = code;
    this.issues = issues;
  }
}

/** The error code to show for anything a call threw; a non-ClientError is a bug, shown as INTERNAL. */
export function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof ClientError ? error.code : 'INTERNAL';
}
