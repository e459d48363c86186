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
