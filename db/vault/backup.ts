import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Migration } from 'kysely/migration';
import { SQLite } from './sqlite';
import { AppError } from '../../shared/errors';
import { sha256File, readArchive, writeArchive, type BackupManifest } from './backup-archive';
import { applyKey, assertSchemaKnown, readPragma, type SqliteDatabase } from './open-database';
import { assertExactSchema, distrustSchema, expectedSchema, type ExpectedSchema } from './schema-check';
import { toAppError } from './sqlite-errors';

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Opens a database file with the key and checks it fully: integrity_check, exactly the schema its migrations build
 * (`schema`: `await expectedSchema(migrations)`), an encrypted header, and the vault's canary
 * string nowhere in the raw bytes. Throws BACKUP_INVALID (or VAULT_TOO_NEW) otherwise.
 */
export function verifyDatabaseFile(
  file: string,
  key: Uint8Array,
  canary: string | null,
  knownMigrations: readonly string[] | undefined,
  schema: ExpectedSchema,
): void {
  const raw = fs.readFileSync(file);
  if (raw.subarray(0, PLAINTEXT_HEADER.length).equals(PLAINTEXT_HEADER)) {
    throw new AppError('BACKUP_INVALID', 'The database copy is not encrypted');
  }
  if (canary && raw.includes(Buffer.from(canary, 'utf8'))) {
    throw new AppError('BACKUP_INVALID', 'Plaintext found in the database copy');
  }
  let db: SqliteDatabase | undefined;
  try {
    db = new SQLite(file, { fileMustExist: true, timeout: 0 });
    applyKey(db, key);
    distrustSchema(db);
    db.pragma('locking_mode = EXCLUSIVE');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    assertSchemaKnown(db, knownMigrations ?? schema.names);
    assertExactSchema(db, schema, 'BACKUP_INVALID');
    const result = readPragma(db, 'integrity_check');
    if (result !== 'ok') throw new AppError('BACKUP_INVALID', `integrity_check: ${String(result)}`);
  } catch (error) {
    const mapped = toAppError(error, 'Verifying a backup');
    if (mapped instanceof AppError && mapped.code === 'VAULT_TOO_NEW') throw mapped;
    if (mapped instanceof AppError && mapped.code === 'BACKUP_INVALID') throw mapped;
    throw new AppError('BACKUP_INVALID', 'The database copy does not open with its key', { cause: error });
  } finally {
    db?.close();
  }
}

export interface BackupRequest {
  sqlite: SqliteDatabase;
  key: Uint8Array;
  keyslotsText: string;
  manifest: BackupManifest;
  canary: string;
  target: string;
  knownMigrations?: readonly string[];
  /** The vault's migration list when it is not this build's (tests): the copy must have exactly the schema it builds. */
  migrations?: Record<string, Migration>;
  /**
   * Where the encrypted work copy is made (the data folder): never beside `target`, so that a crash during a backup
   * to a USB stick leaves at most the partial archive there, which the vault session removes at the next unlock.
   */
  workDir?: string;
  /** A lock stops the backup between its steps; the partial archive is removed. */
  signal?: AbortSignal;
}

function failure(error: unknown): unknown {
  const mapped = toAppError(error, 'Writing a backup');
  if (mapped instanceof AppError) return mapped;
  if ((error as NodeJS.ErrnoException).code === 'ENOSPC') return new AppError('DISK_FULL', 'The disk is full');
  return new AppError('BACKUP_FAILED', 'The backup could not be written', { cause: error });
}

/**
 * VACUUM INTO an encrypted copy (SQLite3MultipleCiphers keys it like the source), verify the copy, pack it with the
 * key slots, then read the archive back and compare hashes: the file on disk is the verified copy, byte for byte.
 */
export async function writeVerifiedBackup(request: BackupRequest): Promise<number> {
  const dir = request.workDir ?? path.dirname(request.target);
  const copy = path.join(dir, `.${path.basename(request.target)}.${crypto.randomUUID()}.db`);
  const options = request.signal ? { signal: request.signal } : {};
  try {
    if (fs.existsSync(request.target)) throw new AppError('BACKUP_FAILED', 'The backup file already exists');
    request.signal?.throwIfAborted();
    const schema = await expectedSchema(request.migrations);
    request.sqlite.prepare('VACUUM INTO ?').run(copy);
    fs.chmodSync(copy, 0o600);
    verifyDatabaseFile(copy, request.key, request.canary, request.knownMigrations, schema);
    const expected = await sha256File(copy);
    const bytes = await writeArchive(
      request.target,
      { manifest: request.manifest, keyslots: request.keyslotsText, database: copy },
      options,
    );
    const readBack = await readArchive(request.target);
    if (readBack.databaseSha256 !== expected || readBack.keyslotsText !== request.keyslotsText) {
      fs.rmSync(request.target, { force: true });
      throw new AppError('BACKUP_FAILED', 'The backup read back differs from what was written');
    }
    return bytes;
  } catch (error) {
    throw failure(error);
  } finally {
    fs.rmSync(copy, { force: true });
    fs.rmSync(`${copy}-wal`, { force: true });
  }
}

/** A name that sorts by time and never collides with an existing file. */
export function uniqueBackupPath(dir: string, prefix: string, now: Date, extension: string): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  let candidate = path.join(dir, `${prefix}-${stamp}${extension}`);
  for (let n = 2; fs.existsSync(candidate); n += 1) candidate = path.join(dir, `${prefix}-${stamp}-${n}${extension}`);
  return candidate;
}
