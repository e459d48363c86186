import { describe, expect, it } from 'vitest';
import { DEFAULT_KDF } from '../../../db/vault/kdf';
import { readKeySlotFile } from '../../../db/vault/keyslots';
import { VaultSession } from '../../../db/vault/vault-session';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { tempDir } from '../../support/temp-dir';

describe('the default key derivation cost', () => {
  it('is what a user gets: Argon2id, 3 passes over 256 MiB, stored in every slot, and it unlocks', async () => {
    expect(DEFAULT_KDF).toEqual({ opslimit: 3, memlimit: 256 * 1024 * 1024 });
    const dir = tempDir();
    const vault = new VaultSession({ dataDir: dir });
    const code = await vault.create(PASSPHRASE);
    await vault.lock();
    const file = readKeySlotFile(vault.paths.keyslots);
    expect(file.slots).toHaveLength(2);
    for (const slot of file.slots) {
      expect(slot.kdf).toMatchObject({ algorithm: 'argon2id13', opslimit: 3, memlimit: 268435456 });
    }
    await vault.unlock('recoveryCode', code);
    expect(vault.isUnlocked).toBe(true);
    await vault.lock();
  });
});
