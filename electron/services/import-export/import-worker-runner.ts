import { Worker } from 'node:worker_threads';
import { workerEntry } from '../worker-entry';
import { AppError } from '../../../shared/errors';
import type { DuplicateChoice, ImportMapping } from '../../../shared/import-export/import-export.schemas';
import type { VaultLookup } from './import-lookup';
import type { LetterImportMapping } from '../../../shared/import-export/letters-transfer.schemas';
import type { LettersLookup, LettersPlan } from './letters-import-plan';
import type {
  CsvSummary,
  ImportRequest,
  ImportWorkerMessage,
  PlanSummary,
  SetAsideTable,
} from './import-worker-protocol';

/**
 * Heap the worker may use: a backstop, not the defence. What a check keeps is bounded by importLimits (the file's
 * bytes, two numbers per row, one key per row, at most importLimits.newTags new tags), well under half of this. Past it V8 stops
 * the thread (ERR_WORKER_OUT_OF_MEMORY), though Node may still abort the whole process on some allocations (a known
 * limitation of worker resource limits), which is why every input is bounded before it gets here. A small young
 * generation: rows are checked one at a time, nothing there lives long.
 */
const WORKER_HEAP_MB = 256;
const WORKER_YOUNG_MB = 8;

const locked = () => new AppError('VAULT_LOCKED', 'The vault was locked');

let live = 0;
let allExited: { promise: Promise<void>; resolve: () => void } | null = null;

function exitWatch(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** Import threads alive in this process. */
export function liveImportWorkers(): number {
  return live;
}

/** Resolves once no import thread is left (at once if none is): after a lock, this is when their memory is gone. */
export function importWorkersExited(): Promise<void> {
  if (live === 0) return Promise.resolve();
  allExited ??= exitWatch();
  return allExited.promise;
}

function exited(): void {
  live -= 1;
  if (live > 0 || !allExited) return;
  allExited.resolve();
  allExited = null;
}

interface Pending {
  resolve: (message: ImportWorkerMessage) => void;
  reject: (error: Error) => void;
}

/** Answers carry the id of their request; the opening of the file is request 0. */
const OPENING = 0;

/**
 * The main process's handle on one import worker. Every request takes the vault's lock signal: when it aborts, the
 * thread is terminated at once (with the rows it holds) and the request fails with VAULT_LOCKED.
 */
export class ImportWorker {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #nextId = OPENING + 1;
  #stopped: Error | null = null;

  private constructor(file: string, onProgress: ((rows: number) => void) | undefined) {
    const entry = workerEntry(import.meta.url, 'import', './import-worker.ts');
    this.#worker = new Worker(entry.file, {
      workerData: { file },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      ...(entry.execArgv ? { execArgv: entry.execArgv } : {}),
    });
    live += 1;
    this.#worker.on('message', (message: ImportWorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.rows);
      else this.#settle(message.type === 'opened' ? OPENING : (message.id ?? OPENING), message);
    });
    this.#worker.once('error', (error) =>
      this.#stop(new AppError('INTERNAL', 'The import worker failed', { cause: error })),
    );
    this.#worker.once('exit', () => {
      exited();
      this.#stop(new AppError('INTERNAL', 'The import worker stopped'));
    });
  }

  /** Starts a worker on `file` and waits until it has read and parsed it (or refused it, or the vault locks). */
  static async open(
    file: string,
    signal: AbortSignal,
    onProgress?: (rows: number) => void,
  ): Promise<{ worker: ImportWorker; summary: CsvSummary }> {
    if (signal.aborted) throw locked();
    const worker = new ImportWorker(file, onProgress);
    try {
      const message = await worker.#wait(OPENING, signal);
      if (message.type !== 'opened') throw new AppError('INTERNAL', 'Unexpected answer from the import worker');
      return { worker, summary: message.summary };
    } catch (error) {
      worker.terminate();
      throw error;
    }
  }

  async plan(
    mapping: ImportMapping,
    vault: VaultLookup,
    keep: boolean,
    signal: AbortSignal,
    duplicates: DuplicateChoice = 'refuse',
  ): Promise<PlanSummary> {
    const message = await this.#request({ type: 'plan', mapping, vault, keep, duplicates }, signal);
    if (message.type !== 'planned') throw new AppError('INTERNAL', 'Unexpected answer from the import worker');
    return message.plan;
  }

  /** The file checked as a letter log; its ready letters come back only when every row is ready. */
  async planLetters(
    mapping: LetterImportMapping | null,
    lookup: LettersLookup,
    signal: AbortSignal,
    withLetters = false,
  ): Promise<{ mapping: LetterImportMapping; plan: LettersPlan }> {
    const message = await this.#request({ type: 'letters', mapping, lookup, withLetters }, signal);
    if (message.type !== 'letters') throw new AppError('INTERNAL', 'Unexpected answer from the import worker');
    return { mapping: message.mapping, plan: message.plan };
  }

  /** The kept check's ready rows, packed (see ready-rows.ts). */
  async readyRows(signal: AbortSignal): Promise<Uint8Array[]> {
    const message = await this.#request({ type: 'ready' }, signal);
    if (message.type !== 'ready') throw new AppError('INTERNAL', 'Unexpected answer from the import worker');
    return message.chunks;
  }

  /** The kept check's rows set aside, whole, with their problems. */
  async setAsideRows(signal: AbortSignal): Promise<SetAsideTable> {
    const message = await this.#request({ type: 'setAside' }, signal);
    if (message.type !== 'setAside') throw new AppError('INTERNAL', 'Unexpected answer from the import worker');
    return message.table;
  }

  /** Ends the thread now; what it was asked fails with `reason`, and what it held is gone with it. */
  terminate(reason: AppError = new AppError('NOT_FOUND', 'Choose the file again')): void {
    this.#stop(reason);
    void this.#worker.terminate();
  }

  #request(request: DistributiveOmit<ImportRequest, 'id'>, signal: AbortSignal): Promise<ImportWorkerMessage> {
    const id = this.#nextId;
    this.#nextId += 1;
    const answer = this.#wait(id, signal);
    if (!this.#stopped) this.#worker.postMessage({ ...request, id });
    return answer;
  }

  #wait(id: number, signal: AbortSignal): Promise<ImportWorkerMessage> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    if (signal.aborted) {
      this.terminate(locked());
      return Promise.reject(locked());
    }
    return new Promise<ImportWorkerMessage>((resolve, reject) => {
      const onAbort = () => this.terminate(locked());
      signal.addEventListener('abort', onAbort, { once: true });
      const done = () => signal.removeEventListener('abort', onAbort);
      this.#pending.set(id, {
        resolve: (message) => {
          done();
          resolve(message);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      });
    });
  }

  #settle(id: number, message: ImportWorkerMessage): void {
    const pending = this.#pending.get(id);
    if (!pending) return;
    this.#pending.delete(id);
    if (message.type === 'error')
      pending.reject(
        new AppError(message.code, message.message, message.issues ? { issues: message.issues } : undefined),
      );
    else pending.resolve(message);
  }

  #stop(error: Error): void {
    this.#stopped ??= error;
    for (const pending of this.#pending.values()) pending.reject(this.#stopped);
    this.#pending.clear();
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
