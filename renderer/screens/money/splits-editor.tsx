import { useFieldArray, useFormState, useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Category, Fund } from '../../../shared/money/ledger-outputs.schemas';
import { formatMoney } from '../../../shared/parcels/money-text';
import { currentLanguage } from '../../i18n';
import { categoryName } from './category-name';
import { MoneyField } from './money-field';
import {
  emptySplit,
  splitRemainder,
  type TransactionFields,
  type TransactionFormValues,
} from './transaction-form-values';

type Values = TransactionFormValues;

interface SplitsEditorProps {
  control: Control<Values, unknown, TransactionFields>;
  setValue: UseFormSetValue<Values>;
  currency: string;
  funds: readonly Fund[];
  categories: readonly Category[];
  readOnly: boolean;
}

/**
 * The lines an amount is split into (category, fund, amount). One line is the default and takes the whole amount;
 * with more, each has its own and the editor says what is left, so the form is saved only when they add up.
 */
export function SplitsEditor({ control, setValue, currency, funds, categories, readOnly }: SplitsEditorProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { fields, append, remove } = useFieldArray({ control, name: 'splits' });
  const [direction, amountText, splits] = useWatch({ control, name: ['direction', 'amountText', 'splits'] });
  const { errors } = useFormState({ control });
  const remaining = splitRemainder({ amountText, splits }, language, currency);
  const usable = categories.filter((c) => !c.archived && c.direction === (direction === 'in' ? 'income' : 'expense'));
  const single = fields.length === 1;
  const addLine = () => {
    // The first line kept the whole amount until now: it becomes its own figure, to be lowered.
    if (single && (splits[0]?.amountText ?? '') === '') setValue('splits.0.amountText', amountText);
    append(emptySplit(splits[0]?.fundId ?? ''));
  };
  const money = (minor: number) => formatMoney({ minor: Math.abs(minor), currency }, language);
  return (
    <fieldset className="form-section splits-editor">
      <legend>{t('money.screens.transaction.splits')}</legend>
      {fields.map((field, index) => (
        <div key={field.id} className="field-pair split-line">
          <div className="field">
            <label htmlFor={`split-${field.id}-category`}>{t('money.screens.transaction.splitCategory')}</label>
            <select
              id={`split-${field.id}-category`}
              disabled={readOnly}
              aria-invalid={errors.splits?.[index]?.categoryId ? true : undefined}
              {...control.register(`splits.${index}.categoryId`)}
            >
              <option value="">—</option>
              {usable.map((category) => (
                <option key={category.id} value={category.id}>
                  {categoryName(t, category)}
                </option>
              ))}
            </select>
            {errors.splits?.[index]?.categoryId && (
              <p className="field-error">{t('money.screens.transaction.chooseCategory')}</p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`split-${field.id}-fund`}>{t('money.screens.transaction.splitFund')}</label>
            <select
              id={`split-${field.id}-fund`}
              disabled={readOnly}
              aria-invalid={errors.splits?.[index]?.fundId ? true : undefined}
              {...control.register(`splits.${index}.fundId`)}
            >
              <option value="">—</option>
              {funds
                .filter((fund) => !fund.archived || String(fund.id) === splits[index]?.fundId)
                .map((fund) => (
                  <option key={fund.id} value={fund.id}>
                    {fund.name}
                  </option>
                ))}
            </select>
            {errors.splits?.[index]?.fundId && (
              <p className="field-error">{t('money.screens.transaction.chooseFund')}</p>
            )}
          </div>
          {single ? (
            <p className="field split-follows">
              <span className="muted">{t('money.screens.transaction.splitAmount')}</span>{' '}
              {amountText.trim() === '' ? '—' : amountText}
            </p>
          ) : (
            <MoneyField
              control={control}
              name={`splits.${index}.amountText`}
              label={t('money.screens.transaction.splitAmount')}
              currency={currency}
            />
          )}
          {!single && !readOnly && (
            <button
              type="button"
              className="button-link split-remove"
              aria-label={t('money.screens.transaction.removeSplit', { n: index + 1 })}
              onClick={() => remove(index)}
            >
              ×
            </button>
          )}
        </div>
      ))}
      {!readOnly && (
        <button type="button" className="button-secondary" onClick={addLine}>
          {t('money.screens.transaction.addSplit')}
        </button>
      )}
      {!single && remaining !== null && (
        <p className={remaining === 0 ? 'hint' : 'alert alert-warning'} role="status">
          {remaining === 0
            ? t('money.screens.transaction.balanced')
            : remaining > 0
              ? t('money.screens.transaction.remaining', { amount: money(remaining) })
              : t('money.screens.transaction.over', { amount: money(remaining) })}
        </p>
      )}
      {errors.splits?.root && (
        <p className="alert alert-error" role="alert">
          {t('money.screens.transaction.unbalanced')}
        </p>
      )}
    </fieldset>
  );
}
