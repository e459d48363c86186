import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { groupSettingsInput, type Settings } from '../../../shared/settings/settings.schemas';
import type { SenderAddressInput } from '../../../shared/settings/sender.schemas';
import { useSaveSettings } from '../../api/settings.queries';
import { BusyButton } from '../../components/busy-button';
import { SaveOutcome } from '../../components/save-outcome';
import { countryOptions } from '../../countries';
import { SelectField } from '../../forms/select-field';
import { SenderAddressFields } from '../../forms/sender-address-fields';
import { TextField } from '../../forms/text-field';
import { zodFormResolver } from '../../forms/zod-form-resolver';
import { currentLanguage } from '../../i18n';
import { SettingsSection } from './settings-section';

interface GroupFormValues {
  groupName: string;
  groupCountry: string | null;
  /** Whether the group has a return address: the fields are shown and saved only then. */
  hasSender: boolean;
  groupSender: SenderAddressInput;
}

const blankSender = (country: string): SenderAddressInput => ({
  name: '',
  address: { country, street: '', extra: '', poBox: '', postcode: '', city: '', region: '' },
});

/** What the schema sees: no country until one is chosen, no return address unless the group has one. */
function prepare({ groupName, groupCountry, hasSender, groupSender }: GroupFormValues): unknown {
  return { groupName, ...(groupCountry ? { groupCountry } : {}), groupSender: hasSender ? groupSender : null };
}

function defaultsOf(settings: Settings): GroupFormValues {
  return {
    groupName: settings.groupName ?? '',
    groupCountry: settings.groupCountry,
    hasSender: settings.groupSender !== null,
    groupSender: settings.groupSender ?? blankSender(settings.groupCountry ?? 'FR'),
  };
}

/**
 * The group: its name (shown in the window), its country (addresses there leave out the country line) and its return
 * address (the "group" sender on envelopes), saved together with one button.
 */
export function GroupSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const save = useSaveSettings();
  const form = useForm<GroupFormValues, unknown, ReturnType<typeof groupSettingsInput.parse>>({
    resolver: zodFormResolver(groupSettingsInput, prepare),
    defaultValues: defaultsOf(settings),
  });
  const hasSender = useWatch({ control: form.control, name: 'hasSender' });
  const submit = form.handleSubmit((values) =>
    save.mutate(values, { onSuccess: (saved) => form.reset(defaultsOf(saved)) }),
  );
  const setSender = (on: boolean) => {
    form.setValue('hasSender', on, { shouldDirty: true });
    save.reset();
  };
  return (
    <SettingsSection heading={t('settings.group.heading')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          control={form.control}
          name="groupName"
          label={t('settings.group.label')}
          hint={t('settings.group.hint')}
        />
        <SelectField
          control={form.control}
          name="groupCountry"
          label={t('settingsPrint.country.label')}
          hint={t('settingsPrint.country.hint')}
          {...(settings.groupCountry === null ? { emptyLabel: t('settingsPrint.country.none') } : {})}
          options={countryOptions(currentLanguage())}
        />
        <fieldset className="form-section">
          <legend>{t('settingsPrint.sender.heading')}</legend>
          <p>{t('settingsPrint.sender.intro')}</p>
          {hasSender ? (
            <>
              <SenderAddressFields
                control={form.control}
                prefix="groupSender."
                nameLabel={t('settingsPrint.sender.name')}
                nameHint={t('settingsPrint.sender.nameHint')}
              />
              <button type="button" className="button-secondary" onClick={() => setSender(false)}>
                {t('settingsPrint.sender.remove')}
              </button>
            </>
          ) : (
            <>
              <p className="muted">{t('settingsPrint.sender.none')}</p>
              <button type="button" className="button-secondary" onClick={() => setSender(true)}>
                {t('settingsPrint.sender.add')}
              </button>
            </>
          )}
        </fieldset>
        <div className="actions">
          <BusyButton type="submit" busy={save.isPending} busyLabel={t('common.saving')}>
            {t('common.save')}
          </BusyButton>
        </div>
        <SaveOutcome save={save} />
      </form>
    </SettingsSection>
  );
}
