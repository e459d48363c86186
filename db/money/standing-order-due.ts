import type { StandingOrderRhythm } from '../../shared/money/money-values';
import { addDays, addMonths } from '../../shared/today';

const MONTHS: Record<StandingOrderRhythm, number> = { monthly: 1, quarterly: 3, yearly: 12 };

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
    periods.push({ expectedOn, endOn: addDays(addMonths(fromOn, (k + 1) * step), -1) });
  }
}
