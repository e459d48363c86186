import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';

export const KEY_BYTES = 32;
export const SALT_BYTES = 16;

export const kdfParams = z.strictObject({
  opslimit: z.number().int().min(1).max(64),
  memlimit: z.number().int().min(8192).max(4 * 1024 * 1024 * 1024),
});
export type KdfParams = z.infer<typeof kdfParams>;

/** libsodium's MODERATE: 3 passes over 256 MiB, about 1.2 s in WASM on the machines we measured. */
export const DEFAULT_KDF: KdfParams = { opslimit: 3, memlimit: 256 * 1024 * 1024 };

/** Packaged apps keep the worker outside app.asar (asarUnpack): worker threads load plain files. */
function workerPath(): string {
  const path = fileURLToPath(new URL('./kdf.worker.mjs', import.meta.url));
  return path.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

/** Argon2id(secret, salt) in a worker thread; the caller owns (and must zero) the returned key. */
export function deriveKey(secret: string, salt: Uint8Array, params: KdfParams): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerPath(), {
      workerData: { secret, salt, opslimit: params.opslimit, memlimit: params.memlimit, keyBytes: KEY_BYTES },
    });
    let settled = false;
    worker.once('message', (message: { key?: Uint8Array; error?: string }) => {
      settled = true;
      void worker.terminate();
      if (message.key) resolve(message.key);
      else reject(new Error(`Key derivation failed: ${message.error ?? 'unknown'}`));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`Key derivation worker exited with code ${code}`));
    });
  });
}
