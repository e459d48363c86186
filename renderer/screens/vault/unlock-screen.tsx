import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors';
import type { UnlockMethod } from '../../../shared/vault/vault.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useUnlock } from '../../api/vault.queries';
import { AuthLayout } from './auth-layout';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { RestoreButton } from './restore-button';
import { SecretField } from './secret-field';
import { WipeVaultButton } from './wipe-vault-dialog';
import { isDamageCode } from './damage-codes';

interface UnlockScreenProps {
  onUnlocked: (autoBackupFailed: boolean) => void;
  onDamaged: (code: ErrorCode) => void;
}

export function UnlockScreen({ onUnlocked, onDamaged }: UnlockScreenProps) {
  const { t } = useTranslation();
  const unlock = useUnlock();
  const [method, setMethod] = useState<UnlockMethod>('passphrase');
  const [secret, setSecret] = useState('');
  const secretInput = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!secret) return;
    unlock.mutate(
      { method, secret },
      {
        onSuccess: ({ autoBackup }) => onUnlocked(autoBackup === 'failed'),
        onError: (error) => {
          const code = errorCodeOf(error);
          if (isDamageCode(code)) {
            onDamaged(code);
            return;
          }
          // The refused secret is gone from the field, ready for the next try without selecting it first.
          setSecret('');
          secretInput.current?.focus();
        },
      },
    );
  };
  const switchMethod = () => {
    setMethod(method === 'passphrase' ? 'recoveryCode' : 'passphrase');
    setSecret('');
    unlock.reset();
  };

  return (
    <AuthLayout title={t('unlock.title')}>
      <form onSubmit={submit} noValidate>
        <p>{method === 'passphrase' ? t('unlock.introPassphrase') : t('unlock.introRecovery')}</p>
        <SecretField
          key={method}
          label={method === 'passphrase' ? t('unlock.passphrase') : t('unlock.recoveryCode')}
          value={secret}
          onChange={setSecret}
          autoComplete={method === 'passphrase' ? 'current-password' : 'off'}
          autoFocus
          monospace={method === 'recoveryCode'}
          invalid={unlock.isError}
          inputRef={secretInput}
        />
        <ErrorAlert code={unlock.isError ? errorCodeOf(unlock.error) : null} />
        <div className="actions">
          <BusyButton type="submit" busy={unlock.isPending} busyLabel={t('unlock.unlocking')} disabled={!secret}>
            {t('unlock.submit')}
          </BusyButton>
        </div>
      </form>
      <div className="aside-links">
        <button type="button" className="button-link" onClick={switchMethod} disabled={unlock.isPending}>
          {method === 'passphrase' ? t('unlock.useRecovery') : t('unlock.usePassphrase')}
        </button>
        <RestoreButton label={t('unlock.restore')} className="button-link" />
      </div>
      {/* Someone at the door: the wipe needs no secret, so it is here too, small and apart. */}
      <div className="wipe-aside">
        <WipeVaultButton className="button-link" />
      </div>
    </AuthLayout>
  );
}
