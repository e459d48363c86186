import { useFieldArray, useFormState, type Control, type UseFormSetFocus } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { parcelContents } from '../../../shared/parcels/parcel-values';
import { emptyItem, type ParcelFormOutput, type ParcelFormValues } from './parcel-form-values';

interface ParcelItemsFieldsProps {
  control: Control<ParcelFormValues, unknown, ParcelFormOutput>;
  setFocus: UseFormSetFocus<ParcelFormValues>;
}

/**
 * The contents, one row per item, keyboard-first: Tab moves along the row, Enter in the last row adds the next one
 * and puts the cursor in its description (Enter never sends the form from here).
 */
export function ParcelItemsFields({ control, setFocus }: ParcelItemsFieldsProps) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'items' });
  const { errors } = useFormState({ control, name: 'items' });
  const add = () => {
    append(emptyItem(), { shouldFocus: false });
    // The new row exists once React has rendered it.
    requestAnimationFrame(() => setFocus(`items.${fields.length}.description`));
  };
  const onKeyDown = (index: number) => (event: React.KeyboardEvent) => {
    if (event.key !== 'Enter' || event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    if (index === fields.length - 1) add();
    else setFocus(`items.${index + 1}.description`);
  };
  return (
    <fieldset className="form-section parcel-items">
      <legend>{t('parcels.form.itemsLegend')}</legend>
      <p className="hint">{t('parcels.form.addItemHint')}</p>
      {fields.map((field, index) => {
        const label = (what: 'category' | 'description' | 'quantity' | 'value' | 'currency') =>
          `${t(`parcels.form.${what}`)} (${t('parcels.form.item', { number: index + 1 })})`;
        const rowErrors = errors.items?.[index];
        return (
          <div
            key={field.id}
            className="parcel-item-row"
            role="group"
            aria-label={t('parcels.form.item', { number: index + 1 })}
            onKeyDown={onKeyDown(index)}
          >
            <select aria-label={label('category')} {...control.register(`items.${index}.category`)}>
              {parcelContents.map((category) => (
                <option key={category} value={category}>
                  {t(`parcelContent.${category}`)}
                </option>
              ))}
            </select>
            <input
              type="text"
              aria-label={label('description')}
              placeholder={t('parcels.form.description')}
              aria-invalid={rowErrors?.description ? true : undefined}
              {...control.register(`items.${index}.description`)}
            />
            <input
              aria-label={label('quantity')}
              type="number"
              min={1}
              max={1000}
              aria-invalid={rowErrors?.quantity ? true : undefined}
              {...control.register(`items.${index}.quantity`, {
                setValueAs: (raw: unknown) => (raw === '' ? null : Number(raw)),
              })}
            />
            <input
              type="text"
              aria-label={label('value')}
              placeholder={t('parcels.form.value')}
              inputMode="decimal"
              aria-invalid={rowErrors?.valueText ? true : undefined}
              {...control.register(`items.${index}.valueText`)}
            />
            <input
              type="text"
              aria-label={label('currency')}
              className="currency-input"
              maxLength={3}
              {...control.register(`items.${index}.currency`)}
            />
            <button
              type="button"
              className="button-link"
              aria-label={t('parcels.form.removeItem', { number: index + 1 })}
              onClick={() => remove(index)}
            >
              ✕
            </button>
            {(rowErrors?.valueText || rowErrors?.description || rowErrors?.quantity) && (
              <p className="field-error" role="alert">
                {rowErrors.valueText ? t('parcels.form.amountInvalid') : t('parcels.form.required')}
              </p>
            )}
          </div>
        );
      })}
      <button type="button" className="button-secondary" onClick={add}>
        {t('parcels.form.addItem')}
      </button>
    </fieldset>
  );
}
