import type { Channel } from '../../shared/channels';
import type { InputOf, OutputOf } from '../../shared/contract';
import type { Envelope } from '../../shared/envelope';
import { AppError } from '../../shared/errors';
import { dispatch, type DispatchTarget, type InternalErrorReporter } from './dispatch';

/** Typed calls over dispatch, for the hosts that run in Node (the CLI, the E2E bridge, the tests, the bench). */
export interface ParloirClient {
  /** The envelope the call answers, exactly as the window gets it. */
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<Envelope<OutputOf<C>>>;
  /** The value; an error envelope is thrown as an AppError with its code and issues. */
  invoke<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
}

export function createClient(target: DispatchTarget, reportInternal?: InternalErrorReporter): ParloirClient {
  const call = async <C extends Channel>(channel: C, input: InputOf<C>) =>
    (await dispatch(target, channel, input, reportInternal)) as Envelope<OutputOf<C>>;
  return {
    call,
    async invoke(channel, input) {
      const envelope = await call(channel, input);
      if (!envelope.ok) {
        const { code, message, issues } = envelope.error;
        throw new AppError(code, `${channel}: ${message}`, issues ? { issues } : {});
      }
      return envelope.value;
    },
  };
}
