import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/registry/members.schemas';
import { errorCodeOf } from '../../../api/client-error';
import { useMembers, useRegistryWrite } from '../../../api/registry.queries';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { SettingsSection } from '../../settings/settings-section';
import { MemberDialog } from './member-dialog';

/** Who writes, who keeps the accounts, who organises: later versions use these roles for letters and permissions. */
export function MembersSection() {
  const { t } = useTranslation();
  const members = useMembers();
  const remove = useRegistryWrite('members:delete');
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  return (
    <SettingsSection heading={t('members.heading')}>
      <p>{t('members.intro')}</p>
      {members.data && members.data.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('members.pseudonym')}</th>
              <th scope="col">{t('members.roles')}</th>
              <th scope="col">{t('members.active')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.data.map((member) => (
              <tr key={member.id}>
                <td>{member.pseudonym}</td>
                <td>{member.roles.map((role) => t(`memberRole.${role}`)).join(', ')}</td>
                <td>{member.active ? t('members.isActive') : t('members.isInactive')}</td>
                <td className="row-actions">
                  <button type="button" className="button-link" aria-label={t('members.editOne', { name: member.pseudonym })} onClick={() => setEditing(member)}>
                    {t('common.edit')}
                  </button>
                  <button type="button" className="button-link" aria-label={t('members.deleteOne', { name: member.pseudonym })} onClick={() => setRemoving(member)}>
                    {t('common.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        members.isSuccess && <p className="muted">{t('members.none')}</p>
      )}
      <ErrorAlert code={members.isError ? errorCodeOf(members.error) : remove.isError ? errorCodeOf(remove.error) : null} />
      <button type="button" className="button-secondary" onClick={() => setEditing('new')}>
        {t('members.new')}
      </button>
      {editing && <MemberDialog member={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {removing && (
        <ConfirmDialog
          title={t('members.deleteTitle', { name: removing.pseudonym })}
          body={t('members.deleteBody')}
          confirmLabel={t('common.delete')}
          busyLabel={t('deletion.busy')}
          busy={remove.isPending}
          onCancel={() => setRemoving(null)}
          onConfirm={() => remove.mutate({ id: removing.id }, { onSettled: () => setRemoving(null) })}
        />
      )}
    </SettingsSection>
  );
}
