import fs from 'node:fs';
import path from 'node:path';
import sodium from 'libsodium-wrappers-sumo';
import { readKeySlotFile, serializeKeySlotFile, type KeySlotFile, type LegacySlot } from '../../db/vault/keyslots';
import { normalizeRecoveryCode } from '../../shared/vault/recovery-code';
import { CHEAP_KDF, PASSPHRASE } from './cheap-kdf';
import { databaseKey } from './vault-fixture';

/** Rewrites a vault's slots in the format Parloir 0.1 wrote: the database key encrypted directly by each secret. */
export async function downgradeToFormat1(dir: string, recoveryCode: string): Promise<void> {
  await sodium.ready;
  const key = await databaseKey(dir);
  const { vaultId } = readKeySlotFile(path.join(dir, 'keyslots.json'));
  const slot = (id: string, kind: 'passphrase' | 'recoveryCode', secret: string): LegacySlot => {
    const salt = sodium.randombytes_buf(16);
    const nonce = sodium.randombytes_buf(24);
    const kek = sodium.crypto_pwhash(
      32,
      secret,
      salt,
      CHEAP_KDF.opslimit,
      CHEAP_KDF.memlimit,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    );
    const aad = new TextEncoder().encode(`parloir-keyslot-v1|${vaultId}|${kind}|${id}`);
    const b64 = (bytes: Uint8Array) => sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);
    return {
      id,
      kind,
      createdAt: '2026-01-01T00:00:00.000Z',
      kdf: { algorithm: 'argon2id13', ...CHEAP_KDF, salt: b64(salt) },
      wrap: {
        algorithm: 'xchacha20poly1305-ietf',
        nonce: b64(nonce),
        ciphertext: b64(sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(key, aad, null, nonce, kek)),
      },
    };
  };
  const legacy: KeySlotFile = {
    format: 'parloir-keyslots',
    version: 1,
    vaultId,
    slots: [
      slot('passphrase-1', 'passphrase', PASSPHRASE),
      slot('recovery', 'recoveryCode', normalizeRecoveryCode(recoveryCode) ?? ''),
    ],
  };
  fs.writeFileSync(path.join(dir, 'keyslots.json'), serializeKeySlotFile(legacy));
}
