/**
 * Today as a calendar date, `YYYY-MM-DD`, in the time zone of the machine the user sits at: what a person means by
 * "today" (the default date of a transfer, the start of a stay an import gives no date for, the date in a file's
 * name). Not `toISOString().slice(0, 10)`, which is the date in UTC: from midnight to 1 or 2 a.m. in France it is
 * still yesterday there.
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `day` moved by `days` calendar days (negative: back), in UTC so no time zone or summer time moves a day. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

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

/** The Monday that begins `day`'s calendar week (weeks run Monday to Sunday, as ISO 8601 and European prisons count). */
export function mondayOf(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** The first and last day of `day`'s calendar month. */
export function monthOf(day: string): { fromOn: string; toOn: string } {
  const fromOn = `${day.slice(0, 8)}01`;
  return { fromOn, toOn: addDays(addMonths(fromOn, 1), -1) };
}
