import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../api/client-error';
import { useSavePdf, useSend } from '../../api/printing.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { UnencryptedFileDialog } from '../../components/unencrypted-file-dialog';
import { PdfPreview } from './pdf-preview';

interface RenderedDocumentProps {
  jobId: string;
  pdfBase64: string;
  /** Accessible name of the preview canvas. */
  label: string;
}

/** A rendered job: its preview, "Print…" straight from memory, and "Save as PDF…" after the not-encrypted notice. */
export function RenderedDocument({ jobId, pdfBase64, label }: RenderedDocumentProps) {
  const { t } = useTranslation();
  const send = useSend();
  const save = useSavePdf();
  const [saving, setSaving] = useState(false);
  const written = save.data?.status === 'written' ? save.data.fileName : null;
  const closeSave = () => {
    setSaving(false);
    save.reset();
  };
  return (
    <div className="rendered-document">
      <div className="toolbar">
        <BusyButton busy={send.isPending} busyLabel={t('print.output.printing')} onClick={() => send.mutate(jobId)}>
          {t('print.output.print')}
        </BusyButton>
        <button type="button" className="button-secondary" onClick={() => setSaving(true)}>
          {t('print.output.savePdf')}
        </button>
      </div>
      {send.data?.status === 'sent' && (
        <p role="status" className="alert alert-success">
          {t('print.output.sent')}
        </p>
      )}
      <ErrorAlert code={send.isError ? errorCodeOf(send.error) : null} />
      <PdfPreview pdf={pdfBase64} label={label} />
      {saving && (
        <UnencryptedFileDialog
          title={t('print.output.saveTitle')}
          warning={t('print.output.warning')}
          advice={t('print.output.advice')}
          confirm={t('print.output.confirm')}
          busyLabel={t('print.output.saving')}
          busy={save.isPending}
          written={written ? t('print.output.written', { file: written }) : null}
          error={save.isError ? errorCodeOf(save.error) : null}
          onConfirm={() => save.mutate(jobId, { onSuccess: (result) => result.status === 'cancelled' && closeSave() })}
          onClose={closeSave}
        />
      )}
    </div>
  );
}
