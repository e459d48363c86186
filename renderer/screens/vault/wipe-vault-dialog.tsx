import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/client-error';
import { useWipeVault } from '../../api/vault.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import '../../styles/vault-keys.css';

/** Upper case, without accents or surrounding spaces: « effacer », « Éffacer » and "EFFACER " are the same word. */
function comparable(text: string): string {
  return text.trim().normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
}

/**
 * Panic wipe: says what goes for good and what does not (copies kept elsewhere), and arms the destructive button only
 * once the word of the interface's language is typed. Focus starts on Cancel; Escape cancels until the wipe starts.
 * On success the host reloads the window to the first-run screen; until then the dialog stays as it is, busy.
 */
export function WipeVaultDialog({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const wipe = useWipeVault();
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  const word = t('wipe.word');
  const armed = comparable(typed) === comparable(word);
  const busy = wipe.isPending || wipe.isSuccess;

  // Runs after the dialog's own showModal(), which focuses its first field: the safe choice takes the focus instead.
  useEffect(() => cancel.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (armed && !busy) wipe.mutate();
  };

  return (
    <ModalDialog title={t('wipe.title')} onClose={busy ? undefined : onCancel}>
      <p className="alert alert-error">{t('wipe.destroyed')}</p>
      <p className="alert alert-warning">{t('wipe.elsewhere')}</p>
      <p>{t('wipe.after')}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={inputId}>{t('wipe.typeLabel', { word })}</label>
          <input
            id={inputId}
            type="text"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            disabled={busy}
          />
        </div>
        <ErrorAlert code={wipe.isError ? errorCodeOf(wipe.error) : null} />
        {wipe.isSuccess && (
          <p role="status" className="alert alert-success">
            {t('wipe.done')}
          </p>
        )}
        <div className="actions">
          <button ref={cancel} type="button" className="button-secondary" disabled={busy} onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <BusyButton type="submit" busy={busy} busyLabel={t('wipe.busy')} className="button-danger" disabled={!armed}>
            {t('wipe.confirm')}
          </BusyButton>
        </div>
      </form>
    </ModalDialog>
  );
}

/** The button that opens the wipe dialog; focus comes back to it when the dialog is cancelled. */
export function WipeVaultButton({ className }: { className: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    // Only once the dialog has left the page: until then everything behind it is inert and cannot take the focus.
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <button ref={button} type="button" className={className} onClick={() => setOpen(true)}>
        {t('wipe.open')}
      </button>
      {open && <WipeVaultDialog onCancel={() => setOpen(false)} />}
    </>
  );
}
