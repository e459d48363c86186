import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openVaultDatabase, readPragma } from '../../../db/vault/open-database';
import { vaultPaths } from '../../../db/vault/vault-paths';
import { bundleScripts, type Bundle } from '../../support/bundle';
import { runAndKill } from '../../support/kill-child';
import { tempDir } from '../../support/temp-dir';
import { expectedSchema } from '../../../db/vault/schema-check';
import { crashMigrations } from '../../support/crash-tables';
import { databaseKey, lockedVault } from '../../support/vault-fixture';

const LOOPS = 200;

let bundle: Bundle;
beforeAll(async () => {
  bundle = await bundleScripts({ writer: 'tests/support/children/crash-writer.ts' });
});
afterAll(() => bundle.remove());

describe('crash while writing', () => {
  it(`loses no acknowledged commit and never damages the vault: ${LOOPS} SIGKILLs at random moments`, async () => {
    const dir = tempDir();
    await lockedVault(dir, { migrations: crashMigrations });
    const file = vaultPaths(dir).database;
    const key = await databaseKey(dir);
    const schema = await expectedSchema(crashMigrations);
    const keyHex = Buffer.from(key).toString('hex');
    const acknowledged = new Set<number>();
    const killedAt = { opening: 0, ready: 0, committing: 0 };

    for (let loop = 0; loop < LOOPS; loop += 1) {
      // Mostly in the middle of the commit loop, sometimes while the vault is opened or recovered from the last kill.
      const roll = crypto.randomInt(0, 10);
      const target = roll === 0 ? 'opening' : roll === 1 ? 'ready' : crypto.randomInt(1, 20);
      let acksThisRun = 0;
      const run = await runAndKill(bundle.files.writer ?? '', [file], bundle.env, `${keyHex}\n`, (kill) => ({
        onLine: (line) => {
          if (/^\d+$/.test(line)) {
            acknowledged.add(Number(line));
            acksThisRun += 1;
          }
          if (line === target || acksThisRun === target) kill();
        },
      }));
      expect(run.signal, run.stderr).toBe('SIGKILL');
      killedAt[typeof target === 'number' ? 'committing' : target] += 1;

      // Opened the way the app opens it (pragmas asserted), with the full integrity_check instead of the quick one.
      const db = openVaultDatabase(file, key, { quickCheck: false, schema });
      try {
        expect(readPragma(db, 'integrity_check')).toBe('ok');
        const ids = db.prepare('SELECT id FROM crash_log ORDER BY id').pluck().all() as number[];
        const present = new Set(ids);
        expect(
          [...acknowledged].filter((id) => !present.has(id)),
          `lost after kill ${loop}`,
        ).toEqual([]);
        // Ids are committed in order, so what survives is always a prefix: no hole where a commit half-happened.
        expect(ids.at(-1) ?? 0).toBe(ids.length);
      } finally {
        db.close();
      }
    }
    expect(acknowledged.size).toBeGreaterThan(LOOPS);
    console.info(`crash-writes: ${acknowledged.size} commits acknowledged; kills ${JSON.stringify(killedAt)}`);
  }, 600_000);
});
