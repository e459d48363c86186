import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../shared/errors';
import { errorCodeOf } from './api/client-error';
import { useVaultStatus } from './api/vault.queries';
import { queryKeys } from './api/query-keys';
import { AppFrame } from './screens/app-frame';
import { DamagedScreen } from './screens/vault/damaged-screen';
import { FirstRunScreen } from './screens/vault/first-run-screen';
import { RecoveryCodeScreen } from './screens/vault/recovery-code-screen';
import { UnlockScreen } from './screens/vault/unlock-screen';

/** Picks the screen from vault:status; the host reloads the page on lock and restore, so this starts over then. */
export function App() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const status = useVaultStatus();
  // Create opens the vault at once, but the user sees the recovery code before anything else.
  const [freshCode, setFreshCode] = useState<string | null>(null);
  const [damage, setDamage] = useState<ErrorCode | null>(null);
  const [autoBackupFailed, setAutoBackupFailed] = useState(false);

  if (freshCode) {
    const done = async () => {
      await client.invalidateQueries({ queryKey: queryKeys.status });
      setFreshCode(null);
    };
    return <RecoveryCodeScreen code={freshCode} onDone={() => void done()} />;
  }
  if (damage) return <DamagedScreen code={damage} />;
  if (status.isPending) {
    return (
      <p role="status" className="loading">
        {t('common.loading')}
      </p>
    );
  }
  if (status.isError) return <DamagedScreen code={errorCodeOf(status.error)} />;

  switch (status.data.state) {
    case 'absent':
      return <FirstRunScreen onCreated={setFreshCode} />;
    case 'locked':
      return <UnlockScreen onUnlocked={setAutoBackupFailed} onDamaged={setDamage} />;
    case 'damaged':
      return <DamagedScreen code={status.data.code} />;
    case 'unlocked':
      return <AppFrame autoBackupFailed={autoBackupFailed} onDismissAutoBackup={() => setAutoBackupFailed(false)} />;
  }
}
