import fs from 'node:fs';
import { SQLite, type SqliteDatabase } from './sqlite';
import { AppError } from '../../shared/errors';
import { MIGRATION_TABLE, migrationNames } from '../migrations';
import { assertExactSchema, distrustSchema, type ExpectedSchema } from './schema-check';
import { toAppError } from './sqlite-errors';

export type { SqliteDatabase };

/** The pragmas every open vault runs with, and what SQLite must answer when asked back. */
export const REQUIRED_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 2, // FULL: a commit that returned has reached the disk
  foreign_keys: 1,
  secure_delete: 1, // deleted rows are overwritten, not left in free pages
  temp_store: 2, // MEMORY: sorts and temp tables never touch a temp file
  trusted_schema: 0, // OFF, set by distrustSchema before the schema is first read
  cache_size: -65_536, // 64 MiB of decrypted pages: see VAULT_CACHE_SIZE
} as const;

/**
 * `x'<64 hex>'` in a Buffer we can zero: SQLCipher takes it as the raw 256-bit key (no second KDF), and no JS string
 * ever holds the key.
 */
function rawKeySpec(key: Uint8Array): Buffer {
  const hex = '0123456789abcdef';
  const spec = Buffer.alloc(3 + key.length * 2);
  spec[0] = 0x78; // x
  spec[1] = 0x27; // '
  key.forEach((byte, i) => {
    spec[2 + i * 2] = hex.charCodeAt(byte >> 4);
    spec[3 + i * 2] = hex.charCodeAt(byte & 15);
  });
  spec[spec.length - 1] = 0x27;
  return spec;
}

/** SQLCipher 4 settings (what `sqlcipher` 4.x uses by default), then the key; the caller reads before trusting it. */
export function applyKey(db: SqliteDatabase, key: Uint8Array): void {
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  const spec = rawKeySpec(key);
  try {
    db.key(spec);
  } finally {
    spec.fill(0);
  }
}

/** Re-encrypts every page under `key` (SQLite3MultipleCiphers `PRAGMA rekey`), the key spec zeroed after. */
export function rekeyWith(db: SqliteDatabase, key: Uint8Array): void {
  const spec = rawKeySpec(key);
  try {
    db.rekey(spec);
  } finally {
    spec.fill(0);
  }
}

export function readPragma(db: SqliteDatabase, name: string): unknown {
  return db.pragma(name, { simple: true });
}

/** Refuses a vault whose schema holds migrations this version does not know; reads only. */
export function assertSchemaKnown(db: SqliteDatabase, known: readonly string[] = migrationNames): void {
  const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATION_TABLE);
  if (!table) return;
  const rows = db.prepare(`SELECT name FROM ${MIGRATION_TABLE}`).all() as { name: string }[];
  const unknown = rows.map((r) => r.name).filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new AppError('VAULT_TOO_NEW', `The vault has ${unknown.length} migration(s) this version does not know`);
  }
}

/**
 * SQLCipher decrypts and checks the HMAC of every page it reads into the page cache, so a page read again after being
 * evicted costs that again. With SQLite's default 2 MB cache, the dashboard and twenty prisoner pages of the large
 * bench vault (200,000 letters), asked twice on one connection, took 2.3 times as long the second time as on a plain
 * copy of it; with 64 MiB, about as long (0.95 to 1.2 times): the working set (the indexes the dashboard and the lists
 * read, the pages of the prisoners looked at) is decrypted once per unlock. It is a ceiling, not an allocation: the
 * cache grows only as pages are read. The decrypted pages live in this process's memory only while the vault is
 * unlocked (the threat model allows that: the app shows the same data), and go with the connection, which every lock
 * closes.
 */
export const VAULT_CACHE_SIZE = REQUIRED_PRAGMAS.cache_size;

function applyRequiredPragmas(db: SqliteDatabase): void {
  db.pragma(`cache_size = ${VAULT_CACHE_SIZE}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  for (const [name, expected] of Object.entries(REQUIRED_PRAGMAS)) {
    const actual = readPragma(db, name);
    if (actual !== expected) {
      throw new Error(`PRAGMA ${name} is ${String(actual)}, expected ${String(expected)}`);
    }
  }
}

export interface OpenOptions {
  /** Full page-by-page check at open (HMAC of every page): catches a damaged byte before anything is written. */
  quickCheck?: boolean;
  /** Migration names this build knows (default: the schema's, else the shipped list); any other is VAULT_TOO_NEW. */
  knownMigrations?: readonly string[];
  /**
   * The exact schema the vault's migrations build (`await expectedSchema(migrations)`). Anything else in
   * `sqlite_master` is VAULT_SCHEMA_UNEXPECTED.
   */
  schema: ExpectedSchema;
}

/**
 * Opens an existing vault file with its raw key. Never creates a file: a missing, damaged, newer, busy or tampered
 * vault is a typed error and the file is left as it was.
 */
export function openVaultDatabase(file: string, key: Uint8Array, options: OpenOptions): SqliteDatabase {
  if (!fs.existsSync(file)) throw new AppError('VAULT_FILE_MISSING', 'vault.db does not exist');
  let db: SqliteDatabase | undefined;
  try {
    db = new SQLite(file, { fileMustExist: true, timeout: 0 });
    applyKey(db, key);
    distrustSchema(db);
    // Exclusive locking holds the file lock until close: a second process gets SQLITE_BUSY (VAULT_IN_USE), and the
    // WAL index lives in memory instead of a -shm file.
    db.pragma('locking_mode = EXCLUSIVE');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    assertSchemaKnown(db, options.knownMigrations ?? options.schema.names);
    assertExactSchema(db, options.schema, 'VAULT_SCHEMA_UNEXPECTED');
    applyRequiredPragmas(db);
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    if (options.quickCheck !== false) {
      const result = readPragma(db, 'quick_check');
      if (result !== 'ok') throw new AppError('VAULT_CORRUPT', 'quick_check failed');
    }
    return db;
  } catch (error) {
    db?.close();
    throw toAppError(error, 'Opening the vault');
  }
}

/** Creates a brand-new keyed database at `file` (which must not exist) with the required pragmas. */
export function createVaultDatabase(file: string, key: Uint8Array): SqliteDatabase {
  if (fs.existsSync(file)) throw new AppError('VAULT_EXISTS', `${file} already exists`);
  const db = new SQLite(file, { timeout: 0 });
  try {
    applyKey(db, key);
    distrustSchema(db);
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('application_id = 0x50524c52'); // "PRLR": identifies a Parloir vault to whoever holds the key
    applyRequiredPragmas(db);
    return db;
  } catch (error) {
    db.close();
    throw toAppError(error, 'Creating the vault');
  }
}
