import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/client-error';
import { useBackup } from '../../api/vault.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { formatBytes } from '../../format';
import { currentLanguage } from '../../i18n';
import { SettingsSection } from '../settings/settings-section';

export function BackupSection() {
  const { t } = useTranslation();
  const backup = useBackup();
  const written = backup.data?.status === 'written' ? backup.data : null;
  return (
    <SettingsSection heading={t('settings.backup.heading')}>
      <p>{t('settings.backup.intro')}</p>
      <BusyButton
        busy={backup.isPending}
        busyLabel={t('settings.backup.busy')}
        className="button-secondary"
        onClick={() => backup.mutate()}
      >
        {t('settings.backup.button')}
      </BusyButton>
      <ErrorAlert code={backup.isError ? errorCodeOf(backup.error) : null} />
      {written && (
        <p role="status" className="alert alert-success break-anywhere">
          {t('settings.backup.written', { path: written.path, size: formatBytes(written.bytes, currentLanguage()) })}
        </p>
      )}
    </SettingsSection>
  );
}
