import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Migration } from 'kysely/migration';
import { AppError } from '../../shared/errors';
import { assessPassphrase } from '../../shared/passphrase-strength';
import { generateRecoveryCode } from '../../shared/recovery-code';
import type { UnlockMethod, VaultStatus } from '../../shared/schemas/vault.schemas';
import { migrations as shippedMigrations } from '../migrations';
import { BACKUP_EXTENSION, type BackupManifest } from './backup-archive';
import { uniqueBackupPath, verifyDatabaseFile, writeVerifiedBackup } from './backup';
import { writeNewFile } from './atomic-file';
import { DEFAULT_KDF, KEY_BYTES, type KdfParams } from './kdf';
import * as slots from './keyslots';
import { AUTO_PREFIX, autoBackupDue, pruneAutoBackups } from './auto-backup';
import { archiveCurrentFiles, discardStaged, stageBackup, swapInStaged } from './restore';
import { getSodium } from './sodium';
import { passphraseSlotFor, readVaultIdOrUnknown, RECOVERY_SLOT_ID, sealNewVault, sealRecoveryCode, unwrapSecret, zeroKey } from './vault-keys';
import { initializeDatabaseFile, openDatabase, type OpenedDatabase } from './vault-open';
import type { VaultDb } from './vault-kysely';
import { diskState, ensurePrivateDir, removeLeftovers, vaultPaths, type VaultPaths } from './vault-paths';

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
  /** The schema history this build knows; tests add migrations to exercise upgrades. */
  migrations?: Record<string, Migration>;
  /** Tests only: called with each database-key buffer the session takes, so a test can see lock zero it. */
  observeKey?: (key: Uint8Array) => void;
}

interface OpenVault extends OpenedDatabase {
  key: Uint8Array;
  vaultId: string;
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
  readonly #migrations: Record<string, Migration>;
  readonly #observeKey: (key: Uint8Array) => void;
  #open: OpenVault | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #listeners = new Set<(event: VaultEvent) => void>();

  constructor(options: VaultSessionOptions) {
    this.paths = vaultPaths(options.dataDir);
    this.#kdf = options.kdf ?? DEFAULT_KDF;
    this.#autoBackup = options.autoBackup ?? { keep: 7, intervalMs: DAY_MS };
    this.#now = options.now ?? (() => new Date());
    this.#migrations = options.migrations ?? shippedMigrations;
    this.#observeKey = options.observeKey ?? (() => undefined);
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
      const key = (await getSodium()).randombytes_buf(KEY_BYTES);
      this.#observeKey(key);
      const vaultId = crypto.randomUUID();
      const recoveryCode = generateRecoveryCode();
      try {
        const file = await sealNewVault(vaultId, passphrase, recoveryCode, key, this.#kdf);
        await initializeDatabaseFile(this.paths, key, this.#now(), this.#migrations);
        writeNewFile(this.paths.keyslots, slots.serializeKeySlotFile(file));
        await this.#openWithKey(key, vaultId);
        return recoveryCode;
      } catch (error) {
        await zeroKey(key);
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
      const key = await unwrapSecret(file, method, secret);
      this.#observeKey(key);
      const derived = performance.now();
      let migrationsApplied: number;
      try {
        migrationsApplied = await this.#openWithKey(key, file.vaultId);
      } catch (error) {
        await zeroKey(key);
        throw error;
      }
      const timings = { kdfMs: derived - started, openMs: performance.now() - derived };
      removeLeftovers(this.paths);
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
      const slot = await passphraseSlotFor(file, current, open.key);
      const fresh = await slots.sealSlot(open.vaultId, slot, next, open.key, this.#kdf);
      slots.writeKeySlotFile(this.paths.keyslots, slots.withSlot(file, fresh));
    });
  }

  newRecoveryCode(passphrase: string): Promise<string> {
    return this.#serial(async () => {
      const open = this.#require();
      const file = slots.readKeySlotFile(this.paths.keyslots);
      await passphraseSlotFor(file, passphrase, open.key);
      const code = generateRecoveryCode();
      const id = file.slots.find((s) => s.kind === 'recoveryCode')?.id ?? RECOVERY_SLOT_ID;
      const fresh = await sealRecoveryCode(open.vaultId, id, code, open.key, this.#kdf);
      slots.writeKeySlotFile(this.paths.keyslots, slots.withSlot(file, fresh));
      return code;
    });
  }

  /** Writes a verified backup archive at `target` (which must not exist yet). */
  backupTo(target: string, kind: BackupManifest['kind'] = 'manual'): Promise<number> {
    return this.#serial(() => this.#backup(this.#require(), target, kind));
  }

  /** Verifies `file` with the secret, archives the current vault, swaps the backup in and opens it. */
  restore(file: string, method: UnlockMethod, secret: string): Promise<{ preRestoreBackup: string | null }> {
    return this.#serial(async () => {
      const staged = await stageBackup(this.paths, file);
      let key: Uint8Array | null = null;
      let closedOpenVault = false;
      try {
        key = await unwrapSecret(staged.contents.keyslots, method, secret);
        this.#observeKey(key);
        verifyDatabaseFile(staged.database, key, null, Object.keys(this.#migrations));
        const currentId = this.#open?.vaultId ?? readVaultIdOrUnknown(this.paths.keyslots);
        closedOpenVault = this.#open !== null;
        await this.#close(null);
        const preRestoreBackup = await archiveCurrentFiles(this.paths, this.#now(), currentId);
        swapInStaged(this.paths, staged);
        await this.#openWithKey(key, staged.contents.keyslots.vaultId);
        this.#emit('restored');
        return { preRestoreBackup };
      } catch (error) {
        if (!this.#open) await zeroKey(key);
        // The vault the host showed is gone: it must drop what it displayed, as after any lock.
        if (closedOpenVault && !this.#open) this.#emit('locked');
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
      await zeroKey(open.key);
    }
    if (event) this.#emit(event);
  }

  /** Opens vault.db and keeps it; the key is the session's from here on (zeroed by #close), or the caller's on error. */
  async #openWithKey(key: Uint8Array, vaultId: string): Promise<number> {
    const { opened, migrationsApplied } = await openDatabase(this.paths, key, this.#migrations, (current) =>
      this.#backup({ ...current, key, vaultId }, this.#autoBackupPath('parloir-pre-migration'), 'pre-migration').then(() => undefined),
    );
    this.#open = { ...opened, key, vaultId };
    return migrationsApplied;
  }

  async #backup(open: OpenVault, target: string, kind: BackupManifest['kind']): Promise<number> {
    return writeVerifiedBackup({
      sqlite: open.sqlite,
      key: open.key,
      keyslotsText: fs.readFileSync(this.paths.keyslots, 'utf8'),
      manifest: { format: 'parloir-backup', version: 1, kind, createdAt: this.#now().toISOString(), vaultId: open.vaultId },
      canary: open.canary,
      target,
      knownMigrations: Object.keys(this.#migrations),
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
      await this.#backup(this.#require(), this.#autoBackupPath(AUTO_PREFIX), 'auto');
      pruneAutoBackups(this.paths.backups, this.#autoBackup.keep);
      return 'written';
    } catch {
      return 'failed';
    }
  }
}
