import { z } from 'zod';

export const KEY_BYTES = 32;
export const SALT_BYTES = 16;

/** Structural limits only: what libsodium accepts at all. Which costs a vault may ask for is `kdfBounds`'s call. */
export const kdfParams = z.strictObject({
  opslimit: z.number().int().min(1).max(64),
  memlimit: z
    .number()
    .int()
    .min(8192)
    .max(4 * 1024 * 1024 * 1024),
});
export type KdfParams = z.infer<typeof kdfParams>;

/** libsodium's MODERATE: 3 passes over 256 MiB, about 1.2 s in WASM on the machines we measured. */
export const DEFAULT_KDF: KdfParams = { opslimit: 3, memlimit: 256 * 1024 * 1024 };

export interface KdfBounds {
  min: KdfParams;
  max: KdfParams;
  /** opslimit x memlimit: what one derivation costs in time, whatever the split. */
  maxCost: number;
}

/**
 * The costs a key slot read from disk may ask for: at most four times what users get (never more passes or memory
 * than four times theirs). A hostile keyslots.json (in a backup someone hands over, say) can then make an unlock last
 * a few seconds at most, never hours, and never ask for gigabytes. A cheaper slot is no threat (whoever wrote it knew
 * the key): it opens, and is rewritten at today's cost once its secret is typed. The same band for every host, so a
 * vault moves between the window, the command line and the tests whatever cost each of them writes.
 */
export const SLOT_KDF_BOUNDS: KdfBounds = {
  min: { opslimit: 1, memlimit: 8192 },
  max: { opslimit: DEFAULT_KDF.opslimit * 4, memlimit: DEFAULT_KDF.memlimit * 4 },
  maxCost: DEFAULT_KDF.opslimit * DEFAULT_KDF.memlimit * 4,
};

export function withinBounds(params: KdfParams, bounds: KdfBounds): boolean {
  return (
    params.opslimit >= bounds.min.opslimit &&
    params.opslimit <= bounds.max.opslimit &&
    params.memlimit >= bounds.min.memlimit &&
    params.memlimit <= bounds.max.memlimit &&
    params.opslimit * params.memlimit <= bounds.maxCost
  );
}

/** A slot weaker than what this build would write today: re-wrapped when its secret is next typed. */
export function weakerThan(params: KdfParams, target: KdfParams): boolean {
  return params.memlimit < target.memlimit || params.opslimit < target.opslimit;
}
