import path from 'node:path';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { TestApp } from '../../support/test-app';

const COUNTED_TABLES = [
  'facilities',
  'prisoners',
  'stays',
  'tags',
  'prisoner_tags',
  'search_rows',
  'search_index',
] as const;
type CountedTable = (typeof COUNTED_TABLES)[number];

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/csv');
export const fixture = (name: string) => path.join(FIXTURES, name);

/**
 * The test app with the import and export dialogs answering what the test sets, and the import's own checks: what the
 * harness does for the E2E tests.
 */
export class ImportApp extends TestApp {
  nextImportFile: string | null = null;
  /** Runs while the import dialog is open, before it answers: what the user (or a lock) does meanwhile. */
  whileImportDialogOpen: (() => Promise<void>) | null = null;
  nextExportFile: string | null = null;
  lastExportDefaultName: string | null = null;

  constructor(dataDir?: string) {
    super(dataDir ? { dataDir } : {});
    this.answers = {
      chooseImportFile: async () => {
        await this.whileImportDialogOpen?.();
        return this.nextImportFile;
      },
      chooseExportFile: async (defaultName) => {
        this.lastExportDefaultName = defaultName;
        return this.nextExportFile;
      },
    };
  }

  /** A new unlocked vault. */
  static override async create(): Promise<ImportApp> {
    const app = new ImportApp();
    await app.call('vault:create', { passphrase: PASSPHRASE });
    return app;
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
    const counts = {
      facilities: 0,
      prisoners: 0,
      stays: 0,
      tags: 0,
      prisoner_tags: 0,
      search_rows: 0,
      search_index: 0,
    };
    for (const table of COUNTED_TABLES) {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      counts[table] = Number(row.n);
    }
    return counts;
  }
}
