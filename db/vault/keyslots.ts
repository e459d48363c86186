import fs from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { writeFileAtomic } from './atomic-file';
import { kdfParams, withinBounds, type KdfBounds } from './kdf';

/**
 * keyslots.json: the random database key, made reachable once per secret. Only salts, KDF parameters, public keys and
 * ciphertext live here, so the file is safe to leave in plaintext; SECURITY.md documents it byte for byte. This
 * module is the format only: every operation on a secret or a key runs in the key worker (keys.worker.mjs).
 *
 * A slot holds an X25519 key pair whose private half is encrypted under the key derived from the slot's secret, and
 * the database key sealed (crypto_box_seal) to its public half. Re-keying the vault then re-seals a new database key
 * to every slot without knowing their secrets, so a changed secret really locks the old one out.
 * Format 1 slots (written by Parloir 0.1) encrypted the database key directly: they still open, and are rewritten
 * in the new shape the first time their secret is typed.
 */
const base64 = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)
    .refine((text) => Buffer.from(text, 'base64').length === bytes, { message: `expected ${bytes} bytes` });

export const slotKinds = ['passphrase', 'recoveryCode'] as const;
export type SlotKind = (typeof slotKinds)[number];

const slotBase = {
  id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  kind: z.enum(slotKinds),
  createdAt: z.string().max(64),
  kdf: kdfParams.extend({ algorithm: z.literal('argon2id13'), salt: base64(16) }),
};

const sealedSlot = z.strictObject({
  ...slotBase,
  publicKey: base64(32),
  privateKey: z.strictObject({
    algorithm: z.literal('xchacha20poly1305-ietf'),
    nonce: base64(24),
    ciphertext: base64(48),
  }),
  sealedKey: z.strictObject({ algorithm: z.literal('x25519-xsalsa20poly1305-sealedbox'), ciphertext: base64(80) }),
});
const legacySlot = z.strictObject({
  ...slotBase,
  wrap: z.strictObject({ algorithm: z.literal('xchacha20poly1305-ietf'), nonce: base64(24), ciphertext: base64(48) }),
});
const keySlot = z.union([sealedSlot, legacySlot]);
export type SealedSlot = z.infer<typeof sealedSlot>;
export type LegacySlot = z.infer<typeof legacySlot>;
export type KeySlot = z.infer<typeof keySlot>;

const keySlotFile = z.union([
  z.strictObject({
    format: z.literal('parloir-keyslots'),
    version: z.literal(2),
    vaultId: z.uuid(),
    slots: z.array(keySlot).min(1).max(16),
    /** Keyed BLAKE2b of the slots' public parts under the database key: a swapped public key is caught at unlock. */
    mac: base64(32),
  }),
  z.strictObject({
    format: z.literal('parloir-keyslots'),
    version: z.literal(1),
    vaultId: z.uuid(),
    slots: z.array(legacySlot).min(1).max(16),
  }),
]);
export type KeySlotFile = z.infer<typeof keySlotFile>;

export function isSealed(slot: KeySlot): slot is SealedSlot {
  return 'sealedKey' in slot;
}

const MAX_FILE_BYTES = 64 * 1024;

/**
 * Parses a slot file from anywhere (the data folder, a backup someone handed over). With `bounds`, a slot asking for
 * a key derivation outside them makes the whole file unusable: nothing is derived with a hostile cost.
 */
export function parseKeySlotFile(text: string, bounds?: KdfBounds): KeySlotFile {
  if (text.length > MAX_FILE_BYTES) throw new AppError('KEYSLOTS_DAMAGED', 'keyslots.json is too large');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new AppError('KEYSLOTS_DAMAGED', 'keyslots.json is not valid JSON', { cause });
  }
  const parsed = keySlotFile.safeParse(json);
  if (!parsed.success) throw new AppError('KEYSLOTS_DAMAGED', 'keyslots.json does not have the expected structure');
  const ids = parsed.data.slots.map((slot) => slot.id);
  if (new Set(ids).size !== ids.length) throw new AppError('KEYSLOTS_DAMAGED', 'keyslots.json repeats a slot id');
  if (bounds && parsed.data.slots.some((slot) => !withinBounds(slot.kdf, bounds))) {
    throw new AppError('KEYSLOTS_DAMAGED', 'A key slot asks for a key derivation cost outside the accepted range');
  }
  return parsed.data;
}

export function readKeySlotFile(path: string, bounds?: KdfBounds): KeySlotFile {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('KEYSLOTS_MISSING', 'keyslots.json is missing', { cause });
    }
    throw new AppError('KEYSLOTS_DAMAGED', 'keyslots.json cannot be read', { cause });
  }
  return parseKeySlotFile(text, bounds);
}

export function serializeKeySlotFile(file: KeySlotFile): string {
  return `${JSON.stringify(keySlotFile.parse(file), null, 2)}\n`;
}

export function writeKeySlotFile(path: string, file: KeySlotFile): void {
  writeFileAtomic(path, serializeKeySlotFile(file));
}
