import { useTranslation } from 'react-i18next';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { countryOptions } from '../countries';
import { currentLanguage } from '../i18n';
import { SelectField } from './select-field';
import { TextField } from './text-field';

interface SenderAddressFieldsProps<T extends FieldValues, V> {
  control: Control<T, unknown, V>;
  /** Where the sender object sits in the form ('' at the root, or 'postal.' inside a member). */
  prefix: '' | `${string}.`;
  nameLabel: string;
  nameHint?: string;
}

/** A return address (shared/settings/sender.schemas.ts): the name printed above it, then the postal address. */
export function SenderAddressFields<T extends FieldValues, V>({
  control,
  prefix,
  nameLabel,
  nameHint,
}: SenderAddressFieldsProps<T, V>) {
  const { t } = useTranslation();
  const path = (name: string) => `${prefix}${name}` as Path<T>;
  return (
    <>
      <TextField control={control} name={path('name')} label={nameLabel} hint={nameHint} required />
      <TextField control={control} name={path('address.street')} label={t('address.street')} />
      <TextField control={control} name={path('address.extra')} label={t('address.extra')} />
      <TextField
        control={control}
        name={path('address.poBox')}
        label={t('address.poBox')}
        hint={t('address.poBoxHint')}
      />
      <div className="field-pair">
        <TextField control={control} name={path('address.postcode')} label={t('address.postcode')} />
        <TextField control={control} name={path('address.city')} label={t('address.city')} required />
      </div>
      <div className="field-pair">
        <TextField control={control} name={path('address.region')} label={t('address.region')} />
        <SelectField
          control={control}
          name={path('address.country')}
          kind="country"
          label={t('address.country')}
          options={countryOptions(currentLanguage())}
        />
      </div>
    </>
  );
}
