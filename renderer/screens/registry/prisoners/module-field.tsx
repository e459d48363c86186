import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useWatch,
  type Control,
  type FieldValues,
  type Path,
  type PathValue,
  type UseFormSetValue,
} from 'react-hook-form';
import { useFacilities } from '../../../api/registry.queries';
import { TextField } from '../../../forms/text-field';

interface ModuleFieldProps<T extends FieldValues, V> {
  control: Control<T, unknown, V>;
  setValue: UseFormSetValue<T>;
  /** The stay's facility field: the módulo is asked for only when that facility is in Spain. */
  facilityName: Path<T>;
  name: Path<T>;
}

/**
 * The Spanish prison's unit (módulo), which Spanish prisons sort their mail by. Shown only for a Spanish facility;
 * choosing another facility empties it, so no hidden value is saved with a stay that would never print it.
 */
export function ModuleField<T extends FieldValues, V>({
  control,
  setValue,
  facilityName,
  name,
}: ModuleFieldProps<T, V>) {
  const { t } = useTranslation();
  const facilities = useFacilities();
  const facilityId: unknown = useWatch({ control, name: facilityName });
  const spanish = facilities.data?.some((f) => f.id === facilityId && f.country === 'ES') ?? false;
  useEffect(() => {
    if (!spanish) setValue(name, '' as PathValue<T, Path<T>>);
  }, [spanish, name, setValue]);
  if (!spanish) return null;
  return <TextField control={control} name={name} label={t('stayDialog.module')} hint={t('stayDialog.moduleHint')} />;
}
