// Re-key and panic-wipe figures on a copy of the large fixture vault, with a week of automatic backups beside it,
// at the Argon2id cost users get.
import fs from 'node:fs';
import path from 'node:path';
import { rekeyDatabaseFile } from '../../db/vault/rekey-files';
import { VaultSession } from '../../db/vault/vault-session';
import { databaseKey } from '../support/vault-fixture';
import { LARGE_VAULT_PASSPHRASE, largeVault } from './registry.bench';

interface Figure {
  key: string;
  label: string;
  value: number;
  unit: 'ms' | 'MB';
}

const NEXT_PASSPHRASE = 'grenadine tournesol escalier brume ardoise';
const BACKUPS = 7;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

export const vaultKeysMeasurement = {
  name: `re-key and wipe on the large vault with ${BACKUPS} local backups (default Argon2id cost)`,
  async run(workDir: string): Promise<Figure[]> {
    const dir = path.join(workDir, 'rekey-large');
    fs.cpSync(await largeVault(), dir, { recursive: true });
    const vault = new VaultSession({ dataDir: dir });
    await vault.unlock('passphrase', LARGE_VAULT_PASSPHRASE);
    fs.mkdirSync(path.join(dir, 'backups'), { recursive: true });
    for (let i = fs.readdirSync(path.join(dir, 'backups')).length; i < BACKUPS; i += 1) {
      await vault.backupTo(path.join(dir, 'backups', `parloir-manual-${i}.parloir-backup`));
    }
    const vaultMb = fs.statSync(path.join(dir, 'vault.db')).size / 1024 / 1024;

    // The database alone: what `PRAGMA rekey` costs on a copy of the vault, without any key derivation.
    await vault.lock();
    const copy = path.join(workDir, 'rekey-copy.db');
    fs.copyFileSync(path.join(dir, 'vault.db'), copy);
    const key = await databaseKey(dir, LARGE_VAULT_PASSPHRASE);
    const other = new Uint8Array(32).map((_, i) => (key[i] ?? 0) ^ 0xa5);
    const databaseMs = await timed(() => rekeyDatabaseFile(copy, key, other));
    key.fill(0);

    // The whole change as the user waits for it: check the current passphrase, seal the new slot (two Argon2id),
    // re-encrypt every local backup, re-key the vault, swap.
    await vault.unlock('passphrase', LARGE_VAULT_PASSPHRASE);
    const changeMs = await timed(() => vault.changePassphrase(LARGE_VAULT_PASSPHRASE, NEXT_PASSPHRASE));
    const { keyMaterialMs, totalMs } = await vault.wipe();
    return [
      { key: 'rekey_large_vault_mb', label: 'vault size', value: round(vaultMb), unit: 'MB' },
      {
        key: 'rekey_large_db_ms',
        label: 're-encrypt the database (PRAGMA rekey on a copy)',
        value: round(databaseMs),
        unit: 'ms',
      },
      {
        key: 'rekey_large_ms',
        label: `change of passphrase, end to end (with ${BACKUPS} backups re-encrypted)`,
        value: round(changeMs),
        unit: 'ms',
      },
      {
        key: 'wipe_keys_large_ms',
        label: 'panic wipe: every key slot destroyed',
        value: round(keyMaterialMs),
        unit: 'ms',
      },
      { key: 'wipe_large_ms', label: 'panic wipe: everything deleted', value: round(totalMs), unit: 'ms' },
    ];
  },
};
