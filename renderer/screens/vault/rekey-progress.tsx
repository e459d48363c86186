import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/contract';
import { useKeyChangeProgress } from '../../api/vault.queries';
import '../../styles/vault-keys.css';

/** What gets a new key: the three calls that re-key the vault say their first step differently. */
export type RekeyKind = 'passphrase' | 'recoveryCode' | 'restore';
type Progress = NonNullable<OutputOf<'vault:progress'>['progress']>;
type Phase = Progress['phase'];

/** The phases in the order each call runs them (a restore re-keys its database before the backups), and their share. */
const ORDER: Record<RekeyKind, Phase[]> = {
  passphrase: ['keys', 'backups', 'vault', 'swap'],
  recoveryCode: ['keys', 'backups', 'vault', 'swap'],
  restore: ['keys', 'vault', 'backups', 'swap'],
};
const WEIGHT: Record<Phase, number> = { keys: 10, backups: 55, vault: 25, swap: 10 };

/** Percent done, or null while the secret is still being checked (nothing measurable yet: an indeterminate bar). */
function percentDone(kind: RekeyKind, progress: Progress | null): number | null {
  if (!progress) return null;
  const order = ORDER[kind];
  const before = order.slice(0, order.indexOf(progress.phase)).reduce((sum, phase) => sum + WEIGHT[phase], 0);
  const within = progress.total > 0 ? Math.min(progress.done / progress.total, 1) : 0;
  return Math.round(before + WEIGHT[progress.phase] * within);
}

function usePhaseText(kind: RekeyKind, progress: Progress | null): string {
  const { t } = useTranslation();
  if (!progress) return kind === 'restore' ? t('rekey.phase.checkBackup') : t('rekey.phase.check');
  switch (progress.phase) {
    case 'keys':
      if (kind === 'restore') return t('rekey.phase.keysRestore');
      return kind === 'recoveryCode' ? t('rekey.phase.keysRecoveryCode') : t('rekey.phase.keysPassphrase');
    case 'backups':
      // "3 of 7" names the backup being worked on, not the ones finished.
      return progress.total > 0
        ? t('rekey.phase.backups', { current: Math.min(progress.done + 1, progress.total), total: progress.total })
        : t('rekey.phase.backupsNone');
    case 'vault':
      return t('rekey.phase.vault');
    case 'swap':
      return t('rekey.phase.swap');
  }
}

/**
 * While a re-key or a restore runs (seconds on a small vault, minutes on a large one with many backups): a bar and
 * the step in words, from vault:progress polled every 250 ms. Mounted only while the call is pending.
 */
export function RekeyProgress({ kind }: { kind: RekeyKind }) {
  const id = useId();
  const region = useRef<HTMLDivElement>(null);
  // The button that started the call is disabled now: the focus stays in the dialog, on what is happening.
  useEffect(() => region.current?.focus(), []);
  const progress = useKeyChangeProgress(true).data?.progress ?? null;
  const percent = percentDone(kind, progress);
  return (
    <div ref={region} className="rekey-progress" role="status" tabIndex={-1}>
      <label htmlFor={id}>{usePhaseText(kind, progress)}</label>
      <progress id={id} max={100} value={percent ?? undefined} />
    </div>
  );
}
