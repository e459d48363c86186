import type { Migration } from 'kysely/migration';
import type { KdfParams } from './kdf';
import type { KeyChangeOutcome, KeyChangeProgress, KeyChangeStep } from './key-change';
import type { RestoreOutcome, RestoreStep } from './restore-flow';
import type { AutoBackupPolicy } from './session-backups';

export type VaultEvent = 'locked' | 'restored' | 'wiped';
export type SessionStep = KeyChangeStep | RestoreStep | 'deriving';
export interface UnlockResult {
  autoBackup: 'written' | 'not-due' | 'failed';
  migrationsApplied: number;
  timings: { kdfMs: number; openMs: number };
}
export type { KeyChangeOutcome, KeyChangeProgress, RestoreOutcome };
export interface VaultSessionOptions {
  dataDir: string;
  /** Argon2id cost for new key slots (tests pass libsodium's minimum; users always get the default). */
  kdf?: KdfParams;
  autoBackup?: AutoBackupPolicy;
  now?: () => Date;
  /** The schema history this build knows; tests add migrations to exercise upgrades. */
  migrations?: Record<string, Migration>;
  /** Tests only: called with each database-key buffer the session takes, so a test can see lock zero it. */
  observeKey?: (key: Uint8Array) => void;
  /** Tests only: called at each step of an unlock, a re-key or a restore, where the crash and lock tests act. */
  onStep?: (step: SessionStep) => void;
}
