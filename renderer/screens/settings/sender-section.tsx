import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { senderAddress, type SenderAddress, type SenderAddressInput } from '../../../shared/settings/sender.schemas';
import { errorCodeOf } from '../../api/client-error';
import { useSaveSettings } from '../../api/settings.queries';
import { BusyButton } from '../../components/busy-button';
import { ErrorAlert } from '../../components/error-alert';
import { SenderAddressFields } from '../../forms/sender-address-fields';
import { zodFormResolver } from '../../forms/zod-form-resolver';
import { SettingsSection } from './settings-section';

const blank = (country: string): SenderAddressInput => ({
  name: '',
  address: { country, street: '', extra: '', poBox: '', postcode: '', city: '', region: '' },
});

/** The group's return address (a PO box): the "group" sender profile on envelopes. */
export function SenderSection({ sender, groupCountry }: { sender: SenderAddress | null; groupCountry: string | null }) {
  const { t } = useTranslation();
  const save = useSaveSettings();
  const [editing, setEditing] = useState(sender !== null);
  const form = useForm<SenderAddressInput, unknown, SenderAddress>({
    resolver: zodFormResolver(senderAddress),
    defaultValues: sender ?? blank(groupCountry ?? 'FR'),
  });
  const submit = form.handleSubmit((values) => save.mutate({ groupSender: values }));
  const remove = () =>
    save.mutate(
      { groupSender: null },
      {
        onSuccess: () => {
          form.reset(blank(groupCountry ?? 'FR'));
          setEditing(false);
        },
      },
    );
  return (
    <SettingsSection heading={t('settingsPrint.sender.heading')}>
      <p>{t('settingsPrint.sender.intro')}</p>
      {editing ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <SenderAddressFields
            control={form.control}
            prefix=""
            nameLabel={t('settingsPrint.sender.name')}
            nameHint={t('settingsPrint.sender.nameHint')}
          />
          <div className="toolbar">
            <BusyButton type="submit" busy={save.isPending} busyLabel={t('common.saving')} className="button-secondary">
              {t('common.save')}
            </BusyButton>
            {sender !== null && (
              <button type="button" className="button-secondary" disabled={save.isPending} onClick={remove}>
                {t('settingsPrint.sender.remove')}
              </button>
            )}
          </div>
        </form>
      ) : (
        <>
          <p className="muted">{t('settingsPrint.sender.none')}</p>
          <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
            {t('settingsPrint.sender.add')}
          </button>
        </>
      )}
      <ErrorAlert code={save.isError ? errorCodeOf(save.error) : null} />
      {save.isSuccess && (
        <p role="status" className="alert alert-success">
          {t('common.saved')}
        </p>
      )}
    </SettingsSection>
  );
}
