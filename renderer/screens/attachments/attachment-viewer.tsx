import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentSummary } from '../../../shared/attachments/attachments.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useAttachmentPreview } from '../../api/attachments.queries';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { PdfPreview } from '../printing/pdf-preview';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * A picture from memory: a blob URL made from the stored bytes, given to the <img> directly and revoked as soon as the
 * viewer closes.
 */
function StoredImage({ base64, mediaType, alt }: { base64: string; mediaType: string; alt: string }) {
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const target = image.current;
    if (!target) return;
    const url = URL.createObjectURL(new Blob([bytesOf(base64)], { type: mediaType }));
    target.src = url;
    return () => {
      target.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [base64, mediaType]);
  return <img ref={image} className="attachment-full" alt={alt} />;
}

/** Opens an attachment inside Parloir: the picture itself, or the PDF drawn page by page by pdf.js. Nothing is written. */
export function AttachmentViewer({ attachment, onClose }: { attachment: AttachmentSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const preview = useAttachmentPreview(attachment.id);
  return (
    <ModalDialog title={attachment.fileName} onClose={onClose}>
      <div className="attachment-viewer">
        {preview.isPending && <p role="status">{t('attachments.loading')}</p>}
        {preview.data &&
          (preview.data.mediaType === 'application/pdf' ? (
            <PdfPreview pdf={preview.data.base64} label={attachment.fileName} />
          ) : (
            <StoredImage base64={preview.data.base64} mediaType={preview.data.mediaType} alt={attachment.fileName} />
          ))}
      </div>
      <ErrorAlert code={preview.isError ? errorCodeOf(preview.error) : null} />
      <div className="actions">
        <button type="button" className="button-primary" autoFocus onClick={onClose}>
          {t('attachments.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
