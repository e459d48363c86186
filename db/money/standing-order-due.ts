import type { StandingOrderRhythm } from '../../shared/money/money-values';

const MONTHS: Record<StandingOrderRhythm, number> = { monthly: 1, quarterly: 3, yearly: 12 };

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** `from` moved `months` on, the day kept or clamped to the month's end (31 January + 1 month = 28 or 29 February). */
export function addMonths(from: string, months: number): string {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index % 12;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function dayBefore(date: string): string {
  const time = Date.parse(`${date}T00:00:00Z`) - 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

export interface DuePeriod {
  /** The day the payment is expected: the order's first date, moved on by whole periods. */
  expectedOn: string;
  /** Payments booked from expectedOn to endOn count for this period. */
  endOn: string;
}

/** The periods of an order that have begun by `asOf` (and not after `untilOn`), oldest first. */
export function duePeriods(
  rhythm: StandingOrderRhythm,
  fromOn: string,
  untilOn: string | null,
  asOf: string,
): DuePeriod[] {
  const step = MONTHS[rhythm];
  const last = untilOn !== null && untilOn < asOf ? untilOn : asOf;
  const periods: DuePeriod[] = [];
  for (let k = 0; ; k += 1) {
    const expectedOn = addMonths(fromOn, k * step);
    if (expectedOn > last) return periods;
    periods.push({ expectedOn, endOn: dayBefore(addMonths(fromOn, (k + 1) * step)) });
  }
}
