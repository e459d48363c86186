import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../api/client-error';
import { ConfirmDialog } from './confirm-dialog';
import { ErrorAlert } from './error-alert';

export interface ListColumn<T> {
  header: string;
  cell: (item: T) => ReactNode;
  numeric?: boolean;
}

/** The words of one list, all from the domain: the name of an item goes into its buttons' labels and the question. */
export interface ListTexts<T> {
  none: string;
  add: string;
  editOne: (item: T) => string;
  deleteOne: (item: T) => string;
  deleteTitle: (item: T) => string;
  deleteBody: (item: T) => string;
}

/** The part of a delete mutation the list uses (react-query's, whatever its data type). */
interface DeleteMutation<D> {
  mutate: (input: D, options: { onSettled: () => void }) => void;
  isPending: boolean;
  isError: boolean;
  error: Error | null;
}

interface ListSectionProps<T extends { id: number }, D> {
  list: UseQueryResult<T[]>;
  columns: ListColumn<T>[];
  texts: ListTexts<T>;
  /** The form that creates (item null) or edits an item; it calls onClose when saved or cancelled. */
  dialog: (item: T | null, onClose: () => void) => ReactNode;
  remove: DeleteMutation<D>;
  /** What the delete channel is sent for an item. */
  deleteInput: (item: T) => D;
}

/**
 * A table of the group's own records with Edit and Delete on each row, a button that adds one, the form dialog and
 * the confirmation before a delete. The domain gives the columns, the texts and the dialog.
 */
export function ListSection<T extends { id: number }, D>({
  list,
  columns,
  texts,
  dialog,
  remove,
  deleteInput,
}: ListSectionProps<T, D>) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [removing, setRemoving] = useState<T | null>(null);
  return (
    <>
      {list.data && list.data.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col" className={column.numeric ? 'numeric' : undefined}>
                  {column.header}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((item) => (
              <tr key={item.id}>
                {columns.map((column) => (
                  <td key={column.header} className={column.numeric ? 'numeric' : undefined}>
                    {column.cell(item)}
                  </td>
                ))}
                <td className="row-actions">
                  <button
                    type="button"
                    className="button-link"
                    aria-label={texts.editOne(item)}
                    onClick={() => setEditing(item)}
                  >
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    className="button-link"
                    aria-label={texts.deleteOne(item)}
                    onClick={() => setRemoving(item)}
                  >
                    {t('common.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        list.isSuccess && <p className="muted">{texts.none}</p>
      )}
      <ErrorAlert code={list.isError ? errorCodeOf(list.error) : remove.isError ? errorCodeOf(remove.error) : null} />
      <button type="button" className="button-secondary" onClick={() => setEditing('new')}>
        {texts.add}
      </button>
      {editing && dialog(editing === 'new' ? null : editing, () => setEditing(null))}
      {removing && (
        <ConfirmDialog
          title={texts.deleteTitle(removing)}
          body={texts.deleteBody(removing)}
          confirmLabel={t('common.delete')}
          busyLabel={t('deletion.busy')}
          busy={remove.isPending}
          onCancel={() => setRemoving(null)}
          onConfirm={() => remove.mutate(deleteInput(removing), { onSettled: () => setRemoving(null) })}
        />
      )}
    </>
  );
}
