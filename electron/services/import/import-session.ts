import crypto from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { importProgressOutput } from '../../../shared/schemas/import-export.schemas';
import type { ParsedCsv } from './csv-parse';

export type ImportProgress = z.output<typeof importProgressOutput>;

interface PendingImport {
  token: string;
  fileName: string;
  /** Null once the import ran: the rows are dropped, and the same file cannot be imported twice by mistake. */
  parsed: ParsedCsv | null;
  progress: ImportProgress;
}

const IDLE: ImportProgress = { state: 'idle', done: 0, total: 0 };

/**
 * The one spreadsheet being imported. Its rows (names, numbers: sensitive) live only in this process's memory, under
 * a random token the renderer holds; choosing another file or locking the vault forgets them.
 */
export class ImportSessions {
  #pending: PendingImport | null = null;

  open(fileName: string, parsed: ParsedCsv): string {
    const token = crypto.randomUUID();
    this.#pending = { token, fileName, parsed, progress: { ...IDLE } };
    return token;
  }

  /** The rows behind a token; NOT_FOUND when it was replaced, forgotten on lock, or already imported. */
  rows(token: string): ParsedCsv {
    const parsed = this.#pending?.token === token ? this.#pending.parsed : null;
    if (!parsed) throw new AppError('NOT_FOUND', 'Choose the file again');
    return parsed;
  }

  progress(token: string): ImportProgress {
    return this.#pending?.token === token ? { ...this.#pending.progress } : { ...IDLE };
  }

  /** Runs the import of `token`'s rows once at a time, keeping its progress readable while it runs. */
  async run<T>(token: string, work: (parsed: ParsedCsv, report: (done: number, total: number) => void) => Promise<T>): Promise<T> {
    const pending = this.#pending;
    const parsed = this.rows(token);
    if (!pending || pending.progress.state === 'running') throw new AppError('VALIDATION', 'This import is already running');
    pending.progress = { state: 'running', done: 0, total: 0 };
    try {
      const result = await work(parsed, (done, total) => {
        pending.progress = { state: 'running', done, total };
      });
      pending.progress = { ...pending.progress, state: 'done' };
      pending.parsed = null;
      return result;
    } catch (error) {
      pending.progress = { ...pending.progress, state: 'failed' };
      throw error;
    }
  }

  clear(): void {
    this.#pending = null;
  }
}
