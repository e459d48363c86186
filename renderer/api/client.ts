import type { Channel } from '../../shared/channels';
import type { InputOf, OutputOf } from '../../shared/contract';
import type { Envelope } from '../../shared/envelope';
import { ClientError } from './client-error';

/** Calls one channel through window.parloir and unwraps its envelope: the value, or a thrown ClientError. */
export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const invoke = window.parloir[channel] as (input: InputOf<C>) => Promise<Envelope<OutputOf<C>>>;
  const envelope = await invoke(input);
  if (envelope.ok) return envelope.value;
  throw new ClientError(envelope.error.code, envelope.error.message, envelope.error.issues);
}
