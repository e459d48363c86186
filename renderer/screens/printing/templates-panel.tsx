import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelSheetData } from '../../../shared/printing/printing.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useSheets, useTemplateWrite } from '../../api/printing.queries';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { SheetDrawing } from './sheet-drawing';
import { TemplateEditor } from './template-editor';

/** The group's own label sheets, saved in the vault: each drawn, editable and deletable. */
export function TemplatesPanel() {
  const { t } = useTranslation();
  const sheets = useSheets();
  const remove = useTemplateWrite('templates:delete');
  const [editing, setEditing] = useState<LabelSheetData | 'new' | null>(null);
  const [deleting, setDeleting] = useState<LabelSheetData | null>(null);
  const custom = sheets.data?.custom ?? [];
  return (
    <section className="print-step" aria-labelledby="templates-heading">
      <div className="page-title">
        <h2 id="templates-heading">{t('print.templates.heading')}</h2>
        <button type="button" className="button-primary" onClick={() => setEditing('new')}>
          {t('print.templates.new')}
        </button>
      </div>
      <p className="muted">{t('print.templates.intro')}</p>
      <ErrorAlert code={sheets.isError ? errorCodeOf(sheets.error) : null} />
      {sheets.isSuccess && custom.length === 0 && <p>{t('print.templates.none')}</p>}
      <ul className="template-list plain-list">
        {custom.map((sheet) => (
          <li key={sheet.id} className="template-item">
            <SheetDrawing sheet={sheet} label={t('print.labels.drawing', { name: sheet.name })} width={70} />
            <div>
              <p className="template-name">{sheet.name}</p>
              <p className="muted">
                {t('print.labels.sheetSize', {
                  columns: sheet.columns,
                  rows: sheet.rows,
                  width: sheet.labelWidthMm,
                  height: sheet.labelHeightMm,
                })}
              </p>
              <div className="toolbar">
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={`${t('common.edit')} ${sheet.name}`}
                  onClick={() => setEditing(sheet)}
                >
                  {t('common.edit')}
                </button>
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={`${t('common.delete')} ${sheet.name}`}
                  onClick={() => setDeleting(sheet)}
                >
                  {t('common.delete')}
                </button>
              </div>
            </div>
          </li>
        ))}
      </ul>
      {editing && sheets.data && (
        <TemplateEditor
          template={editing === 'new' ? null : editing}
          catalogue={sheets.data.catalogue}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('print.templates.deleteTitle', { name: deleting.name })}
          body={t('print.templates.deleteBody')}
          confirmLabel={t('common.delete')}
          busyLabel={t('deletion.busy')}
          busy={remove.isPending}
          onConfirm={() => remove.mutate({ id: deleting.id }, { onSuccess: () => setDeleting(null) })}
          onCancel={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
