import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLastRestore } from '../../api/vault.queries';
import { ModalDialog } from '../../components/modal-dialog';
import { RekeyOutcome } from './rekey-outcome';

/**
 * After a restore the window reloads (nothing decrypted may outlive the vault it showed), so the restore's answer
 * never reaches the page that asked: the reloaded app asks for it once and says what happened.
 */
export function RestoreOutcomeDialog() {
  const { t } = useTranslation();
  const last = useLastRestore();
  const [closed, setClosed] = useState(false);
  const outcome = last.data?.outcome;
  if (!outcome || closed) return null;
  const headline = t(outcome.rekeyed ? 'rekey.restoreDone' : 'rekey.restoreDoneOldFormat', {
    file: outcome.restoredFrom,
  });
  return (
    <ModalDialog title={t('rekey.restoreTitle')} onClose={() => setClosed(true)}>
      <RekeyOutcome
        headline={headline}
        outcome={outcome}
        elsewhere={t('rekey.elsewhereRestore')}
        none={t('rekey.noOtherBackups')}
      />
      {outcome.preRestoreBackup && (
        <p>{t('rekey.restoreKept', { file: outcome.preRestoreBackup.split(/[\\/]/).pop() })}</p>
      )}
      <div className="actions">
        <button type="button" className="button-primary" autoFocus onClick={() => setClosed(true)}>
          {t('rekey.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
