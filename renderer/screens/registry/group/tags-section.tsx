import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../shared/registry/tags.schemas';
import { errorCodeOf } from '../../../api/client-error';
import { useRegistryWrite, useTags } from '../../../api/registry.queries';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { SettingsSection } from '../../settings/settings-section';
import { TagDialog } from './tag-dialog';

/** Campaigns and tags: a trial, a movement, a country; removing one takes it off every prisoner, nothing else. */
export function TagsSection() {
  const { t } = useTranslation();
  const tags = useTags();
  const remove = useRegistryWrite('tags:delete');
  const [editing, setEditing] = useState<Tag | 'new' | null>(null);
  const [removing, setRemoving] = useState<Tag | null>(null);
  return (
    <SettingsSection heading={t('tags.heading')}>
      <p>{t('tags.intro')}</p>
      {tags.data && tags.data.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('tags.name')}</th>
              <th scope="col">{t('tags.description')}</th>
              <th scope="col" className="numeric">
                {t('tags.prisoners')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tags.data.map((tag) => (
              <tr key={tag.id}>
                <td>{tag.name}</td>
                <td>{tag.description}</td>
                <td className="numeric">{tag.prisoners}</td>
                <td className="row-actions">
                  <button type="button" className="button-link" aria-label={t('tags.editOne', { name: tag.name })} onClick={() => setEditing(tag)}>
                    {t('common.edit')}
                  </button>
                  <button type="button" className="button-link" aria-label={t('tags.deleteOne', { name: tag.name })} onClick={() => setRemoving(tag)}>
                    {t('common.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        tags.isSuccess && <p className="muted">{t('tags.none')}</p>
      )}
      <ErrorAlert code={tags.isError ? errorCodeOf(tags.error) : remove.isError ? errorCodeOf(remove.error) : null} />
      <button type="button" className="button-secondary" onClick={() => setEditing('new')}>
        {t('tags.new')}
      </button>
      {editing && <TagDialog tag={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {removing && (
        <ConfirmDialog
          title={t('tags.deleteTitle', { name: removing.name })}
          body={t('tags.deleteBody', { count: removing.prisoners })}
          confirmLabel={t('common.delete')}
          busyLabel={t('deletion.busy')}
          busy={remove.isPending}
          onCancel={() => setRemoving(null)}
          onConfirm={() => remove.mutate({ id: removing.id, confirmed: true }, { onSettled: () => setRemoving(null) })}
        />
      )}
    </SettingsSection>
  );
}
