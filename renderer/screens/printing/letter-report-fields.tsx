import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface LetterReportValues {
  from: string;
  to: string;
  /** Typed as text: empty means the group's own wait. */
  days: string;
}

/** The two correspondence reports' inputs as the contract takes them; null while they are not valid. */
export function letterReportInput(
  list: 'correspondence' | 'notWrittenTo',
  values: LetterReportValues,
  format: 'pdf' | 'csv',
) {
  if (list === 'correspondence') {
    const { from, to } = values;
    return from !== '' && to !== '' && from <= to ? ({ list, format, from, to } as const) : null;
  }
  if (values.days.trim() === '') return { list, format } as const;
  const days = Number(values.days);
  return Number.isInteger(days) && days >= 1 && days <= 3650 ? ({ list, format, days } as const) : null;
}

interface Props {
  list: 'correspondence' | 'notWrittenTo';
  values: LetterReportValues;
  onChange: (values: LetterReportValues) => void;
}

/** The period of the correspondence report, or the wait of the "not written to" one, each with what it lists. */
export function LetterReportFields({ list, values, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const invalid = letterReportInput(list, values, 'pdf') === null;
  if (list === 'correspondence')
    return (
      <>
        <p className="muted">{t('print.reports.correspondenceIntro')}</p>
        <fieldset className="radio-row">
          <legend>{t('print.reports.periodLegend')}</legend>
          <div className="field-row">
            <div className="field field-narrow">
              <label htmlFor={`${id}-from`}>{t('print.reports.from')}</label>
              <input
                id={`${id}-from`}
                type="date"
                required
                value={values.from}
                aria-invalid={invalid}
                onChange={(event) => onChange({ ...values, from: event.target.value })}
              />
            </div>
            <div className="field field-narrow">
              <label htmlFor={`${id}-to`}>{t('print.reports.to')}</label>
              <input
                id={`${id}-to`}
                type="date"
                required
                value={values.to}
                aria-invalid={invalid}
                onChange={(event) => onChange({ ...values, to: event.target.value })}
              />
            </div>
          </div>
        </fieldset>
        {invalid && (
          <p className="alert alert-warning" role="alert">
            {t('print.reports.periodInvalid')}
          </p>
        )}
      </>
    );
  return (
    <>
      <p className="muted">{t('print.reports.notWrittenToIntro')}</p>
      <div className="field">
        <label htmlFor={`${id}-days`}>{t('print.reports.days')}</label>
        <div className="field-narrow">
          <input
            id={`${id}-days`}
            type="number"
            inputMode="numeric"
            min={1}
            max={3650}
            value={values.days}
            aria-invalid={invalid}
            aria-describedby={`${id}-days-hint`}
            onChange={(event) => onChange({ ...values, days: event.target.value })}
          />
        </div>
        <p id={`${id}-days-hint`} className="hint">
          {t('print.reports.daysHint')}
        </p>
      </div>
      {invalid && (
        <p className="alert alert-warning" role="alert">
          {t('print.reports.daysInvalid')}
        </p>
      )}
    </>
  );
}
