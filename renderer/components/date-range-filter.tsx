import { useId } from 'react';

interface DateRangeFilterProps {
  fromLabel: string;
  toLabel: string;
  from: string | null | undefined;
  to: string | null | undefined;
  /** Each end as a `YYYY-MM-DD` date, or null once emptied. */
  onFrom: (date: string | null) => void;
  onTo: (date: string | null) => void;
  className?: string;
}

/** "From" and "to" of a list's filters: two date fields, either left empty for an open end. */
export function DateRangeFilter({ fromLabel, toLabel, from, to, onFrom, onTo, className }: DateRangeFilterProps) {
  const id = useId();
  const fieldClass = className ? `field ${className}` : 'field';
  const orNull = (value: string) => (value === '' ? null : value);
  return (
    <>
      <div className={fieldClass}>
        <label htmlFor={`${id}-from`}>{fromLabel}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={from ?? ''}
          onChange={(event) => onFrom(orNull(event.target.value))}
        />
      </div>
      <div className={fieldClass}>
        <label htmlFor={`${id}-to`}>{toLabel}</label>
        <input id={`${id}-to`} type="date" value={to ?? ''} onChange={(event) => onTo(orNull(event.target.value))} />
      </div>
    </>
  );
}
