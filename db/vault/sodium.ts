import sodium from 'libsodium-wrappers-sumo';

export type Sodium = typeof sodium;

/** libsodium compiles its WASM once per thread; every caller awaits the same ready promise. */
export async function getSodium(): Promise<Sodium> {
  await sodium.ready;
  return sodium;
}
