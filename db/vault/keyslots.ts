import fs from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { writeFileAtomic } from './atomic-file';
import { deriveKey, KEY_BYTES, kdfParams, SALT_BYTES, type KdfParams } from './kdf';
import { getSodium } from './sodium';

/**
 * keyslots.json: the random database key, wrapped once per secret. Only salts, KDF parameters and ciphertext live
 * here, so the file is safe to leave in plaintext; SECURITY.md documents it byte for byte.
 */
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const slotKinds = ['passphrase', 'recoveryCode'] as const;
export type SlotKind = (typeof slotKinds)[number];

const keySlot = z.strictObject({
  id: z.string().min(1).max(64),
  kind: z.enum(slotKinds),
  createdAt: z.string(),
  kdf: kdfParams.extend({ algorithm: z.literal('argon2id13'), salt: base64 }),
  wrap: z.strictObject({ algorithm: z.literal('xchacha20poly1305-ietf'), nonce: base64, ciphertext: base64 }),
});
export type KeySlot = z.infer<typeof keySlot>;

const keySlotFile = z.strictObject({
  format: z.literal('parloir-keyslots'),
  version: z.literal(1),
  vaultId: z.uuid(),
  slots: z.array(keySlot).min(1).max(64),
});
export type KeySlotFile = z.infer<typeof keySlotFile>;

/** Binds a wrapped key to its vault and role, so a slot copied into another file or relabelled does not open. */
function associatedData(vaultId: string, slot: Pick<KeySlot, 'id' | 'kind'>): Uint8Array {
  return new TextEncoder().encode(`parloir-keyslot-v1|${vaultId}|${slot.kind}|${slot.id}`);
}

export async function sealSlot(
  vaultId: string,
  slot: { id: string; kind: SlotKind },
  secret: string,
  databaseKey: Uint8Array,
  params: KdfParams,
): Promise<KeySlot> {
  const sodium = await getSodium();
  const salt = sodium.randombytes_buf(SALT_BYTES);
  const kek = await deriveKey(secret, salt, params);
  try {
    const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      databaseKey,
      associatedData(vaultId, slot),
      null,
      nonce,
      kek,
    );
    return {
      id: slot.id,
      kind: slot.kind,
      createdAt: new Date().toISOString(),
      kdf: { algorithm: 'argon2id13', ...params, salt: sodium.to_base64(salt, sodium.base64_variants.ORIGINAL) },
      wrap: {
        algorithm: 'xchacha20poly1305-ietf',
        nonce: sodium.to_base64(nonce, sodium.base64_variants.ORIGINAL),
        ciphertext: sodium.to_base64(ciphertext, sodium.base64_variants.ORIGINAL),
      },
    };
  } finally {
    sodium.memzero(kek);
  }
}

/** The database key if `secret` opens this slot, else null. Never throws for a wrong secret. */
export async function openSlot(vaultId: string, slot: KeySlot, secret: string): Promise<Uint8Array | null> {
  const sodium = await getSodium();
  const salt = sodium.from_base64(slot.kdf.salt, sodium.base64_variants.ORIGINAL);
  const kek = await deriveKey(secret, salt, { opslimit: slot.kdf.opslimit, memlimit: slot.kdf.memlimit });
  try {
    const key = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      sodium.from_base64(slot.wrap.ciphertext, sodium.base64_variants.ORIGINAL),
      associatedData(vaultId, slot),
      sodium.from_base64(slot.wrap.nonce, sodium.base64_variants.ORIGINAL),
      kek,
    );
    if (key.length !== KEY_BYTES) {
      sodium.memzero(key);
      return null;
    }
    return key;
  } catch {
    return null;
  } finally {
    sodium.memzero(kek);
  }
}

/** Tries every slot of the kind; resolves to the database key or throws WRONG_PASSPHRASE. */
export async function unwrapDatabaseKey(file: KeySlotFile, kind: SlotKind, secret: string): Promise<Uint8Array> {
  for (const slot of file.slots.filter((s) => s.kind === kind)) {
    const key = await openSlot(file.vaultId, slot, secret);
    if (key) return key;
  }
  throw new AppError('WRONG_PASSPHRASE', 'The secret does not open any key slot of this vault');
}

export function parseKeySlotFile(text: string): KeySlotFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new AppError('KEYSLOTS_DAMAGED', 'keyslots.json is not valid JSON', { cause });
  }
  const parsed = keySlotFile.safeParse(json);
  if (!parsed.success) throw new AppError('KEYSLOTS_DAMAGED', 'keyslots.json does not have the expected structure');
  return parsed.data;
}

export function readKeySlotFile(path: string): KeySlotFile {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('KEYSLOTS_MISSING', 'keyslots.json is missing', { cause });
    }
    throw new AppError('KEYSLOTS_DAMAGED', 'keyslots.json cannot be read', { cause });
  }
  return parseKeySlotFile(text);
}

export function serializeKeySlotFile(file: KeySlotFile): string {
  return `${JSON.stringify(keySlotFile.parse(file), null, 2)}\n`;
}

export function writeKeySlotFile(path: string, file: KeySlotFile): void {
  writeFileAtomic(path, serializeKeySlotFile(file));
}

/** Swaps the slot with the same id (or appends it); the rest of the file is untouched. */
export function withSlot(file: KeySlotFile, slot: KeySlot): KeySlotFile {
  const others = file.slots.filter((s) => s.id !== slot.id);
  return { ...file, slots: [...others, slot] };
}
