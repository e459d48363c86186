import { useTranslation } from 'react-i18next';
import { AuthLayout } from './auth-layout';
import { RecoveryCodePanel } from './recovery-code-panel';

export function RecoveryCodeScreen({ code, onDone }: { code: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('recovery.title')}>
      <p>{t('recovery.intro')}</p>
      <RecoveryCodePanel code={code} doneLabel={t('recovery.continue')} onDone={onDone} />
    </AuthLayout>
  );
}
