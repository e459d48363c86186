import type { Channel } from './channels';
import type { InputOf, OutputOf } from './contract';
import type { Envelope } from './envelope';

/** The shape of `window.parloir`: one function per channel, each answering an envelope. */
export type ParloirBridge = { readonly [C in Channel]: (input: InputOf<C>) => Promise<Envelope<OutputOf<C>>> };

/** Every host builds window.parloir the same way, from the channel list and its own transport. */
export function buildBridge(
  names: readonly Channel[],
  invoke: (channel: Channel, input: unknown) => Promise<unknown>,
): ParloirBridge {
  const entries = names.map((name) => [name, (input: unknown) => invoke(name, input)] as const);
  return Object.freeze(Object.fromEntries(entries)) as unknown as ParloirBridge;
}
