import type {
  Statement,
  StatementAmount,
  StatementEntry,
  StatementFile,
  StatementProblem,
} from '../../../shared/money/statement.types';
import { camtProblem } from './camt-problems';

/** An entry's place in a StatementFile: statements[statement].entries[entry], both 0-based. */
export interface EntryPlace {
  statement: number;
  entry: number;
}

/** For one camt.054 entry: the camt.053 entry its details explain, or why none can be. */
export interface NotificationLink {
  notification: EntryPlace;
  statementEntry: EntryPlace | null;
  problem: StatementProblem | null;
}

interface Candidate {
  place: EntryPlace;
  statement: Statement;
  entry: StatementEntry;
}

function sameAmount(a: StatementAmount, b: StatementAmount): boolean {
  return a.minor === b.minor && a.currency === b.currency && a.side === b.side;
}

/** Two statements of the same account, as far as the files say (an account without its IBAN matches any). */
function sameAccount(a: Statement, b: Statement): boolean {
  return a.accountIban === null || b.accountIban === null || a.accountIban === b.accountIban;
}

/** The details add up to their entry when every one has an amount in its currency; otherwise nothing to check. */
function detailsAddUp(entry: StatementEntry): boolean {
  let net = 0;
  for (const { amount } of entry.details) {
    if (!amount || amount.currency !== entry.amount.currency) return true;
    net += amount.side === entry.amount.side ? amount.minor : -amount.minor;
  }
  return entry.details.length === 0 || net === entry.amount.minor;
}

function amountAndDay({ amount, bookingDate }: StatementEntry): string {
  return `${amount.side} ${amount.minor} ${amount.currency} ${bookingDate}`;
}

function addTo(index: Map<string, Candidate[]>, key: string, candidate: Candidate): void {
  const list = index.get(key);
  if (list) list.push(candidate);
  else index.set(key, [candidate]);
}

function describe(entry: StatementEntry): string {
  const { minor, currency, side } = entry.amount;
  return `${entry.bankReference ?? 'no AcctSvcrRef'}, ${side} ${minor} ${currency} on ${entry.bookingDate}`;
}

/**
 * Links each entry of a camt.054 (notification of details) to the camt.053 entry whose total its details explain,
 * e.g. a Swiss bank's one batched credit of QR-bill payments: by the bank's reference (AcctSvcrRef) when the
 * notification gives one, else by the same amount, booking date and account. A camt.053 entry is linked at most
 * once, so its money is counted once, at the total; the details only say where it came from.
 */
export function linkNotification(statementFile053: StatementFile, file054: StatementFile): NotificationLink[] {
  // Indexed once: a month of 5,000 lines against 5,000 details would otherwise compare every pair.
  const byReference = new Map<string, Candidate[]>();
  const byAmountAndDay = new Map<string, Candidate[]>();
  statementFile053.statements.forEach((statement, s) => {
    statement.entries.forEach((entry, e) => {
      const candidate = { place: { statement: s, entry: e }, statement, entry };
      if (entry.bankReference !== null) addTo(byReference, entry.bankReference, candidate);
      addTo(byAmountAndDay, amountAndDay(entry), candidate);
    });
  });
  const formatsRight = statementFile053.format.startsWith('camt.053.') && file054.format.startsWith('camt.054.');
  const linked = new Set<Candidate>();
  const links: NotificationLink[] = [];
  let entryNumber = 0;
  file054.statements.forEach((notification, s) => {
    notification.entries.forEach((entry, e) => {
      entryNumber += 1;
      const place = { statement: s, entry: e };
      const refuse = (problem: StatementProblem) => links.push({ notification: place, statementEntry: null, problem });
      if (!formatsRight) {
        refuse(camtProblem('link_wrong_format', entryNumber, `${statementFile053.format} + ${file054.format}`));
        return;
      }
      if (!detailsAddUp(entry)) {
        refuse(camtProblem('details_do_not_add_up', entryNumber, describe(entry)));
        return;
      }
      const ofAccount = (list: Candidate[] | undefined) =>
        (list ?? []).filter((candidate) => sameAccount(candidate.statement, notification));
      const sameReference = entry.bankReference === null ? [] : ofAccount(byReference.get(entry.bankReference));
      const found =
        sameReference.length > 0
          ? sameReference.filter((candidate) => sameAmount(candidate.entry.amount, entry.amount))
          : ofAccount(byAmountAndDay.get(amountAndDay(entry)));
      const free = found.find((candidate) => !linked.has(candidate));
      if (free) {
        linked.add(free);
        links.push({ notification: place, statementEntry: free.place, problem: null });
      } else if (found.length > 0) {
        refuse(camtProblem('link_already_linked', entryNumber, describe(entry)));
      } else {
        const code = sameReference.length > 0 ? 'link_amount_differs' : 'link_not_found';
        refuse(camtProblem(code, entryNumber, describe(entry)));
      }
    });
  });
  return links;
}
