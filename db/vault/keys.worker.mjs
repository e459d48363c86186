// Every operation that touches a secret or a key runs here, one operation per worker, and the worker exits after it.
// libsodium copies its inputs and outputs into its WASM heap and frees them without wiping: in a worker that heap is
// released with the worker, so the main process never holds a key-encryption key or a slot's private key, and holds
// the database key only in the one buffer the vault session zeroes at lock. The format is in keyslots.ts/SECURITY.md.
import { parentPort } from 'node:worker_threads';
import sodium from 'libsodium-wrappers-sumo';
import { argon2id } from './argon2id.mjs';

await sodium.ready;

/** @typedef {import('./keyslots').KeySlot} KeySlot */
/** @typedef {import('./keyslots').SealedSlot} SealedSlot */
/** @typedef {import('./keyslots').KeySlotFile} KeySlotFile */
/** @typedef {import('./kdf').KdfParams} KdfParams */
/** @typedef {{ id: string; kind: 'passphrase' | 'recoveryCode'; secret: string }} NewSecret */

const B64 = sodium.base64_variants.ORIGINAL;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const fromB64 = (/** @type {string} */ text) => sodium.from_base64(text, B64);
const toB64 = (/** @type {Uint8Array} */ bytes) => sodium.to_base64(bytes, B64);
const text = (/** @type {string} */ value) => new TextEncoder().encode(value);

/** Buffers that held secrets, zeroed before the worker answers. */
/** @type {Uint8Array[]} */
const wipe = [];
const secretBytes = (/** @type {Uint8Array} */ bytes) => {
  wipe.push(bytes);
  return bytes;
};

/** @param {string} secret @param {Uint8Array} salt @param {KdfParams} params */
function kek(secret, salt, params) {
  return argon2id(sodium, KEY_BYTES, secret, salt, params, secretBytes);
}

/** @param {string} vaultId @param {{ id: string; kind: string }} slot */
const legacyAad = (vaultId, slot) => text(`parloir-keyslot-v1|${vaultId}|${slot.kind}|${slot.id}`);
/** @param {string} vaultId @param {{ id: string; kind: string }} slot @param {string} publicKey */
const sealedAad = (vaultId, slot, publicKey) =>
  text(`parloir-keyslot-v2|${vaultId}|${slot.kind}|${slot.id}|${publicKey}`);

/** The database key this slot gives for `secret`, or null. */
/** @param {string} vaultId @param {KeySlot} slot @param {string} secret @returns {Uint8Array | null} */
function openSlot(vaultId, slot, secret) {
  const derived = kek(secret, fromB64(slot.kdf.salt), slot.kdf);
  try {
    if ('wrap' in slot) {
      const { nonce, ciphertext } = slot.wrap;
      return secretBytes(
        sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
          null,
          fromB64(ciphertext),
          legacyAad(vaultId, slot),
          fromB64(nonce),
          derived,
        ),
      );
    }
    const { nonce, ciphertext } = slot.privateKey;
    const privateKey = secretBytes(
      sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
        null,
        fromB64(ciphertext),
        sealedAad(vaultId, slot, slot.publicKey),
        fromB64(nonce),
        derived,
      ),
    );
    return secretBytes(
      sodium.crypto_box_seal_open(fromB64(slot.sealedKey.ciphertext), fromB64(slot.publicKey), privateKey),
    );
  } catch {
    return null;
  }
}

/** Encrypts a slot's private key under the key derived from its secret, with a fresh salt and nonce. */
/**
 * @param {string} vaultId @param {{ id: string; kind: string }} slot @param {string} secret
 * @param {Uint8Array} publicKey @param {Uint8Array} privateKey @param {KdfParams} params
 */
function lockPrivateKey(vaultId, slot, secret, publicKey, privateKey, params) {
  const salt = sodium.randombytes_buf(SALT_BYTES);
  const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const encrypted = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    privateKey,
    sealedAad(vaultId, slot, toB64(publicKey)),
    null,
    nonce,
    kek(secret, salt, params),
  );
  return {
    kdf: {
      algorithm: /** @type {const} */ ('argon2id13'),
      opslimit: params.opslimit,
      memlimit: params.memlimit,
      salt: toB64(salt),
    },
    privateKey: {
      algorithm: /** @type {const} */ ('xchacha20poly1305-ietf'),
      nonce: toB64(nonce),
      ciphertext: toB64(encrypted),
    },
  };
}

/** @param {Uint8Array} databaseKey @param {string} publicKey */
function sealKey(databaseKey, publicKey) {
  return {
    algorithm: /** @type {const} */ ('x25519-xsalsa20poly1305-sealedbox'),
    ciphertext: toB64(sodium.crypto_box_seal(databaseKey, fromB64(publicKey))),
  };
}

/** A new slot for `secret`: a fresh key pair, its private half locked by the secret, the database key sealed to it. */
/** @param {string} vaultId @param {NewSecret} spec @param {Uint8Array} databaseKey @param {KdfParams} params @returns {SealedSlot} */
function createSlot(vaultId, spec, databaseKey, params) {
  const pair = sodium.crypto_box_keypair();
  secretBytes(pair.privateKey);
  const publicKey = toB64(pair.publicKey);
  const locked = lockPrivateKey(vaultId, spec, spec.secret, pair.publicKey, pair.privateKey, params);
  return {
    id: spec.id,
    kind: spec.kind,
    createdAt: new Date().toISOString(),
    kdf: locked.kdf,
    publicKey,
    privateKey: locked.privateKey,
    sealedKey: sealKey(databaseKey, publicKey),
  };
}

/** Binds the public half of every sealed slot to the vault's key: a public key swapped in the file is refused. */
/** @param {string} vaultId @param {KeySlot[]} slots @param {Uint8Array} databaseKey */
function fileMac(vaultId, slots, databaseKey) {
  const lines = slots
    .filter((slot) => 'sealedKey' in slot)
    .map((slot) => `${slot.id}|${slot.kind}|${'publicKey' in slot ? slot.publicKey : ''}`)
    .sort();
  return toB64(sodium.crypto_generichash(32, text(`parloir-keyslots-v2|${vaultId}|${lines.join('\n')}`), databaseKey));
}

/** @param {string} vaultId @param {KeySlot[]} slots @param {Uint8Array} databaseKey @returns {KeySlotFile} */
function finish(vaultId, slots, databaseKey) {
  return {
    format: /** @type {const} */ ('parloir-keyslots'),
    version: /** @type {const} */ (2),
    vaultId,
    slots,
    mac: fileMac(vaultId, slots, databaseKey),
  };
}

/** @param {KdfParams} params @param {KdfParams} target */
const weaker = (params, target) => params.memlimit < target.memlimit || params.opslimit < target.opslimit;

/** Tries the slots of one kind; on success also says whether the file should be rewritten (old shape, weak cost). */
/** @param {{ file: KeySlotFile; kind: string; secret: string; target: KdfParams }} request */
function unwrap({ file, kind, secret, target }) {
  for (const slot of file.slots.filter((s) => s.kind === kind)) {
    const key = openSlot(file.vaultId, slot, secret);
    if (!key) continue;
    if (file.version === 2 && file.mac !== fileMac(file.vaultId, file.slots, key)) return { tampered: true };
    let rewritten = null;
    if (file.version === 1 || 'wrap' in slot || weaker(slot.kdf, target)) {
      const fresh = createSlot(file.vaultId, { id: slot.id, kind: slot.kind, secret }, key, target);
      /** @type {KeySlot[]} */
      const slots = file.slots;
      rewritten = finish(
        file.vaultId,
        slots.map((s) => (s.id === slot.id ? fresh : s)),
        key,
      );
    }
    return { slotId: slot.id, key, rewritten };
  }
  return { slotId: null };
}

/**
 * A new database key for this vault, sealed to the slots kept (their secrets are not needed) and to new slots made
 * for the secrets given. `keep` lists sealed slots only: a format 1 slot cannot be re-sealed without its secret.
 */
/** @param {{ vaultId: string; keep: SealedSlot[]; create: NewSecret[]; target: KdfParams }} request */
function rekey({ vaultId, keep, create, target }) {
  const key = secretBytes(sodium.randombytes_buf(KEY_BYTES));
  const slots = [
    ...keep.map((slot) => ({ ...slot, sealedKey: sealKey(key, slot.publicKey) })),
    ...create.map((spec) => createSlot(vaultId, spec, key, target)),
  ];
  return { key, rewritten: finish(vaultId, slots, key) };
}

parentPort?.once('message', (request) => {
  /** @type {{ key?: Uint8Array; error?: string; [field: string]: unknown }} */
  let answer;
  try {
    answer = request.op === 'unwrap' ? unwrap(request) : rekey(request);
  } catch (error) {
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  /** @type {ArrayBuffer[]} */
  const transfer = [];
  if (answer.key) {
    // A plain ArrayBuffer is moved, not copied, to the caller; every other copy made here is wiped below.
    const out = new Uint8Array(new ArrayBuffer(KEY_BYTES));
    out.set(answer.key);
    answer.key = out;
    transfer.push(out.buffer);
  }
  for (const bytes of wipe) sodium.memzero(bytes);
  parentPort?.postMessage(answer, transfer);
});
