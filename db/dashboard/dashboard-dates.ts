/** Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so no time zone or summer time moves a day. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}
