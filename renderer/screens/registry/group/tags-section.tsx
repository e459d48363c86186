import { useTranslation } from 'react-i18next';
import { useRegistryWrite, useTags } from '../../../api/registry.queries';
import { ListSection } from '../../../components/list-section';
import { SettingsSection } from '../../settings/settings-section';
import { TagDialog } from './tag-dialog';

/** Campaigns and tags: a trial, a movement, a country; removing one takes it off every prisoner, nothing else. */
export function TagsSection() {
  const { t } = useTranslation();
  const tags = useTags();
  const remove = useRegistryWrite('tags:delete');
  return (
    <SettingsSection heading={t('tags.heading')}>
      <p>{t('tags.intro')}</p>
      <ListSection
        list={tags}
        columns={[
          { header: t('tags.name'), cell: (tag) => tag.name },
          { header: t('tags.description'), cell: (tag) => tag.description },
          { header: t('tags.prisoners'), cell: (tag) => tag.prisoners, numeric: true },
        ]}
        texts={{
          none: t('tags.none'),
          add: t('tags.new'),
          editOne: (tag) => t('tags.editOne', { name: tag.name }),
          deleteOne: (tag) => t('tags.deleteOne', { name: tag.name }),
          deleteTitle: (tag) => t('tags.deleteTitle', { name: tag.name }),
          deleteBody: (tag) => t('tags.deleteBody', { count: tag.prisoners }),
        }}
        dialog={(tag, onClose) => <TagDialog tag={tag} onClose={onClose} />}
        remove={remove}
        deleteInput={(tag) => ({ id: tag.id, confirmed: true })}
      />
    </SettingsSection>
  );
}
