import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentOwner, AttachmentSummary } from '../../../shared/attachments/attachments.schemas';
import type { Language } from '../../../shared/settings/settings.schemas';
import { errorCodeOf } from '../../api/client-error';
import {
  useAddAttachment,
  useAttachments,
  useDeleteAttachment,
  useSaveAttachment,
} from '../../api/attachments.queries';
import { BusyButton } from '../../components/busy-button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { UnencryptedFileDialog } from '../../components/unencrypted-file-dialog';
import { formatBytes } from '../../format';
import { AttachmentViewer } from './attachment-viewer';

type Dialog = { kind: 'open' | 'save' | 'delete'; attachment: AttachmentSummary } | null;

function Details({ attachment, language }: { attachment: AttachmentSummary; language: Language }) {
  const { t } = useTranslation();
  const shape =
    attachment.pageCount !== null
      ? t('attachments.pages', { count: attachment.pageCount })
      : t('attachments.pixels', { width: attachment.width, height: attachment.height });
  return (
    <span className="muted">
      {shape} · {formatBytes(attachment.byteSize, language)}
    </span>
  );
}

/**
 * The files of one letter or parcel, kept inside the vault: add one through the host's file dialog (cleaned of its
 * metadata on the way in), open it inside Parloir, save a copy out after the not-encrypted notice, delete it after
 * a question.
 */
export function AttachmentsPanel({ owner }: { owner: AttachmentOwner }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'fr';
  const list = useAttachments(owner);
  const add = useAddAttachment(owner);
  const save = useSaveAttachment();
  const remove = useDeleteAttachment(owner);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => {
    setDialog(null);
    save.reset();
    remove.reset();
  };
  const attachments = list.data?.attachments ?? [];
  const added = add.data?.status === 'added' ? add.data.attachment : null;
  const written = save.data?.status === 'written' ? save.data : null;

  return (
    <section className="attachments-panel" aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t('attachments.title')}</h2>
      <p className="hint">{t('attachments.hint')}</p>
      {list.isSuccess && attachments.length === 0 && <p>{t('attachments.empty')}</p>}
      {attachments.length > 0 && (
        <ul className="attachment-list" aria-label={t('attachments.listLabel')}>
          {attachments.map((attachment) => (
            <li key={attachment.id} className="attachment-item">
              {attachment.thumbnailBase64 ? (
                <img
                  className="attachment-thumbnail"
                  src={`data:image/jpeg;base64,${attachment.thumbnailBase64}`}
                  alt=""
                />
              ) : (
                <span className="attachment-thumbnail attachment-thumbnail-pdf" aria-hidden="true">
                  PDF
                </span>
              )}
              <span className="attachment-name">
                <span className="break-anywhere">{attachment.fileName}</span>
                <Details attachment={attachment} language={language} />
              </span>
              <span className="attachment-actions">
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={t('attachments.openLabel', { file: attachment.fileName })}
                  onClick={() => setDialog({ kind: 'open', attachment })}
                >
                  {t('attachments.open')}
                </button>
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={t('attachments.saveAsLabel', { file: attachment.fileName })}
                  onClick={() => setDialog({ kind: 'save', attachment })}
                >
                  {t('attachments.saveAs')}
                </button>
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={t('attachments.deleteLabel', { file: attachment.fileName })}
                  onClick={() => setDialog({ kind: 'delete', attachment })}
                >
                  {t('attachments.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert code={list.isError ? errorCodeOf(list.error) : add.isError ? errorCodeOf(add.error) : null} />
      {added && (
        <p role="status" className="alert alert-success break-anywhere">
          {t('attachments.added', { file: added.fileName })}
        </p>
      )}
      <div className="actions">
        <BusyButton busy={add.isPending} busyLabel={t('attachments.adding')} onClick={() => add.mutate()}>
          {t('attachments.add')}
        </BusyButton>
      </div>

      {dialog?.kind === 'open' && <AttachmentViewer attachment={dialog.attachment} onClose={close} />}
      {dialog?.kind === 'save' && (
        <UnencryptedFileDialog
          title={t('attachments.saveTitle')}
          warning={t('attachments.warning')}
          advice={t('attachments.advice')}
          confirm={t('attachments.confirmSave')}
          busyLabel={t('attachments.saving')}
          busy={save.isPending}
          written={written ? t('attachments.written', { file: written.fileName }) : null}
          error={save.isError ? errorCodeOf(save.error) : null}
          onConfirm={() => save.mutate(dialog.attachment.id, { onSuccess: (r) => r.status === 'cancelled' && close() })}
          onClose={close}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('attachments.deleteTitle', { file: dialog.attachment.fileName })}
          body={t('attachments.deleteBody')}
          confirmLabel={t('attachments.deleteConfirm')}
          busyLabel={t('attachments.deleting')}
          busy={remove.isPending}
          onConfirm={() => remove.mutate(dialog.attachment.id, { onSettled: close })}
          onCancel={close}
        />
      )}
    </section>
  );
}
