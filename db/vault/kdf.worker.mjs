// Argon2id runs here, off the caller's thread: 256 MiB of WASM memory for a second would otherwise freeze Electron's
// main process and stay allocated after. The worker exits after one derivation, releasing that memory.
import { parentPort, workerData } from 'node:worker_threads';
import sodium from 'libsodium-wrappers-sumo';

await sodium.ready;
/** @type {{ secret: string; salt: Uint8Array; opslimit: number; memlimit: number; keyBytes: number }} */
const job = workerData;
try {
  const derived = sodium.crypto_pwhash(
    job.keyBytes,
    job.secret,
    job.salt,
    job.opslimit,
    job.memlimit,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
  const key = new Uint8Array(derived);
  sodium.memzero(derived);
  parentPort?.postMessage({ key }, [key.buffer]);
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
