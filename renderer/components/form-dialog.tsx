import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../api/client-error';
import { BusyButton } from './busy-button';
import { ErrorAlert } from './error-alert';
import { ModalDialog } from './modal-dialog';

interface FormDialogProps {
  title: string;
  /** The save call: while it runs the dialog cannot be closed; its error shows above the buttons. */
  save: { isPending: boolean; isError: boolean; error: Error | null };
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

/** The dialog of a list's "new" and "edit": the domain's fields, then the save error, Cancel and Save. */
export function FormDialog({ title, save, onSubmit, onClose, className, children }: FormDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog title={title} onClose={save.isPending ? undefined : onClose}>
      <form onSubmit={onSubmit} noValidate className={className}>
        {children}
        <ErrorAlert code={save.isError ? errorCodeOf(save.error) : null} />
        <div className="actions">
          <button type="button" className="button-secondary" disabled={save.isPending} onClick={onClose}>
            {t('common.cancel')}
          </button>
          <BusyButton type="submit" busy={save.isPending} busyLabel={t('common.saving')}>
            {t('common.save')}
          </BusyButton>
        </div>
      </form>
    </ModalDialog>
  );
}
