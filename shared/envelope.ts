import type { ErrorInfo } from './errors';

/** What every channel answers: a value or an error as data, never a thrown exception or a stack trace. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function okEnvelope<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function errorEnvelope(error: ErrorInfo): Envelope<never> {
  return { ok: false, error };
}
