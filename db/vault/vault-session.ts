import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { assessPassphrase } from '../../shared/passphrase-strength';
import { generateRecoveryCode, normalizeRecoveryCode } from '../../shared/recovery-code';
import type { UnlockMethod, VaultStatus } from '../../shared/schemas/vault.schemas';
import { BACKUP_EXTENSION, type BackupManifest } from './backup-archive';
import { uniqueBackupPath, verifyDatabaseFile, writeVerifiedBackup } from './backup';
import { fsyncDirectory, fsyncFile, writeNewFile } from './atomic-file';
import { DEFAULT_KDF, KEY_BYTES, type KdfParams } from './kdf';
import * as slots from './keyslots';
import { getMeta, setMeta } from './meta.queries';
import { createVaultDatabase, openVaultDatabase, type SqliteDatabase } from './open-database';
import { AUTO_PREFIX, autoBackupDue, pruneAutoBackups } from './auto-backup';
import { archiveCurrentFiles, discardStaged, stageBackup, swapInStaged } from './restore';
import { getSodium } from './sodium';
import { createKysely, migrateToLatest, pendingMigrations, type VaultDb } from './vault-kysely';
import { diskState, ensurePrivateDir, vaultPaths, type VaultPaths } from './vault-paths';

export type VaultEvent = 'locked' | 'restored';
export interface UnlockTimings {
  kdfMs: number;
  openMs: number;
}
export interface UnlockResult {
  autoBackup: 'written' | 'not-due' | 'failed';
  migrationsApplied: number;
  timings: UnlockTimings;
}
export interface VaultSessionOptions {
  dataDir: string;
  /** Argon2id cost for new key slots (tests pass libsodium's minimum; users always get the default). */
  kdf?: KdfParams;
  autoBackup?: { keep: number; intervalMs: number };
  now?: () => Date;
}

interface OpenVault {
  sqlite: SqliteDatabase;
  db: VaultDb;
  key: Uint8Array;
  vaultId: string;
  canary: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The vault and its one open connection. Every operation runs one at a time; while locked it holds no key and no
 * connection. The three hosts (Electron, the command line, the E2E bridge) all go through this class.
 */
export class VaultSession {
  readonly paths: VaultPaths;
  readonly #kdf: KdfParams;
  readonly #autoBackup: { keep: number; intervalMs: number };
  readonly #now: () => Date;
  #open: OpenVault | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #listeners = new Set<(event: VaultEvent) => void>();

  constructor(options: VaultSessionOptions) {
    this.paths = vaultPaths(options.dataDir);
    this.#kdf = options.kdf ?? DEFAULT_KDF;
    this.#autoBackup = options.autoBackup ?? { keep: 7, intervalMs: DAY_MS };
    this.#now = options.now ?? (() => new Date());
  }

  status(): VaultStatus {
    return this.#open ? { state: 'unlocked' } : diskState(this.paths);
  }

  get isUnlocked(): boolean {
    return this.#open !== null;
  }

  /** The query builder over the open vault; VAULT_LOCKED otherwise. */
  get db(): VaultDb {
    return this.#require().db;
  }

  onEvent(listener: (event: VaultEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  create(passphrase: string): Promise<string> {
    return this.#serial(async () => {
      if (this.status().state !== 'absent') throw new AppError('VAULT_EXISTS', 'A vault already exists in this folder');
      if (!assessPassphrase(passphrase, 'en').acceptable) throw new AppError('WEAK_PASSPHRASE', 'Passphrase too weak');
      ensurePrivateDir(this.paths.dataDir);
      const sodium = await getSodium();
      const key = sodium.randombytes_buf(KEY_BYTES);
      const vaultId = crypto.randomUUID();
      const recoveryCode = generateRecoveryCode();
      try {
        const sealed = await Promise.all([
          slots.sealSlot(vaultId, { id: 'passphrase-1', kind: 'passphrase' }, passphrase, key, this.#kdf),
          slots.sealSlot(vaultId, { id: 'recovery', kind: 'recoveryCode' }, normalizeRecoveryCode(recoveryCode) ?? '', key, this.#kdf),
        ]);
        await this.#initializeDatabaseFile(key);
        const file: slots.KeySlotFile = { format: 'parloir-keyslots', version: 1, vaultId, slots: sealed };
        writeNewFile(this.paths.keyslots, slots.serializeKeySlotFile(file));
        await this.#openWithKey(key, vaultId);
        return recoveryCode;
      } catch (error) {
        if (!this.#open) sodium.memzero(key);
        throw error;
      }
    });
  }

  unlock(method: UnlockMethod, secret: string): Promise<UnlockResult> {
    return this.#serial(async () => {
      if (this.#open) throw new AppError('VAULT_EXISTS', 'The vault is already unlocked');
      const state = diskState(this.paths);
      if (state.state === 'absent') throw new AppError('VAULT_ABSENT', 'There is no vault to unlock');
      if (state.state === 'damaged') throw new AppError(state.code, 'The vault files cannot be used as they are');
      const file = slots.readKeySlotFile(this.paths.keyslots);
      const started = performance.now();
      const key = await unwrap(file, method, secret);
      const derived = performance.now();
      let migrationsApplied: number;
      try {
        migrationsApplied = await this.#openWithKey(key, file.vaultId);
      } catch (error) {
        (await getSodium()).memzero(key);
        throw error;
      }
      const timings = { kdfMs: derived - started, openMs: performance.now() - derived };
      return { autoBackup: await this.#maybeAutoBackup(), migrationsApplied, timings };
    });
  }

  lock(): Promise<void> {
    return this.#serial(() => this.#close('locked'));
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.#serial(async () => {
      const open = this.#require();
      if (!assessPassphrase(next, 'en').acceptable) throw new AppError('WEAK_PASSPHRASE', 'Passphrase too weak');
      const file = slots.readKeySlotFile(this.paths.keyslots);
      const slot = await this.#verifyPassphrase(file, current);
      const fresh = await slots.sealSlot(open.vaultId, slot, next, open.key, this.#kdf);
      slots.writeKeySlotFile(this.paths.keyslots, slots.withSlot(file, fresh));
    });
  }

  newRecoveryCode(passphrase: string): Promise<string> {
    return this.#serial(async () => {
      const open = this.#require();
      const file = slots.readKeySlotFile(this.paths.keyslots);
      await this.#verifyPassphrase(file, passphrase);
      const code = generateRecoveryCode();
      const id = file.slots.find((s) => s.kind === 'recoveryCode')?.id ?? 'recovery';
      const fresh = await slots.sealSlot(open.vaultId, { id, kind: 'recoveryCode' }, normalizeRecoveryCode(code) ?? '', open.key, this.#kdf);
      slots.writeKeySlotFile(this.paths.keyslots, slots.withSlot(file, fresh));
      return code;
    });
  }

  /** Writes a verified backup archive at `target` (which must not exist yet). */
  backupTo(target: string, kind: BackupManifest['kind'] = 'manual'): Promise<number> {
    return this.#serial(() => this.#backup(target, kind));
  }

  /** Verifies `file` with the secret, archives the current vault, swaps the backup in and opens it. */
  restore(file: string, method: UnlockMethod, secret: string): Promise<{ preRestoreBackup: string | null }> {
    return this.#serial(async () => {
      const staged = await stageBackup(this.paths, file);
      let key: Uint8Array | null = null;
      try {
        key = await unwrap(staged.contents.keyslots, method, secret);
        verifyDatabaseFile(staged.database, key, null);
        const currentId = this.#open?.vaultId ?? readVaultIdOrUnknown(this.paths);
        await this.#close(null);
        const preRestoreBackup = await archiveCurrentFiles(this.paths, this.#now(), currentId);
        swapInStaged(this.paths, staged);
        await this.#openWithKey(key, staged.contents.keyslots.vaultId);
        this.#emit('restored');
        return { preRestoreBackup };
      } catch (error) {
        if (key && !this.#open) (await getSodium()).memzero(key);
        throw error;
      } finally {
        discardStaged(staged);
      }
    });
  }

  #serial<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(operation);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  #require(): OpenVault {
    if (!this.#open) throw new AppError('VAULT_LOCKED', 'The vault is locked');
    return this.#open;
  }

  #emit(event: VaultEvent): void {
    for (const listener of this.#listeners) listener(event);
  }

  async #close(event: VaultEvent | null): Promise<void> {
    const open = this.#open;
    if (!open) return;
    this.#open = null;
    try {
      await open.db.destroy();
    } finally {
      (await getSodium()).memzero(open.key);
    }
    if (event) this.#emit(event);
  }

  async #verifyPassphrase(file: slots.KeySlotFile, passphrase: string): Promise<slots.KeySlot> {
    const open = this.#require();
    const sodium = await getSodium();
    for (const slot of file.slots.filter((s) => s.kind === 'passphrase')) {
      const key = await slots.openSlot(file.vaultId, slot, passphrase);
      if (!key) continue;
      const same = sodium.memcmp(key, open.key);
      sodium.memzero(key);
      if (same) return slot;
    }
    throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is wrong');
  }

  /** Builds the new database beside the vault, then copies it into place refusing to overwrite anything. */
  async #initializeDatabaseFile(key: Uint8Array): Promise<void> {
    const temp = path.join(this.paths.dataDir, `.vault.db.creating-${crypto.randomUUID()}`);
    try {
      const db = createKysely(createVaultDatabase(temp, key));
      try {
        await migrateToLatest(db);
        await setMeta(db, 'canary', `parloir-canary-${crypto.randomBytes(16).toString('hex')}`);
        await setMeta(db, 'created_at', this.#now().toISOString());
      } finally {
        await db.destroy();
      }
      fs.copyFileSync(temp, this.paths.database, fs.constants.COPYFILE_EXCL);
      fsyncFile(this.paths.database);
      fsyncDirectory(this.paths.dataDir);
    } finally {
      fs.rmSync(temp, { force: true });
      fs.rmSync(`${temp}-wal`, { force: true });
    }
  }

  async #openWithKey(key: Uint8Array, vaultId: string): Promise<number> {
    const sqlite = openVaultDatabase(this.paths.database, key);
    const db = createKysely(sqlite);
    try {
      const canary = (await getMeta(db, 'canary').catch(() => null)) ?? '';
      this.#open = { sqlite, db, key, vaultId, canary };
      const { pending, executed } = await pendingMigrations(db);
      if (pending > 0 && executed > 0) await this.#backup(this.#autoBackupPath('parloir-pre-migration'), 'pre-migration');
      return pending > 0 ? await migrateToLatest(db) : 0;
    } catch (error) {
      this.#open = null;
      await db.destroy();
      throw error;
    }
  }

  async #backup(target: string, kind: BackupManifest['kind']): Promise<number> {
    const open = this.#require();
    return writeVerifiedBackup({
      sqlite: open.sqlite,
      key: open.key,
      keyslotsText: fs.readFileSync(this.paths.keyslots, 'utf8'),
      manifest: { format: 'parloir-backup', version: 1, kind, createdAt: this.#now().toISOString(), vaultId: open.vaultId },
      canary: open.canary,
      target,
    });
  }

  #autoBackupPath(prefix: string): string {
    ensurePrivateDir(this.paths.backups);
    return uniqueBackupPath(this.paths.backups, prefix, this.#now(), BACKUP_EXTENSION);
  }

  /** At most one automatic backup per interval, the newest `keep` kept. A failure is reported, never fatal. */
  async #maybeAutoBackup(): Promise<UnlockResult['autoBackup']> {
    try {
      if (!autoBackupDue(this.paths.backups, this.#now(), this.#autoBackup.intervalMs)) return 'not-due';
      await this.#backup(this.#autoBackupPath(AUTO_PREFIX), 'auto');
      pruneAutoBackups(this.paths.backups, this.#autoBackup.keep);
      return 'written';
    } catch {
      return 'failed';
    }
  }
}

async function unwrap(file: slots.KeySlotFile, method: UnlockMethod, secret: string): Promise<Uint8Array> {
  if (method === 'passphrase') return slots.unwrapDatabaseKey(file, 'passphrase', secret);
  const code = normalizeRecoveryCode(secret);
  if (!code) throw new AppError('WRONG_PASSPHRASE', 'That is not a recovery code');
  return slots.unwrapDatabaseKey(file, 'recoveryCode', code);
}

function readVaultIdOrUnknown(paths: VaultPaths): string {
  try {
    return slots.readKeySlotFile(paths.keyslots).vaultId;
  } catch {
    return 'unknown';
  }
}
