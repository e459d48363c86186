// The account the treasurer last worked in, while the window is open: the ledger tab and a new entry (Ctrl/Cmd+N)
// start there rather than at the first account of the list.
let last: number | undefined;

export function lastAccount(): number | undefined {
  return last;
}

export function rememberAccount(accountId: number): void {
  last = accountId;
}
