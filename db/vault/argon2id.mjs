// Argon2id as libsodium's crypto_pwhash computes it (version 1.3, one lane, no secret or associated data), by Node's
// own OpenSSL implementation when this Node has one (node:crypto argon2Sync, Node >= 24.7): the same bytes, about a
// quarter less time than libsodium's WebAssembly, and the unlock's wait is mostly this. Older runtimes use libsodium.
// Runs only inside the key worker, whose heap goes away with it (keys.worker.mjs).
import crypto from 'node:crypto';

/** @typedef {import('./kdf').KdfParams} KdfParams */
/** @typedef {{ crypto_pwhash: Function; crypto_pwhash_ALG_ARGON2ID13: number }} Sodium */

/** Whether this runtime derives natively. */
export const hasNativeArgon2 = typeof crypto.argon2Sync === 'function';

/**
 * The `length`-byte key for `secret`. `keep` receives every buffer that held the secret or the key, for the caller to
 * wipe before answering.
 * @param {Sodium} sodium @param {number} length @param {string} secret @param {Uint8Array} salt @param {KdfParams} params
 * @param {(bytes: Uint8Array) => Uint8Array} keep @param {{ native?: boolean }} [options]
 * @returns {Uint8Array}
 */
export function argon2id(sodium, length, secret, salt, params, keep, options = {}) {
  if (options.native ?? hasNativeArgon2) {
    const message = keep(Buffer.from(secret, 'utf8'));
    return keep(
      crypto.argon2Sync('argon2id', {
        message,
        nonce: salt,
        parallelism: 1,
        tagLength: length,
        // libsodium counts bytes and keeps whole KiB; OpenSSL counts KiB.
        memory: Math.floor(params.memlimit / 1024),
        passes: params.opslimit,
      }),
    );
  }
  return keep(
    sodium.crypto_pwhash(length, secret, salt, params.opslimit, params.memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13),
  );
}
