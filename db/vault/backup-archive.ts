import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { fsyncDirectory } from './atomic-file';
import { parseKeySlotFile, type KeySlotFile } from './keyslots';
import { walkTar, type TarEntry } from './tar-walk';

/**
 * A backup is a plain ustar archive, so `tar xf` on any system gives back vault.db (SQLCipher 4, encrypted) and the
 * keyslots.json that unwraps its key. Nothing in it is readable without a passphrase or the recovery code.
 */
export const BACKUP_EXTENSION = '.parloir-backup';
export const ENTRY = {
  manifest: 'parloir-backup.json',
  keyslots: 'keyslots.json',
  database: 'vault.db',
  wal: 'vault.db-wal',
};
const MAX_JSON_BYTES = 1024 * 1024;
/** SQLCipher 4's page: a database file is a whole number of them (its first page holds the salt, not a header). */
const SQLCIPHER_PAGE_BYTES = 4096;
/** The only layout writeArchive produces: anything else (another order, a repeat, an extra name) is refused. */
const LAYOUT = [ENTRY.manifest, ENTRY.keyslots, ENTRY.database, ENTRY.wal];

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

export interface ArchiveOptions {
  /** Aborting destroys every stream at once and rejects with the signal's reason (a lock wins over a restore). */
  signal?: AbortSignal;
}

/** Writes the archive to `<target>.partial`, fsyncs it, and only then renames it into place. */
export async function writeArchive(target: string, parts: ArchiveParts, options: ArchiveOptions = {}): Promise<number> {
  const { signal } = options;
  signal?.throwIfAborted();
  const partial = `${target}.partial`;
  const pack = tar.pack();
  const out = fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 });
  const written = pipeline(pack, out, { signal });
  // Awaited below; until then an early failure (the target folder gone, say) must not count as unhandled.
  written.catch(() => undefined);
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
      await pipeline(fs.createReadStream(file), entry, { signal });
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
    out.destroy();
    await written.catch(() => undefined);
    fs.rmSync(partial, { force: true });
    if (signal?.aborted) throw signal.reason;
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

function invalid(message: string, cause?: unknown): AppError {
  return new AppError('BACKUP_INVALID', message, cause === undefined ? undefined : { cause });
}

/** A name from the file, quoted short enough for a log line. */
function quoted(name: string): string {
  return JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
}

/** Why this entry is not the one writeArchive puts at this place in the archive, or null when it is. */
function entryProblem({ header, bodyEnd, fileSize }: TarEntry, index: number): string | null {
  const { name, type, size } = header;
  if (LAYOUT.indexOf(name) >= 0 && LAYOUT.indexOf(name) < index) return `Duplicate entry ${quoted(name)}`;
  if (type !== 'file') return `Entry ${quoted(name)} is a ${type}, not a regular file`;
  if (name !== LAYOUT[index]) return `Unexpected entry ${quoted(name)}`;
  if (bodyEnd > fileSize) return `Entry ${quoted(name)} claims ${size} bytes that the file does not hold`;
  if ((name === ENTRY.manifest || name === ENTRY.keyslots) && size > MAX_JSON_BYTES) return `${name} is too large`;
  if (name === ENTRY.database && (size < SQLCIPHER_PAGE_BYTES || size % SQLCIPHER_PAGE_BYTES !== 0)) {
    return `vault.db (${size} bytes) is not a whole number of SQLCipher pages`;
  }
  return null;
}

async function readText(body: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function parseManifest(text: string): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw invalid('The backup manifest is not JSON', cause);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw invalid('The backup manifest is not valid');
  return parsed.data;
}

function parseKeyslots(text: string): KeySlotFile {
  try {
    return parseKeySlotFile(text);
  } catch (cause) {
    throw invalid('The key slots inside the backup are damaged', cause);
  }
}

function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** Hashes a database or WAL entry and, with `target`, writes it there (created here, fsynced, closed before return). */
async function copyEntry(
  body: AsyncIterable<Buffer>,
  size: number,
  target: string | null,
  created: string[],
): Promise<string> {
  const hash = createHash('sha256');
  if (!target) {
    for await (const chunk of body) hash.update(chunk);
    return hash.digest('hex');
  }
  const { bavail, bsize } = fs.statfsSync(path.dirname(target));
  if (size > bavail * bsize) throw new AppError('DISK_FULL', 'Not enough free space to unpack the backup');
  const handle = await fs.promises.open(target, 'wx', 0o600);
  created.push(target);
  try {
    for await (const chunk of body) {
      hash.update(chunk);
      for (let offset = 0; offset < chunk.length;) offset += (await handle.write(chunk, offset)).bytesWritten;
    }
    await handle.sync();
  } catch (error) {
    if (isDiskFull(error)) throw new AppError('DISK_FULL', 'The disk is full', { cause: error });
    throw error;
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

/**
 * Reads and checks an archive: exactly the entries writeArchive writes, in its order, each a regular file of a
 * plausible size. With `extractTo`, vault.db (and a WAL if any) are written into that folder (encrypted bytes, as
 * stored, fsynced); without it they are only hashed. On any failure, or an abort, nothing it wrote is left there.
 */
export async function readArchive(
  file: string,
  extractTo?: string,
  options: ArchiveOptions = {},
): Promise<ArchiveContents> {
  const { signal } = options;
  signal?.throwIfAborted();
  const created: string[] = [];
  const found: Partial<ArchiveContents> = { hasWal: false };
  let index = 0;
  try {
    await walkTar(
      file,
      async (entry) => {
        const problem = entryProblem(entry, index);
        index += 1;
        if (problem) throw invalid(problem);
        const { name, size } = entry.header;
        if (name === ENTRY.manifest) {
          found.manifest = parseManifest(await readText(entry.body));
        } else if (name === ENTRY.keyslots) {
          found.keyslotsText = await readText(entry.body);
          found.keyslots = parseKeyslots(found.keyslotsText);
        } else {
          const sha256 = await copyEntry(entry.body, size, extractTo ? path.join(extractTo, name) : null, created);
          if (name === ENTRY.database) found.databaseSha256 = sha256;
          else found.hasWal = true;
        }
      },
      signal,
    );
    const { manifest, keyslots, keyslotsText, databaseSha256, hasWal = false } = found;
    if (!manifest || !keyslots || keyslotsText === undefined || !databaseSha256)
      throw invalid('The backup is incomplete');
    if (extractTo) fsyncDirectory(extractTo);
    return { manifest, keyslots, keyslotsText, databaseSha256, hasWal };
  } catch (error) {
    for (const name of created) fs.rmSync(name, { force: true });
    throw error;
  }
}

/** Reads only the manifest, for showing what a chosen file is before asking for its passphrase. */
export async function readManifest(file: string, options: ArchiveOptions = {}): Promise<BackupManifest> {
  return (await readArchive(file, undefined, options)).manifest;
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
