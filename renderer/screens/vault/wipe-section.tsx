import { useTranslation } from 'react-i18next';
import { WipeVaultButton } from './wipe-vault-dialog';
import { SettingsSection } from '../settings/settings-section';

/** The last block of Settings, set apart: the panic wipe (also on the unlock screen, for when there is no time). */
export function WipeSection() {
  const { t } = useTranslation();
  return (
    <SettingsSection heading={t('wipe.heading')} className="danger-zone">
      <p>{t('wipe.intro')}</p>
      <div className="actions">
        <WipeVaultButton className="button-danger" />
      </div>
    </SettingsSection>
  );
}
