import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sodium from 'libsodium-wrappers-sumo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSealed, type KeySlotFile } from '../../../db/vault/keyslots';
import { normalizeRecoveryCode } from '../../../shared/vault/recovery-code';
import { bundleScripts, type Bundle } from '../../support/bundle';
import { OTHER_PASSPHRASE, PASSPHRASE } from '../../support/cheap-kdf';
import { scanMemory } from '../../support/memory-scan';
import { slotFilesIn } from '../../support/secret-attack';
import { tempDir } from '../../support/temp-dir';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await bundleScripts({ child: 'tests/support/children/key-lifecycle.ts' });
  await sodium.ready;
});
afterAll(() => bundle.remove());

/**
 * Every secret key a slot file holds, found the way an attacker with the secrets would: the key-encryption key from
 * Argon2id, the slot's X25519 private key, and the database key sealed to it.
 */
function keyMaterial(
  file: KeySlotFile,
  secrets: { passphrase: string[]; recoveryCode: string[] },
  into: Map<string, Uint8Array>,
  from: string,
): void {
  const b64 = (text: string) => sodium.from_base64(text, sodium.base64_variants.ORIGINAL);
  for (const slot of file.slots) {
    if (!isSealed(slot)) continue;
    for (const secret of secrets[slot.kind]) {
      const kek = sodium.crypto_pwhash(
        32,
        secret,
        b64(slot.kdf.salt),
        slot.kdf.opslimit,
        slot.kdf.memlimit,
        sodium.crypto_pwhash_ALG_ARGON2ID13,
      );
      const aad = new TextEncoder().encode(
        `parloir-keyslot-v2|${file.vaultId}|${slot.kind}|${slot.id}|${slot.publicKey}`,
      );
      let privateKey: Uint8Array;
      try {
        privateKey = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
          null,
          b64(slot.privateKey.ciphertext),
          aad,
          b64(slot.privateKey.nonce),
          kek,
        );
      } catch {
        continue;
      }
      const key = sodium.crypto_box_seal_open(b64(slot.sealedKey.ciphertext), b64(slot.publicKey), privateKey);
      into.set(`key-encryption key of ${slot.id} (${slot.kdf.salt})`, kek);
      into.set(`private key of ${slot.id} (${slot.publicKey})`, privateKey);
      const name = `database key ${Buffer.from(key).toString('hex').slice(0, 8)}… (from ${from})`;
      if (![...into.keys()].some((known) => known.startsWith(name.slice(0, 25)))) into.set(name, key);
    }
  }
}

describe('a locked Parloir holds no key', () => {
  it('after create, backups, a change of passphrase, a new recovery code, a restore and unlocks, no key is left in memory', async () => {
    const dir = tempDir();
    const out = tempDir();
    const child = spawn(process.execPath, [bundle.files.child ?? '', dir, out], {
      env: bundle.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const codes: string[] = [];
    await new Promise<void>((resolve, reject) => {
      let pending = '';
      child.stdout.on('data', (chunk: Buffer) => {
        const parts = (pending + chunk.toString()).split('\n');
        pending = parts.pop() ?? '';
        for (const line of parts) {
          if (line.startsWith('code ')) codes.push(line.slice(5));
          if (line === 'locked') resolve();
        }
      });
      child.once('exit', (code) => reject(new Error(`child exited (${code}) before locking: ${stderr}`)));
      child.stdin.write(`${PASSPHRASE}\n${OTHER_PASSPHRASE}\n`);
    });

    try {
      const secrets = {
        passphrase: [PASSPHRASE, OTHER_PASSPHRASE],
        recoveryCode: codes.map((c) => normalizeRecoveryCode(c) ?? ''),
      };
      const needles = new Map<string, Uint8Array>();
      const files = [path.join(dir, 'keyslots.json'), ...fs.readdirSync(out).map((name) => path.join(out, name))];
      for (const file of files)
        for (const slots of await slotFilesIn(file)) keyMaterial(slots, secrets, needles, path.basename(file));
      // Four database keys (made, re-keyed twice, restored and re-keyed), and the two secret keys of each of the four
      // slots ever made (a slot kept through a re-key keeps its key pair).
      expect([...needles.keys()].filter((name) => name.startsWith('database key')).length).toBe(4);
      expect(needles.size).toBe(4 + 2 * 4);

      const { hits, bytes } = scanMemory(child.pid ?? 0, Object.fromEntries(needles));
      console.info(
        `key-memory: scanned ${(bytes / 1024 / 1024).toFixed(0)} MiB of the locked process for ${needles.size} keys`,
      );
      expect(bytes).toBeGreaterThan(32 * 1024 * 1024);
      expect(hits).toEqual({});
    } finally {
      child.stdin.end();
    }
  }, 300_000);
});
