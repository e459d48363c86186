import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltCli } from '../../support/cli-runner';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { hashTree } from '../../support/file-hashes';
import { tempDir } from '../../support/temp-dir';
import { lockedVault, session } from '../../support/vault-fixture';

const parloir = useBuiltCli();

describe('parloir wipe', () => {
  it('refuses without its long confirmation flag, then destroys the vault with no secret asked', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const vault = session(dir);
    await vault.unlock('passphrase', PASSPHRASE);
    await vault.lock();
    const before = hashTree(dir);
    const env = { PARLOIR_DATA_DIR: dir };

    const unconfirmed = await parloir(['wipe'], { env });
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain('--yes-destroy-this-vault');
    expect(hashTree(dir)).toEqual(before);
    expect((await parloir(['backup', '--yes-destroy-this-vault', 'x'], { env })).code).toBe(2);

    const wiped = await parloir(['wipe', '--yes-destroy-this-vault'], { env: { ...env, PARLOIR_LANG: 'en' } });
    expect(wiped.stderr).toBe('');
    expect(wiped.code).toBe(0);
    expect(wiped.stdout).toContain('Backups kept elsewhere');
    expect(fs.readdirSync(dir).filter((name) => name !== 'preferences.json')).toEqual([]);
    expect(session(dir).status()).toEqual({ state: 'absent' });
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });
});
