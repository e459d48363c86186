import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import type { PrisonerDetail } from '../../../../shared/registry/prisoners.schemas';
import type { SearchHit } from '../../../../shared/registry/search.schemas';
import { usePrisoner, useSearch } from '../../../api/registry.queries';
import { SearchListField, type SearchListOption } from '../../../forms/search-list-field';
import { useFieldError } from '../../../forms/use-field-error';

interface PrisonerPickerProps<T extends FieldValues, V> {
  control: Control<T, unknown, V>;
  /** A field holding the chosen prisoner's id as text ('' for none), as a select would. */
  name: Path<T>;
  label: string;
  autoFocus?: boolean;
}

const asText = (value: unknown) => (typeof value === 'string' ? value : '');
const same = (text: string) => text;

/** The search's people, and the chosen one first when the search does not list them. */
function pickerOptions(hits: readonly SearchHit[], chosen: PrisonerDetail | undefined): SearchListOption[] {
  const people = hits.flatMap((hit) =>
    hit.kind === 'prisoner'
      ? [{ value: String(hit.id), text: [hit.title, hit.prisonerNumber, hit.facilityName].filter(Boolean).join(' · ') }]
      : [],
  );
  if (!chosen || people.some((option) => option.value === String(chosen.prisoner.id))) return people;
  const name = [chosen.prisoner.familyName, chosen.prisoner.givenNames].filter(Boolean).join(' ');
  const text = [name, chosen.current?.prisonerNumber].filter(Boolean).join(' · ');
  return [{ value: String(chosen.prisoner.id), text }, ...people];
}

/**
 * Chooses one person among thousands: the vault's search index (names in any script, prisoner numbers, accents and
 * case aside) narrows the list; nothing is listed before a letter is typed, so a 100,000-person vault loads nothing up
 * front. The chosen person stays listed whatever the search says.
 */
export function PrisonerPicker<T extends FieldValues, V>({
  control,
  name,
  label,
  autoFocus,
}: PrisonerPickerProps<T, V>) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const query = useDeferredValue(filter).trim();
  const search = useSearch(query);
  const error = useFieldError(control, name, 'required');
  const selectedText = asText(useWatch({ control, name }));
  const chosen = usePrisoner(selectedText ? Number(selectedText) : undefined);
  const options = pickerOptions(query ? (search.data?.hits ?? []) : [], selectedText ? chosen.data : undefined);
  const note = !query
    ? selectedText
      ? undefined
      : t('prisonerPicker.typeFirst')
    : search.isSuccess && options.length === 0
      ? t('prisonerPicker.noMatch')
      : undefined;

  return (
    <SearchListField
      control={control}
      name={name}
      label={label}
      searchLabel={t('prisonerPicker.search', { label })}
      filter={filter}
      onFilterChange={setFilter}
      options={options}
      toText={asText}
      fromText={same}
      note={note}
      error={error}
      autoFocus={autoFocus}
      className="prisoner-picker"
    />
  );
}
