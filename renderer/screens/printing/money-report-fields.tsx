import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { moneyReportKinds, type MoneyReportKind } from '../../../shared/money/money-report.schemas';
import { localToday } from '../../../shared/today';

export { moneyReportKinds, type MoneyReportKind };

export interface MoneyReportValues {
  from: string;
  to: string;
  on: string;
  /** Typed as text, read as a whole year. */
  year: string;
}

/** This year so far for the periods, today for the balances, and last year for the general assembly. */
export function defaultMoneyReportValues(): MoneyReportValues {
  const today = localToday();
  const year = Number(today.slice(0, 4));
  return { from: `${year}-01-01`, to: today, on: today, year: String(year - 1) };
}

export const isMoneyReportKind = (list: string): list is MoneyReportKind =>
  (moneyReportKinds as readonly string[]).includes(list);

type Field = 'period' | 'on' | 'year';
const fieldOf = (kind: MoneyReportKind): Field =>
  kind === 'fundBalances' ? 'on' : kind === 'generalAssembly' ? 'year' : 'period';

/** A money report's input as print:report takes it; null while its period, date or year is not one. */
export function moneyReportInput(kind: MoneyReportKind, values: MoneyReportValues, format: 'pdf' | 'csv') {
  const field = fieldOf(kind);
  if (kind === 'generalAssembly') {
    const year = Number(values.year);
    return /^\d{4}$/u.test(values.year.trim()) && year >= 2000 && year <= 2100
      ? ({ list: kind, format, year } as const)
      : null;
  }
  if (kind === 'fundBalances') return values.on !== '' ? ({ list: kind, format, on: values.on } as const) : null;
  const { from, to } = values;
  return field === 'period' && from !== '' && to !== '' && from <= to
    ? ({ list: kind, format, from, to } as const)
    : null;
}

interface Props {
  kind: MoneyReportKind;
  values: MoneyReportValues;
  onChange: (values: MoneyReportValues) => void;
}

/** What a money report covers: a period, a date or a year, with a sentence on what it lists. */
export function MoneyReportFields({ kind, values, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const invalid = moneyReportInput(kind, values, 'pdf') === null;
  const field = fieldOf(kind);
  const date = (key: 'from' | 'to' | 'on', label: string) => (
    <div className="field field-narrow">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="date"
        required
        value={values[key]}
        aria-invalid={invalid}
        onChange={(event) => onChange({ ...values, [key]: event.target.value })}
      />
    </div>
  );
  return (
    <>
      <p className="muted">{t(`money.reports.intro.${kind}`)}</p>
      {field === 'period' && (
        <fieldset className="radio-row">
          <legend>{t('print.reports.periodLegend')}</legend>
          <div className="field-row">
            {date('from', t('print.reports.from'))}
            {date('to', t('print.reports.to'))}
          </div>
        </fieldset>
      )}
      {field === 'on' && date('on', t('money.reports.on'))}
      {field === 'year' && (
        <div className="field field-narrow">
          <label htmlFor={`${id}-year`}>{t('money.reports.year')}</label>
          <input
            id={`${id}-year`}
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            value={values.year}
            aria-invalid={invalid}
            onChange={(event) => onChange({ ...values, year: event.target.value })}
          />
        </div>
      )}
      {invalid && (
        <p className="alert alert-warning" role="alert">
          {t(
            field === 'period'
              ? 'print.reports.periodInvalid'
              : field === 'year'
                ? 'money.reports.yearInvalid'
                : 'money.reports.dateInvalid',
          )}
        </p>
      )}
    </>
  );
}
