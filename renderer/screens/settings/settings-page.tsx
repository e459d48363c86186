import { useTranslation } from 'react-i18next';
import { useSettings } from '../../api/settings.queries';
import { LanguageSelect } from '../../components/language-select';
import { RestoreButton } from '../vault/restore-button';
import { useFocusOnMount } from '../../hooks/use-focus-on-mount';
import { AutoLockSection } from './auto-lock-section';
import { BackupSection } from '../vault/backup-section';
import { ChangePassphraseSection } from '../vault/change-passphrase-section';
import { GroupSection } from './group-section';
import { RemindersSection } from './reminders-section';
import { NewRecoveryCodeSection } from '../vault/new-recovery-code-section';
import { SettingsSection } from './settings-section';
import { WipeSection } from '../vault/wipe-section';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        {t('settings.title')}
      </h1>
      {settings.data ? (
        <div className="settings">
          <SettingsSection heading={t('settings.language.heading')}>
            <LanguageSelect />
          </SettingsSection>
          <AutoLockSection minutes={settings.data.autoLockMinutes} />
          <GroupSection settings={settings.data} />
          {settings.data.noLetterDays !== null && settings.data.replyWindowDays !== null && (
            <RemindersSection
              noLetterDays={settings.data.noLetterDays}
              replyWindowDays={settings.data.replyWindowDays}
            />
          )}
          <BackupSection />
          <SettingsSection heading={t('settings.restore.heading')}>
            <p>{t('settings.restore.intro')}</p>
            <RestoreButton label={t('restore.start')} />
          </SettingsSection>
          <ChangePassphraseSection />
          <NewRecoveryCodeSection />
          <WipeSection />
        </div>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </section>
  );
}
