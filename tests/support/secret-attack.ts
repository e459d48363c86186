import fs from 'node:fs';
import tar from 'tar-stream';
import { parseKeySlotFile, type KeySlotFile } from '../../db/vault/keyslots';
import { unwrapSecret } from '../../db/vault/vault-keys';
import type { UnlockMethod } from '../../shared/vault/vault.schemas';
import { CHEAP_KDF } from './cheap-kdf';
import { rawConnection } from './vault-fixture';

/**
 * What an attacker holding old secrets does with files found on a seized laptop: read every key-slot file in them
 * (a keyslots.json, or the one inside a backup archive), try each secret on it, and try each key obtained on the
 * database. Written against the documented formats, not against Parloir's own readers' leniency.
 */
export interface KnownSecret {
  method: UnlockMethod;
  secret: string;
}

async function tarSlotTexts(bytes: Buffer): Promise<string[]> {
  const texts: string[] = [];
  const extract = tar.extract();
  const done = (async () => {
    for await (const entry of extract) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      if (entry.header.name === 'keyslots.json') texts.push(Buffer.concat(chunks).toString('utf8'));
    }
  })();
  extract.end(bytes);
  await done.catch(() => undefined);
  return texts;
}

/** Every key-slot file readable in `file`: itself if it is one, those inside it if it is a tar archive. */
export async function slotFilesIn(file: string): Promise<KeySlotFile[]> {
  const bytes = fs.readFileSync(file);
  const texts = [bytes.toString('utf8'), ...(await tarSlotTexts(bytes))];
  const files: KeySlotFile[] = [];
  for (const text of texts) {
    try {
      files.push(parseKeySlotFile(text));
    } catch {
      // not a slot file
    }
  }
  return files;
}

/** Every database key any of `secrets` unwraps from any slot file in `file`. */
export async function keysFrom(file: string, secrets: KnownSecret[]): Promise<Uint8Array[]> {
  const keys: Uint8Array[] = [];
  for (const slots of await slotFilesIn(file)) {
    for (const { method, secret } of secrets) {
      const opened = await unwrapSecret(slots, method, secret, CHEAP_KDF).catch(() => null);
      if (opened) keys.push(opened.key);
    }
  }
  return keys;
}

/** Whether `key` decrypts the database file (reads its schema). */
export function keyOpens(databaseFile: string, key: Uint8Array): boolean {
  const copy = `${databaseFile}.probe-${process.pid}-${Math.random().toString(16).slice(2)}`;
  // A copy, so that probing never touches (or replays a WAL into) the file under test.
  fs.copyFileSync(databaseFile, copy);
  try {
    const db = rawConnection(copy, key);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return true;
    } finally {
      db.close();
    }
  } catch {
    return false;
  } finally {
    fs.rmSync(copy, { force: true });
    fs.rmSync(`${copy}-wal`, { force: true });
  }
}
