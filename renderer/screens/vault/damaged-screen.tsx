import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors';
import { AuthLayout } from './auth-layout';
import { RestoreButton } from './restore-button';
import { WipeVaultButton } from './wipe-vault-dialog';

/**
 * The vault files are there but unusable: say why, say nothing was touched, offer a restore. Never a new vault; a
 * wipe only when asked for, as from the unlock screen.
 */
export function DamagedScreen({ code }: { code: ErrorCode }) {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('damaged.title')}>
      <p className="alert alert-error">{t(`errors.${code}`)}</p>
      <p>{t('damaged.unchanged')}</p>
      <p>{t('damaged.advice')}</p>
      <div className="actions">
        <RestoreButton label={t('damaged.restore')} className="button-primary" />
      </div>
      <div className="wipe-aside">
        <WipeVaultButton className="button-link" />
      </div>
    </AuthLayout>
  );
}
