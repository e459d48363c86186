import { useTranslation } from 'react-i18next';
import { useMembers, useRegistryWrite } from '../../../api/registry.queries';
import { ListSection } from '../../../components/list-section';
import { SettingsSection } from '../../settings/settings-section';
import { MemberDialog } from './member-dialog';

/** Who writes, who keeps the accounts, who organises: later versions use these roles for letters and permissions. */
export function MembersSection() {
  const { t } = useTranslation();
  const members = useMembers();
  const remove = useRegistryWrite('members:delete');
  return (
    <SettingsSection heading={t('members.heading')}>
      <p>{t('members.intro')}</p>
      <ListSection
        list={members}
        columns={[
          { header: t('members.pseudonym'), cell: (member) => member.pseudonym },
          {
            header: t('members.roles'),
            cell: (member) => member.roles.map((role) => t(`memberRole.${role}`)).join(', '),
          },
          {
            header: t('members.active'),
            cell: (member) => (member.active ? t('members.isActive') : t('members.isInactive')),
          },
        ]}
        texts={{
          none: t('members.none'),
          add: t('members.new'),
          editOne: (member) => t('members.editOne', { name: member.pseudonym }),
          deleteOne: (member) => t('members.deleteOne', { name: member.pseudonym }),
          deleteTitle: (member) => t('members.deleteTitle', { name: member.pseudonym }),
          deleteBody: () => t('members.deleteBody'),
        }}
        dialog={(member, onClose) => <MemberDialog member={member} onClose={onClose} />}
        remove={remove}
        deleteInput={(member) => ({ id: member.id })}
      />
    </SettingsSection>
  );
}
