import { z } from 'zod';
import { id, timestamp } from '../common.schemas';
import { amountMinor } from './ledger.schemas';
import {
  accountKinds,
  builtinCategories,
  categoryDirections,
  fundKinds,
  importNameChoices,
  paymentStatuses,
  standingOrderRhythms,
} from './money-values';
import { paymentReference } from './payment-reference.schemas';

/**
 * What the money ledger's channels answer. Amounts are integer minor units beside their currency, never summed across
 * currencies; dates are YYYY-MM-DD, timestamps ISO 8601 UTC.
 */
const count = z.number().int().nonnegative();

/** Who recorded a row and who last changed it (a member, or null when nobody was chosen), and when. */
export const recordStamp = {
  createdAt: timestamp,
  createdByMemberId: id.nullable(),
  createdByName: z.string().nullable(),
  updatedAt: timestamp,
  updatedByMemberId: id.nullable(),
  updatedByName: z.string().nullable(),
};

export const createdId = z.strictObject({ id });

export const account = z.strictObject({
  id,
  kind: z.enum(accountKinds),
  name: z.string(),
  currency: z.string(),
  iban: z.string().nullable(),
  bic: z.string().nullable(),
  openingMinor: amountMinor,
  openingOn: z.string(),
  importNames: z.enum(importNameChoices),
  archived: z.boolean(),
  /** Opening plus every entry through the day asked (ordered payments included), in the account's currency. */
  balanceMinor: z.number().int(),
  /** Entries or standing orders use it: its currency can no longer change. */
  hasEntries: z.boolean(),
  ...recordStamp,
});
export type Account = z.output<typeof account>;
export const accountList = z.strictObject({ accounts: z.array(account) });

/** A fund's money in one currency (a fund holding EUR and CHF has two, never one converted total). */
export const currencyBalance = z.strictObject({ currency: z.string(), balanceMinor: z.number().int() });

export const fund = z.strictObject({
  id,
  name: z.string(),
  kind: z.enum(fundKinds),
  prisonerId: id.nullable(),
  prisonerName: z.string().nullable(),
  reference: paymentReference.nullable(),
  archived: z.boolean(),
  /** One per currency the fund has splits in, through the day asked; empty when it has none. */
  balances: z.array(currencyBalance),
  ...recordStamp,
});
export type Fund = z.output<typeof fund>;
export const fundList = z.strictObject({ funds: z.array(fund) });
export const newReferenceOutput = z.strictObject({ reference: paymentReference });

/** Built-in categories carry their key (the UI translates `money.ledger.categories.<key>`); the group's own a name. */
export const category = z.strictObject({
  id,
  builtinKey: z.enum(builtinCategories).nullable(),
  name: z.string(),
  direction: z.enum(categoryDirections),
  archived: z.boolean(),
});
export type Category = z.output<typeof category>;
export const categoryList = z.strictObject({ categories: z.array(category) });

export const donor = z.strictObject({
  id,
  pseudonymOrName: z.string(),
  thanks: z.string().nullable(),
  noThanks: z.boolean(),
  /** A keyed hash of their IBAN is kept (recognised at import); the IBAN itself never is. */
  hasIbanHash: z.boolean(),
  standingOrderCount: count,
  ...recordStamp,
});
export type Donor = z.output<typeof donor>;
export const donorList = z.strictObject({ donors: z.array(donor) });

/** One period of a standing order: what was expected, what the linked payments brought. */
export const standingOrderPeriod = z.strictObject({
  expectedOn: z.string(),
  endOn: z.string(),
  expectedMinor: z.number().int(),
  receivedMinor: z.number().int(),
  currency: z.string(),
  transactionIds: z.array(id),
  /** 'missing' from the period's first day; `late` says whether the grace for a transfer to arrive is over. */
  state: z.enum(['received', 'missing']),
  late: z.boolean(),
});
export type StandingOrderPeriod = z.output<typeof standingOrderPeriod>;
export const standingOrderPeriodList = z.strictObject({ periods: z.array(standingOrderPeriod) });

export const standingOrder = z.strictObject({
  id,
  donorId: id.nullable(),
  /** Null: no donor (anonymous, or erased). */
  donorName: z.string().nullable(),
  accountId: id,
  accountName: z.string(),
  fundId: id,
  fundName: z.string(),
  amountMinor: z.number().int().positive(),
  currency: z.string(),
  rhythm: z.enum(standingOrderRhythms),
  fromOn: z.string(),
  untilOn: z.string().nullable(),
  reference: z.string().nullable(),
  /** The latest period begun by the day asked, or null before the first. */
  lastPeriod: standingOrderPeriod.nullable(),
  /** Periods with no payment linked, the current one included. */
  missingCount: count,
  /** Of those, the periods whose grace is over: the late ones the dashboard counts. */
  lateCount: count,
  /** The next period's first day, or null when the order ends before it. */
  nextExpectedOn: z.string().nullable(),
  /** Payments linked to the order: with any, it can be ended but not deleted. */
  paymentCount: count,
  ...recordStamp,
});
export type StandingOrder = z.output<typeof standingOrder>;
export const standingOrderList = z.strictObject({ orders: z.array(standingOrder) });

export const ledgerSplit = z.strictObject({
  position: z.number().int().nonnegative(),
  /** Null only in a transfer's halves. */
  categoryId: id.nullable(),
  fundId: id,
  amountMinor: z.number().int(),
});

export const ledgerRow = z.strictObject({
  id,
  accountId: id,
  bookedOn: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
  counterparty: z.string().nullable(),
  text: z.string(),
  status: z.enum(paymentStatuses),
  prisonerId: id.nullable(),
  prisonerName: z.string().nullable(),
  parcelId: id.nullable(),
  eveningId: id.nullable(),
  standingOrderId: id.nullable(),
  /** Shared by a transfer's two halves (transfers:delete takes it). */
  transferGroup: z.string().nullable(),
  /** Dated on or before the lock date: it cannot change. */
  locked: z.boolean(),
  splits: z.array(ledgerSplit),
});
export type LedgerRowOutput = z.output<typeof ledgerRow>;
export const transactionList = z.strictObject({ rows: z.array(ledgerRow), total: count });

/** The other half of a transfer, as the detail shows it. */
export const transferHalf = z.strictObject({
  id,
  accountId: id,
  accountName: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
});

export const transactionDetail = ledgerRow.safeExtend({
  accountName: z.string(),
  parcel: z.strictObject({ id, preparedOn: z.string(), status: z.string() }).nullable(),
  evening: z.strictObject({ id, heldOn: z.string(), place: z.string().nullable() }).nullable(),
  standingOrder: z.strictObject({ id, donorName: z.string().nullable() }).nullable(),
  transfer: transferHalf.nullable(),
  ...recordStamp,
});
export type TransactionDetail = z.output<typeof transactionDetail>;

export const transferCreated = z.strictObject({ transferGroup: z.string(), outId: id, inId: id });

export const ledgerLock = z.strictObject({
  /** Nothing dated on or before it can change; null when no period is closed. */
  lockedThrough: z.string().nullable(),
  /** Why it was last moved back, kept until the next change. */
  reopenReason: z.string().nullable(),
  changedAt: timestamp.nullable(),
  changedByMemberId: id.nullable(),
  changedByName: z.string().nullable(),
});
export type LedgerLockOutput = z.output<typeof ledgerLock>;
