/** What a change of the closing date is: closing further asks to confirm; moving it back (or clearing it) a reason. */
export function lockChange(current: string | null, next: string | null): 'none' | 'close' | 'reopen' {
  if (next === current) return 'none';
  if (current === null) return 'close';
  return next !== null && next > current ? 'close' : 'reopen';
}
