import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ImportWorker,
  importWorkersExited,
  liveImportWorkers,
} from '../../../electron/services/import-export/import-worker-runner';
import { writeManyRowsCsv } from '../../fixtures/csv/generated-csv';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { tempDir } from '../../support/temp-dir';
import { ImportApp } from './import-app';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function manyRows(rows: number): string {
  const file = path.join(tempDir(), `${rows}.csv`);
  writeManyRowsCsv(file, rows);
  return file;
}

/** After a lock: no import thread is left, and with the vault open again, nothing of the file is in it. */
async function expectNothingLeft(app: ImportApp, before: Awaited<ReturnType<ImportApp['counts']>>) {
  await importWorkersExited();
  expect(liveImportWorkers()).toBe(0);
  await app.call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
  expect(await app.counts()).toEqual(before);
  await app.lock();
}

describe('lock always wins over an import', () => {
  it.each([
    ['all or nothing', false],
    ['with rows set aside', true],
  ])(
    'a lock while an import writes (%s): the lock completes, the transaction rolls back, the worker is gone',
    async (_, setAside) => {
      const app = await ImportApp.create();
      const file = manyRows(3000);
      // One row the import sets aside (no name): the set-aside path is rolled back the same.
      if (setAside) fs.appendFileSync(file, ';Sans nom;;;;;\n');
      const picked = await app.pick(file);
      const before = await app.counts();
      const running = app.result('import:run', { token: picked.token, mapping: picked.suggestedMapping, setAside });
      // The lock comes once rows are being written, whenever that is on this machine.
      let progress = await app.call('import:progress', { token: picked.token });
      while (progress.state === 'idle' || (progress.state === 'running' && progress.done === 0)) {
        await nextTurn();
        progress = await app.call('import:progress', { token: picked.token });
      }
      expect(progress).toMatchObject({ state: 'running', total: 3000 });
      expect(progress.done).toBeGreaterThan(0);
      expect(progress.done).toBeLessThan(3000);

      await app.lock();
      expect(app.app.context.vault.isUnlocked).toBe(false);
      const outcome = await running;
      expect(outcome.ok ? 'imported' : outcome.error.code).toBe('VAULT_LOCKED');
      await expectNothingLeft(app, before);
      // The file is forgotten with the lock: it must be chosen again.
      await app.call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
      expect((await app.fail('import:run', { token: picked.token, mapping: picked.suggestedMapping })).code).toBe(
        'NOT_FOUND',
      );
      expect((await app.fail('import:saveSetAside', { token: picked.token })).code).toBe('NOT_FOUND');
      await app.lock();
    },
  );

  it('a lock while the worker parses the file: the file is refused, the lock completes, the worker is gone', async () => {
    const app = await ImportApp.create();
    const before = await app.counts();
    const vault = app.app.context.vault;
    let locking: Promise<void> | null = null;
    const progress: number[] = [];
    // The worker reports every 10,000 rows read: the first report is the moment to lock, mid-parse.
    const opening = ImportWorker.open(manyRows(60_000), vault.lockSignal, (rows) => {
      progress.push(rows);
      locking ??= vault.lock();
    });
    await expect(opening).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    expect(progress).toEqual([10_000]);
    await locking;
    expect(vault.isUnlocked).toBe(false);
    await expectNothingLeft(app, before);
  });

  it('a lock while the file dialog is open: the chosen file is never read', async () => {
    const app = await ImportApp.create();
    const before = await app.counts();
    app.nextImportFile = manyRows(10);
    app.whileImportDialogOpen = () => app.lock();
    expect((await app.fail('import:pickFile', {})).code).toBe('VAULT_LOCKED');
    app.whileImportDialogOpen = null;
    await expectNothingLeft(app, before);
  });

  it('a lock while a check runs: the check answers VAULT_LOCKED, the worker is gone', async () => {
    const app = await ImportApp.create();
    const before = await app.counts();
    const picked = await app.pick(manyRows(20_000));
    const checking = app.result('import:check', { token: picked.token, mapping: picked.suggestedMapping });
    await app.lock();
    const outcome = await checking;
    expect(outcome.ok ? 'checked' : outcome.error.code).toBe('VAULT_LOCKED');
    await expectNothingLeft(app, before);
  });
});
