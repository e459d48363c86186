import sodium from 'libsodium-wrappers-sumo';
import { beforeAll, describe, expect, it } from 'vitest';
import { argon2id, hasNativeArgon2 } from '../../../db/vault/argon2id.mjs';

const keep = (bytes: Uint8Array) => bytes;

beforeAll(async () => {
  await sodium.ready;
});

describe('the key derivation', () => {
  it('runs natively on the Node this project runs on, which is what makes the unlock faster', () => {
    expect(hasNativeArgon2).toBe(true);
  });

  // Every vault written so far was derived by libsodium: the native path must give the very same bytes, or no vault
  // would open. Costs are small here; the shape of each case is what could differ (UTF-8, whole KiB, passes).
  const cases = [
    { secret: 'orange tabouret velours 1987 marée', params: { opslimit: 3, memlimit: 1024 * 1024 } },
    { secret: 'ÉCROU n° 12 — « Çà »  ', params: { opslimit: 1, memlimit: 8192 } },
    { secret: 'Σπύρος Ιωάννου 𝒜', params: { opslimit: 4, memlimit: 64 * 1024 + 700 } },
    { secret: '', params: { opslimit: 2, memlimit: 16 * 1024 } },
  ];
  for (const [index, { secret, params }] of cases.entries()) {
    it(`gives libsodium's crypto_pwhash bytes, case ${index + 1}`, () => {
      const salt = Uint8Array.from({ length: 16 }, (_, i) => (i * 37 + index) & 0xff);
      const native = argon2id(sodium, 32, secret, salt, params, keep, { native: true });
      const wasm = argon2id(sodium, 32, secret, salt, params, keep, { native: false });
      const reference = sodium.crypto_pwhash(
        32,
        secret,
        salt,
        params.opslimit,
        params.memlimit,
        sodium.crypto_pwhash_ALG_ARGON2ID13,
      );
      expect(Buffer.from(native).toString('hex')).toBe(Buffer.from(reference).toString('hex'));
      expect(Buffer.from(wasm).toString('hex')).toBe(Buffer.from(reference).toString('hex'));
    });
  }

  it('hands every buffer that held the secret or the key to the caller to wipe', () => {
    const kept: Uint8Array[] = [];
    const key = argon2id(sodium, 32, 'secret', new Uint8Array(16), { opslimit: 1, memlimit: 8192 }, (bytes) => {
      kept.push(bytes);
      return bytes;
    });
    expect(kept).toContain(key);
    expect(kept.some((bytes) => Buffer.from(bytes).toString('utf8') === 'secret')).toBe(true);
  });
});
