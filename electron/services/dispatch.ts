import { isChannel } from '../../shared/channels';
import { contract, type Handlers } from '../../shared/contract';
import { errorEnvelope, okEnvelope, type Envelope } from '../../shared/envelope';
import { AppError } from '../../shared/errors';

export type InternalErrorReporter = (channel: string, error: unknown) => void;

/**
 * The one path every call takes, in every host: known channel, input parsed by zod, handler called, output checked,
 * and whatever happens an envelope comes back. Unexpected errors become INTERNAL with a fixed message: no stack
 * trace, path or SQL text ever reaches the caller.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawInput: unknown,
  reportInternal: InternalErrorReporter = () => undefined,
): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) {
    return errorEnvelope({ code: 'UNKNOWN_CHANNEL', message: 'Unknown channel' });
  }
  const spec = contract[channel];
  const parsed = spec.input.safeParse(rawInput);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: issue.message,
    }));
    return errorEnvelope({ code: 'VALIDATION', message: 'The input does not match the channel schema', issues });
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return okEnvelope(spec.output.parse(value));
  } catch (error) {
    if (error instanceof AppError) {
      return errorEnvelope({ code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) });
    }
    reportInternal(channel, error);
    return errorEnvelope({ code: 'INTERNAL', message: 'Unexpected error' });
  }
}
