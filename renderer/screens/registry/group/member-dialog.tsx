import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { memberInput, memberRoles, type Member } from '../../../../shared/registry/members.schemas';
import { useRegistryWrite } from '../../../api/registry.queries';
import { useSettings } from '../../../api/settings.queries';
import { FormDialog } from '../../../components/form-dialog';
import { CheckField } from '../../../forms/check-field';
import { ChoicesField } from '../../../forms/choices-field';
import { SenderAddressFields } from '../../../forms/sender-address-fields';
import { TextField } from '../../../forms/text-field';
import { zodFormResolver } from '../../../forms/zod-form-resolver';

type MemberValues = z.input<typeof memberInput>;

/** A member is a pseudonym and roles: the vault never needs anyone's real name. */
export function MemberDialog({ member, onClose }: { member: Member | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useRegistryWrite('members:create');
  const update = useRegistryWrite('members:update');
  const groupCountry = useSettings().data?.groupCountry ?? null;
  const save = member ? update : create;
  const form = useForm<MemberValues, unknown, z.output<typeof memberInput>>({
    resolver: zodFormResolver(memberInput),
    defaultValues: {
      pseudonym: member?.pseudonym ?? '',
      roles: member?.roles ?? [],
      active: member?.active ?? true,
      notes: member?.notes ?? '',
      postal: member?.postal ?? null,
    },
  });
  const [withPostal, setWithPostal] = useState(member?.postal != null);
  const togglePostal = (on: boolean) => {
    setWithPostal(on);
    form.setValue(
      'postal',
      on
        ? {
            name: member?.pseudonym ?? form.getValues('pseudonym'),
            address: { country: groupCountry ?? 'FR', city: '' },
          }
        : null,
    );
  };
  const submit = form.handleSubmit((values) => {
    if (member) update.mutate({ id: member.id, member: values }, { onSuccess: onClose });
    else create.mutate(values, { onSuccess: onClose });
  });
  return (
    <FormDialog
      title={member ? t('members.editTitle') : t('members.newTitle')}
      save={save}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
    >
      <TextField
        control={form.control}
        name="pseudonym"
        label={t('members.pseudonym')}
        hint={t('members.pseudonymHint')}
        required
        autoFocus
      />
      <ChoicesField
        control={form.control}
        name="roles"
        legend={t('members.roles')}
        options={memberRoles.map((role) => ({ value: role, label: t(`memberRole.${role}`) }))}
      />
      <CheckField control={form.control} name="active" label={t('members.activeLabel')} />
      <TextField control={form.control} name="notes" type="textarea" label={t('members.notes')} />
      <label className="checkbox">
        <input type="checkbox" checked={withPostal} onChange={(event) => togglePostal(event.target.checked)} />
        {t('memberPostal.toggle')}
      </label>
      {withPostal && (
        <fieldset>
          <legend>{t('memberPostal.legend')}</legend>
          <SenderAddressFields control={form.control} prefix="postal." nameLabel={t('memberPostal.name')} />
        </fieldset>
      )}
    </FormDialog>
  );
}
