import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Migration } from 'kysely/migration';
import { AppError } from '../../shared/errors';
import { generateRecoveryCode } from '../../shared/vault/recovery-code';
import type { UnlockMethod, VaultStatus } from '../../shared/vault/vault.schemas';
import { migrations as shippedMigrations } from '../migrations';
import type { BackupManifest } from './backup-archive';
import { writeNewFile } from './atomic-file';
import { DEFAULT_KDF, SLOT_KDF_BOUNDS, type KdfBounds, type KdfParams } from './kdf';
import { rekeyOpenVault, type KeyChangeOutcome, type KeyChangeProgress } from './key-change';
import * as slots from './keyslots';
import { runRestore, type RestoreOutcome } from './restore-flow';
import { expectedSchema } from './schema-check';
import {
  backupInto,
  maybeAutoBackup,
  removePendingBackup,
  pendingBackupArchives,
  type AutoBackupPolicy,
} from './session-backups';
import type { SessionStep, UnlockResult, VaultEvent, VaultSessionOptions } from './vault-session-types';
import { SessionQueue } from './session-queue';
import { scrubStack } from './stack-scrub';
import { journalPath, rollForward } from './swap-journal';
import {
  planPassphraseChange,
  planRecoveryCodeChange,
  sealNewVault,
  unwrapSecret,
  zeroKey,
  type PlannedKeySet,
} from './vault-keys';
import { initializeDatabaseFile, openDatabase, type OpenedDatabase } from './vault-open';
import type { VaultDb } from './vault-kysely';
import {
  diskState,
  ensurePrivateDir,
  removeLeftovers,
  restrictPermissions,
  vaultPaths,
  type VaultPaths,
} from './vault-paths';
import { wipeVaultFiles, type WipeTimings } from './wipe';

export type {
  KeyChangeOutcome,
  KeyChangeProgress,
  RestoreOutcome,
  SessionStep,
  UnlockResult,
  VaultEvent,
  VaultSessionOptions,
} from './vault-session-types';

interface OpenVault extends OpenedDatabase {
  key: Uint8Array;
  vaultId: string;
}

/**
 * Loaded when a passphrase is set, not at every start: the strength check's dictionaries take a fifth of a second to
 * unpack, which every unlock from the command line would otherwise wait for.
 */
async function passphraseAcceptable(passphrase: string): Promise<boolean> {
  const { assessPassphrase } = await import('../../shared/vault/passphrase-strength');
  return assessPassphrase(passphrase, 'en').acceptable;
}

/**
 * The vault and its one open connection. Every operation runs one at a time; while locked it holds no key and no
 * connection. A lock does not queue behind long work: it aborts it first. The three hosts (Electron, the command
 * line, the E2E bridge) all go through this class.
 */
export class VaultSession {
  readonly paths: VaultPaths;
  readonly #kdf: KdfParams;
  readonly #bounds: KdfBounds;
  readonly #autoBackup: AutoBackupPolicy;
  readonly #now: () => Date;
  readonly #migrations: Record<string, Migration>;
  readonly #observeKey: (key: Uint8Array) => void;
  readonly #onStep: (step: SessionStep) => void;
  #open: OpenVault | null = null;
  readonly #queue = new SessionQueue();
  readonly #listeners = new Set<(event: VaultEvent) => void>();
  /** Aborted whenever the vault closes: work that handlers run on the open vault (imports, renders) stops. */
  #lockController = new AbortController();
  #progress: KeyChangeProgress | null = null;
  /** What the last restore did, kept for the window it reloaded (which could not receive the answer). */
  #lastRestore: (RestoreOutcome & { restoredFrom: string }) | null = null;

  constructor(options: VaultSessionOptions) {
    this.paths = vaultPaths(options.dataDir);
    this.#kdf = options.kdf ?? DEFAULT_KDF;
    this.#bounds = SLOT_KDF_BOUNDS;
    this.#autoBackup = options.autoBackup ?? { keep: 7, intervalMs: 24 * 60 * 60 * 1000 };
    this.#now = options.now ?? (() => new Date());
    this.#migrations = options.migrations ?? shippedMigrations;
    this.#observeKey = options.observeKey ?? (() => undefined);
    this.#onStep = options.onStep ?? (() => undefined);
  }

  status(): VaultStatus {
    if (this.#open) return { state: 'unlocked' };
    try {
      rollForward(this.paths);
    } catch (error) {
      return { state: 'damaged', code: error instanceof AppError ? error.code : 'KEYSLOTS_DAMAGED' };
    }
    return diskState(this.paths);
  }

  get isUnlocked(): boolean {
    return this.#open !== null;
  }

  /**
   * Aborted as soon as a lock (or anything that closes the vault) starts, before the connection closes: long work
   * passes it along and stops, so a lock never waits for it. A fresh signal after each lock.
   */
  get lockSignal(): AbortSignal {
    return this.#lockController.signal;
  }

  /** The last restore's outcome, once: the window reloaded by the restore shows it, then it is gone. */
  takeRestoreOutcome(): (RestoreOutcome & { restoredFrom: string }) | null {
    const outcome = this.#lastRestore;
    this.#lastRestore = null;
    return outcome;
  }

  /** Where a re-key or a restore is, for a progress bar; null when none runs. */
  progress(): KeyChangeProgress | null {
    return this.#progress ? { ...this.#progress } : null;
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
    return this.#queue.serial(async () => {
      if (this.status().state !== 'absent') throw new AppError('VAULT_EXISTS', 'A vault already exists in this folder');
      if (!(await passphraseAcceptable(passphrase))) throw new AppError('WEAK_PASSPHRASE', 'Passphrase too weak');
      ensurePrivateDir(this.paths.dataDir);
      const vaultId = crypto.randomUUID();
      const recoveryCode = generateRecoveryCode();
      const { key, file } = await sealNewVault(vaultId, passphrase, recoveryCode, this.#kdf);
      this.#observeKey(key);
      try {
        await initializeDatabaseFile(this.paths, key, this.#now(), this.#migrations);
        writeNewFile(this.paths.keyslots, slots.serializeKeySlotFile(file));
        restrictPermissions(this.paths);
        await this.#openWithKey(key, vaultId);
        return recoveryCode;
      } catch (error) {
        zeroKey(key);
        throw error;
      }
    });
  }

  unlock(method: UnlockMethod, secret: string): Promise<UnlockResult> {
    return this.#queue.abortable(async (signal) => {
      if (this.#open) throw new AppError('VAULT_EXISTS', 'The vault is already unlocked');
      const state = this.status();
      if (state.state === 'absent') throw new AppError('VAULT_ABSENT', 'There is no vault to unlock');
      if (state.state === 'damaged') throw new AppError(state.code, 'The vault files cannot be used as they are');
      const file = slots.readKeySlotFile(this.paths.keyslots, this.#bounds);
      const started = performance.now();
      this.#onStep('deriving');
      const unwrapping = unwrapSecret(file, method, secret, this.#kdf, signal);
      // The key worker derives on another core for seconds: meanwhile this thread builds the schema the open checks
      // (its failure, if any, is the open's to report).
      expectedSchema(this.#migrations).catch(() => undefined);
      const { key, rewritten } = await unwrapping;
      this.#observeKey(key);
      const derived = performance.now();
      let migrationsApplied: number;
      try {
        signal.throwIfAborted();
        migrationsApplied = await this.#openWithKey(key, file.vaultId);
      } catch (error) {
        zeroKey(key);
        throw error;
      }
      // A slot in the old format or below today's cost is rewritten now that its secret has proved right.
      if (rewritten) slots.writeKeySlotFile(this.paths.keyslots, rewritten);
      const timings = { kdfMs: derived - started, openMs: performance.now() - derived };
      removeLeftovers(this.paths);
      removePendingBackup(this.paths);
      restrictPermissions(this.paths);
      const autoBackup = await maybeAutoBackup(this.#backupHost(), this.#autoBackup);
      return { autoBackup, migrationsApplied, timings };
    });
  }

  /** Lock wins: whatever runs is told to stop at once, then the vault closes as soon as it has. */
  lock(): Promise<void> {
    this.#abortAll();
    return this.#queue.serial(() => this.#close('locked'));
  }

  /** Re-keys the vault under the new passphrase; a format 1 recovery slot is replaced by a new code, returned. */
  changePassphrase(current: string, next: string): Promise<KeyChangeOutcome & { recoveryCode: string | null }> {
    return this.#keyChange(async (file, open, signal) => {
      if (!(await passphraseAcceptable(next))) throw new AppError('WEAK_PASSPHRASE', 'Passphrase too weak');
      const plan = await planPassphraseChange(file, current, next, open.key, this.#kdf, signal);
      return { plan, recoveryCode: plan.newRecoveryCode };
    });
  }

  /** Re-keys the vault with a new recovery code (the passphrase is checked first) and returns the code. */
  newRecoveryCode(passphrase: string): Promise<KeyChangeOutcome & { recoveryCode: string }> {
    return this.#keyChange(async (file, open, signal) => {
      const { recoveryCode, ...plan } = await planRecoveryCodeChange(file, passphrase, open.key, this.#kdf, signal);
      return { plan, recoveryCode };
    });
  }

  /** Writes a verified backup archive at `target` (which must not exist yet). */
  backupTo(target: string, kind: BackupManifest['kind'] = 'manual'): Promise<number> {
    return this.#queue.abortable((signal) => backupInto(this.#backupHost(), target, kind, signal));
  }

  /** Verifies `file` with the secret, re-keys it, archives the current vault, swaps the backup in and opens it. */
  restore(file: string, method: UnlockMethod, secret: string): Promise<RestoreOutcome> {
    return this.#queue.abortable(async (signal) => {
      let closedOpenVault = false;
      try {
        const result = await runRestore(
          {
            ...this.#hostBase(signal),
            bounds: this.#bounds,
            now: this.#now,
            migrations: this.#migrations,
            observeKey: this.#observeKey,
            currentVaultId: () => this.#open?.vaultId ?? null,
            closeCurrent: async () => {
              closedOpenVault = this.#open !== null;
              await this.#close(null);
            },
          },
          file,
          method,
          secret,
        );
        try {
          await this.#openWithKey(result.key, result.vaultId);
        } catch (error) {
          zeroKey(result.key);
          throw error;
        }
        this.#lastRestore = { ...result.outcome, restoredFrom: path.basename(file) };
        this.#emit('restored');
        return result.outcome;
      } catch (error) {
        // The vault the host showed is gone: it must drop what it displayed, as after any lock.
        if (closedOpenVault && !this.#open) this.#emit('locked');
        throw error;
      } finally {
        this.#progress = null;
      }
    });
  }

  /**
   * Panic wipe: aborts whatever runs, closes the vault, destroys every key slot in the data folder (inside every
   * backup too), then deletes the vault. The next start is a first run. Backups kept elsewhere still open.
   */
  wipe(): Promise<WipeTimings> {
    this.#abortAll();
    return this.#queue.serial(async () => {
      await this.#close(null);
      const timings = wipeVaultFiles(this.paths, pendingBackupArchives(this.paths));
      removePendingBackup(this.paths);
      this.#emit('wiped');
      return timings;
    });
  }

  #abortAll(): void {
    this.#queue.abortAll();
    this.#abortWork();
  }

  #require(): OpenVault {
    if (!this.#open) throw new AppError('VAULT_LOCKED', 'The vault is locked');
    return this.#open;
  }

  #abortWork(): void {
    this.#lockController.abort(new AppError('VAULT_LOCKED', 'The vault was locked'));
    this.#lockController = new AbortController();
  }

  #emit(event: VaultEvent): void {
    for (const listener of this.#listeners) listener(event);
  }

  async #close(event: VaultEvent | null): Promise<void> {
    const open = this.#open;
    if (!open) return;
    this.#abortWork();
    this.#open = null;
    try {
      await open.db.destroy();
    } finally {
      zeroKey(open.key);
      scrubStack();
    }
    if (event) this.#emit(event);
  }

  /**
   * A change of secret: the plan is made from the slot file (checking the secret typed), then the vault is re-keyed
   * and reopened under its new key. A lock or a failure before the commit leaves every file as it was.
   */
  #keyChange<R extends object>(
    prepare: (file: slots.KeySlotFile, open: OpenVault, signal: AbortSignal) => Promise<{ plan: PlannedKeySet } & R>,
  ): Promise<KeyChangeOutcome & R> {
    return this.#queue.abortable(async (signal) => {
      const open = this.#require();
      const file = slots.readKeySlotFile(this.paths.keyslots, this.#bounds);
      const { plan, ...extra } = await prepare(file, open, signal);
      let released = false;
      try {
        const { key, outcome } = await rekeyOpenVault(
          {
            ...this.#hostBase(signal),
            closeConnection: async () => {
              released = true;
              this.#open = null;
              await open.db.destroy();
            },
          },
          file.vaultId,
          open.key,
          plan,
        );
        this.#observeKey(key);
        zeroKey(open.key);
        try {
          await this.#openWithKey(key, file.vaultId);
        } catch (error) {
          zeroKey(key);
          this.#emit('locked');
          throw error;
        }
        return { ...outcome, ...(extra as R) };
      } catch (error) {
        // Closed for the swap and not reopened: reopen the untouched vault, unless a lock asked for it closed.
        if (released && !this.#open) await this.#reopenAfterFailure(open, signal);
        throw error;
      } finally {
        this.#progress = null;
      }
    });
  }

  async #reopenAfterFailure(open: OpenVault, signal: AbortSignal): Promise<void> {
    // A committed journal means the files now belong to the new key: the next unlock finishes the swap.
    if (signal.aborted || fs.existsSync(journalPath(this.paths)) || open.key.every((byte) => byte === 0)) {
      zeroKey(open.key);
      this.#emit('locked');
      return;
    }
    try {
      await this.#openWithKey(open.key, open.vaultId);
    } catch {
      zeroKey(open.key);
      this.#emit('locked');
    }
  }

  /** Opens vault.db and keeps it; the key is the session's from here on (zeroed by #close), or the caller's on error. */
  async #openWithKey(key: Uint8Array, vaultId: string): Promise<number> {
    const { opened, migrationsApplied } = await openDatabase(this.paths, key, this.#migrations, (current) =>
      backupInto(this.#backupHost({ ...current, key, vaultId }), null, 'pre-migration').then(() => undefined),
    );
    this.#open = { ...opened, key, vaultId };
    return migrationsApplied;
  }

  /** What a re-key and a restore both report to: progress for the interface, steps for the crash tests. */
  #hostBase(signal: AbortSignal) {
    return {
      paths: this.paths,
      kdf: this.#kdf,
      signal,
      progress: (state: KeyChangeProgress) => (this.#progress = state),
      step: (step: SessionStep) => this.#onStep(step),
    };
  }

  #backupHost(open: OpenVault | null = this.#open) {
    return {
      paths: this.paths,
      now: this.#now,
      migrations: this.#migrations,
      open: () => {
        if (!open) throw new AppError('VAULT_LOCKED', 'The vault is locked');
        return {
          sqlite: open.sqlite,
          key: open.key,
          vaultId: open.vaultId,
          canary: open.canary,
          keyslotsText: fs.readFileSync(this.paths.keyslots, 'utf8'),
        };
      },
    };
  }
}
