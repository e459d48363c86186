import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';

/** tar-stream's entries are streamx readables of Buffers; its typings leave the chunk type open. */
type Entry = AsyncIterable<Buffer> & { header: tar.Header };
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { fsyncDirectory } from './atomic-file';
import { parseKeySlotFile, type KeySlotFile } from './keyslots';

/**
 * A backup is a plain ustar archive, so `tar xf` on any system gives back vault.db (SQLCipher 4, encrypted) and the
 * keyslots.json that unwraps its key. Nothing in it is readable without a passphrase or the recovery code.
 */
export const BACKUP_EXTENSION = '.parloir-backup';
export const ENTRY = { manifest: 'parloir-backup.json', keyslots: 'keyslots.json', database: 'vault.db', wal: 'vault.db-wal' };
const MAX_JSON_BYTES = 1024 * 1024;

export const backupKinds = ['manual', 'auto', 'pre-migration', 'pre-restore'] as const;
const manifestSchema = z.strictObject({
  format: z.literal('parloir-backup'),
  version: z.literal(1),
  kind: z.enum(backupKinds),
  createdAt: z.string(),
  vaultId: z.string(),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export interface ArchiveParts {
  manifest: BackupManifest;
  keyslots: string;
  database: string;
  wal?: string;
}

/** Writes the archive to `<target>.partial`, fsyncs it, and only then renames it into place. */
export async function writeArchive(target: string, parts: ArchiveParts): Promise<number> {
  const partial = `${target}.partial`;
  const pack = tar.pack();
  const out = fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 });
  const written = pipeline(pack, out);
  const files: [string, string | undefined][] = [
    [ENTRY.database, parts.database],
    [ENTRY.wal, parts.wal],
  ];
  try {
    pack.entry({ name: ENTRY.manifest, mode: 0o600 }, `${JSON.stringify(parts.manifest, null, 2)}\n`);
    pack.entry({ name: ENTRY.keyslots, mode: 0o600 }, parts.keyslots);
    for (const [name, file] of files) {
      if (!file) continue;
      const size = fs.statSync(file).size;
      const entry = pack.entry({ name, size, mode: 0o600 });
      await pipeline(fs.createReadStream(file), entry);
    }
    pack.finalize();
    await written;
    const fd = fs.openSync(partial, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, target);
    fsyncDirectory(path.dirname(target));
    return fs.statSync(target).size;
  } catch (error) {
    pack.destroy();
    await written.catch(() => undefined);
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

export interface ArchiveContents {
  manifest: BackupManifest;
  keyslots: KeySlotFile;
  keyslotsText: string;
  databaseSha256: string;
  hasWal: boolean;
}

async function readSmall(entry: Entry): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of entry) {
    size += chunk.length;
    if (size > MAX_JSON_BYTES) throw new AppError('BACKUP_INVALID', `${entry.header.name} is too large`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads and checks an archive. With `extractTo`, vault.db (and a WAL if any) are written into that folder
 * (encrypted bytes, as stored); without it they are only hashed.
 */
export async function readArchive(file: string, extractTo?: string): Promise<ArchiveContents> {
  let manifest: BackupManifest | undefined;
  let keyslotsText: string | undefined;
  let databaseSha256: string | undefined;
  let hasWal = false;
  try {
    const extract = tar.extract();
    const input = fs.createReadStream(file);
    input.on('error', (error) => extract.destroy(error));
    input.pipe(extract);
    for await (const source of extract) {
      const entry = source as unknown as Entry;
      const name = entry.header.name;
      if (entry.header.type !== 'file') throw new AppError('BACKUP_INVALID', `Unexpected entry type for ${name}`);
      if (name === ENTRY.manifest) {
        const parsed = manifestSchema.safeParse(JSON.parse(await readSmall(entry)));
        if (!parsed.success) throw new AppError('BACKUP_INVALID', 'The backup manifest is not valid');
        manifest = parsed.data;
      } else if (name === ENTRY.keyslots) {
        keyslotsText = await readSmall(entry);
      } else if (name === ENTRY.database || name === ENTRY.wal) {
        const hash = createHash('sha256');
        const sink = extractTo ? fs.createWriteStream(path.join(extractTo, name), { flags: 'wx', mode: 0o600 }) : null;
        for await (const chunk of entry) {
          hash.update(chunk);
          if (sink && !sink.write(chunk)) await new Promise<void>((resolve) => sink.once('drain', () => resolve()));
        }
        if (sink) await new Promise<void>((resolve, reject) => sink.end((error?: Error | null) => (error ? reject(error) : resolve())));
        if (name === ENTRY.database) databaseSha256 = hash.digest('hex');
        else hasWal = true;
      } else {
        throw new AppError('BACKUP_INVALID', `Unexpected entry ${name}`);
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BACKUP_INVALID', 'The file is not a readable Parloir backup', { cause: error });
  }
  if (!manifest || !keyslotsText || !databaseSha256) {
    throw new AppError('BACKUP_INVALID', 'The backup is incomplete');
  }
  let keyslots: KeySlotFile;
  try {
    keyslots = parseKeySlotFile(keyslotsText);
  } catch (cause) {
    throw new AppError('BACKUP_INVALID', 'The key slots inside the backup are damaged', { cause });
  }
  return { manifest, keyslots, keyslotsText, databaseSha256, hasWal };
}

/** Reads only the manifest, for showing what a chosen file is before asking for its passphrase. */
export async function readManifest(file: string): Promise<BackupManifest> {
  return (await readArchive(file)).manifest;
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
