import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import type { KdfParams } from './kdf';
import type { KeySlotFile, SealedSlot, SlotKind } from './keyslots';

/** Packaged apps keep the worker outside app.asar (asarUnpack): worker threads load plain files. */
function workerPath(): string {
  const path = fileURLToPath(new URL('./keys.worker.mjs', import.meta.url));
  return path.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

interface WorkerAnswer {
  error?: string;
  tampered?: boolean;
  slotId?: string | null;
  key?: Uint8Array;
  rewritten?: KeySlotFile | null;
}

/**
 * Runs one request in a fresh worker and terminates it: its WASM heap, where libsodium left copies of every secret
 * it touched, goes with it. A lock (the signal) terminates it at once, mid-derivation.
 */
function runInWorker(request: object, signal?: AbortSignal): Promise<WorkerAnswer> {
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerPath());
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      action();
    };
    const onAbort = () => settle(() => reject(signal?.reason as Error));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (answer: WorkerAnswer) =>
      settle(() => (answer.error ? reject(new Error(`Key worker failed: ${answer.error}`)) : resolve(answer))),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`Key worker exited with code ${code}`))));
    worker.postMessage(request);
  });
}

export interface Unwrapped {
  slotId: string;
  /** The database key, in a buffer no one else references: the caller zeroes it. */
  key: Uint8Array;
  /** The slot file with the slot just opened rewritten (format 1 shape or a cost below `target`), else null. */
  rewritten: KeySlotFile | null;
}

/** The database key that `secret` gives through a slot of `kind`, or null. KEYSLOTS_DAMAGED if the file was altered. */
export async function unwrapInWorker(
  file: KeySlotFile,
  kind: SlotKind,
  secret: string,
  target: KdfParams,
  signal?: AbortSignal,
): Promise<Unwrapped | null> {
  const answer = await runInWorker({ op: 'unwrap', file, kind, secret, target }, signal);
  if (answer.tampered)
    throw new AppError('KEYSLOTS_DAMAGED', 'keyslots.json was altered: its public keys do not match the vault');
  if (!answer.slotId || !answer.key) return null;
  return { slotId: answer.slotId, key: answer.key, rewritten: answer.rewritten ?? null };
}

export interface NewSecret {
  id: string;
  kind: SlotKind;
  secret: string;
}

/** A fresh random database key sealed to `keep` and to new slots for `create`; the caller zeroes the key. */
export async function rekeyInWorker(
  vaultId: string,
  keep: SealedSlot[],
  create: NewSecret[],
  target: KdfParams,
  signal?: AbortSignal,
): Promise<{ key: Uint8Array; file: KeySlotFile }> {
  const answer = await runInWorker({ op: 'rekey', vaultId, keep, create, target }, signal);
  if (!answer.key || !answer.rewritten) throw new Error('Key worker gave no key');
  return { key: answer.key, file: answer.rewritten };
}
