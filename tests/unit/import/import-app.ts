import path from 'node:path';
import type { Channel } from '../../../shared/channels';
import type { InputOf, OutputOf } from '../../../shared/contract';
import type { ErrorInfo } from '../../../shared/errors';
import { createApp, type ParloirApp } from '../../../electron/services/create-app';
import { dispatch } from '../../../electron/services/dispatch';
import { CHEAP_KDF, PASSPHRASE } from '../../support/cheap-kdf';
import { testDialogs } from '../../support/dialogs';
import { tempDir } from '../../support/temp-dir';

const COUNTED_TABLES = ['facilities', 'prisoners', 'stays', 'tags', 'prisoner_tags', 'search_index'] as const;
type CountedTable = (typeof COUNTED_TABLES)[number];

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/csv');
export const fixture = (name: string) => path.join(FIXTURES, name);

/**
 * The real application over a real vault, with dialogs that answer what the test sets: what the harness does for
 * the E2E tests. Calls go through dispatch, so inputs and outputs are checked against the contract as in the app.
 */
export class ImportApp {
  readonly app: ParloirApp;
  readonly dataDir: string;
  nextImportFile: string | null = null;
  /** Runs while the import dialog is open, before it answers: what the user (or a lock) does meanwhile. */
  whileImportDialogOpen: (() => Promise<void>) | null = null;
  nextExportFile: string | null = null;
  lastExportDefaultName: string | null = null;

  constructor(dataDir = tempDir()) {
    this.dataDir = dataDir;
    this.app = createApp({
      dataDir,
      kdf: CHEAP_KDF,
      dialogs: testDialogs({
        chooseImportFile: async () => {
          await this.whileImportDialogOpen?.();
          return this.nextImportFile;
        },
        chooseExportFile: async (defaultName) => {
          this.lastExportDefaultName = defaultName;
          return this.nextExportFile;
        },
      }),
    });
  }

  /** A new unlocked vault. */
  static async create(): Promise<ImportApp> {
    const app = new ImportApp();
    await app.call('vault:create', { passphrase: PASSPHRASE });
    return app;
  }

  async result<C extends Channel>(channel: C, input: InputOf<C>): Promise<{ ok: true; value: OutputOf<C> } | { ok: false; error: ErrorInfo }> {
    return (await dispatch(this.app.handlers, channel, input)) as { ok: true; value: OutputOf<C> } | { ok: false; error: ErrorInfo };
  }

  async call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
    const envelope = await this.result(channel, input);
    if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.value;
  }

  async failure<C extends Channel>(channel: C, input: InputOf<C>): Promise<ErrorInfo> {
    const envelope = await this.result(channel, input);
    if (envelope.ok) throw new Error(`${channel} succeeded where a failure was expected`);
    return envelope.error;
  }

  /** Picks `file` in the import dialog; the answer of import:pickFile, which must be a chosen file. */
  async pick(file: string) {
    this.nextImportFile = file;
    const picked = await this.call('import:pickFile', {});
    if (picked.status !== 'chosen') throw new Error('The import dialog was cancelled');
    return picked;
  }

  /** Row counts of every registry table and the search index: what a refused import must leave unchanged. */
  async counts(): Promise<Record<CountedTable, number>> {
    const db = this.app.context.vault.db;
    const counts = { facilities: 0, prisoners: 0, stays: 0, tags: 0, prisoner_tags: 0, search_index: 0 };
    for (const table of COUNTED_TABLES) {
      const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      counts[table] = Number(row.n);
    }
    return counts;
  }

  lock(): Promise<void> {
    return this.app.context.vault.lock();
  }
}
