import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { foldForSearch } from '../../../../shared/search-fold';
import { useFacilities } from '../../../api/registry.queries';
import { countryName } from '../../../countries';
import { SearchListField } from '../../../forms/search-list-field';
import { useFieldError } from '../../../forms/use-field-error';
import { currentLanguage } from '../../../i18n';

interface FacilityPickerProps<T extends FieldValues, V> {
  control: Control<T, unknown, V>;
  name: Path<T>;
  label: string;
  autoFocus?: boolean;
}

const idText = (value: unknown) => (typeof value === 'number' ? String(value) : '');
const idOf = (text: string) => (text ? Number(text) : null);

/**
 * Chooses a facility among hundreds: a search box (accents and case do not matter) narrows the loaded list. The chosen
 * facility stays listed whatever the search says.
 */
export function FacilityPicker<T extends FieldValues, V>({
  control,
  name,
  label,
  autoFocus,
}: FacilityPickerProps<T, V>) {
  const { t } = useTranslation();
  const facilities = useFacilities();
  const value: unknown = useWatch({ control, name });
  const [filter, setFilter] = useState('');
  const error = useFieldError(control, name, 'facility');
  const language = currentLanguage();
  const selected = typeof value === 'number' ? value : null;
  const needle = foldForSearch(filter.trim());
  const options = (facilities.data ?? [])
    .filter((f) => f.id === selected || !needle || foldForSearch(`${f.name} ${f.city}`).includes(needle))
    .map((f) => ({ value: String(f.id), text: `${f.name} (${f.city}, ${countryName(f.country, language)})` }));

  return (
    <SearchListField
      control={control}
      name={name}
      label={label}
      searchLabel={t('facilityPicker.search', { label })}
      filter={filter}
      onFilterChange={setFilter}
      options={options}
      toText={idText}
      fromText={idOf}
      note={facilities.isSuccess && options.length === 0 ? t('facilityPicker.noMatch') : undefined}
      error={error}
      autoFocus={autoFocus}
      className="facility-picker"
    />
  );
}
